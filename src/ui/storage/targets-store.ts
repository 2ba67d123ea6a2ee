import { ferryDb } from './db';

/** User-made target files (JSON text), kept in this browser and re-registered with the worker at start. */
export async function loadUserTargets(): Promise<string[]> {
  const d = await ferryDb();
  return (await d.getAll('targets')).map((e) => e.text);
}

export async function saveUserTarget(id: string, text: string): Promise<void> {
  const d = await ferryDb();
  await d.put('targets', { id, text, savedAt: new Date().toISOString() });
}

export async function deleteUserTarget(id: string): Promise<void> {
  const d = await ferryDb();
  await d.delete('targets', id);
}
