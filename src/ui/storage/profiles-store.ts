import { headerSimilarity, learnFromProfiles, parseProfile, type Learned, type MappingProfile } from '../../core/mapping/profile';
import { ferryDb } from './db';

export async function saveProfile(profile: MappingProfile): Promise<void> {
  const d = await ferryDb();
  await d.put('profiles', { name: profile.name, savedAt: new Date().toISOString(), profile });
}

/** Saved profiles, newest first. */
export async function listProfiles(): Promise<MappingProfile[]> {
  const d = await ferryDb();
  const all = (await d.getAll('profiles')).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  // Stored data is parsed like any upload: a profile saved by an older version must still be valid.
  return all.flatMap((e) => {
    const p = parseProfile(e.profile);
    return p.ok ? [p.value] : [];
  });
}

/** Saved profiles for a target whose headers resemble the file's, best first (similarity ≥ 0.5). */
export async function matchingProfiles(targetId: string, headers: readonly string[]): Promise<{ profile: MappingProfile; similarity: number }[]> {
  return (await listProfiles())
    .filter((p) => p.target === targetId)
    .map((profile) => ({ profile, similarity: headerSimilarity(profile.sourceHeaders, headers) }))
    .filter((m) => m.similarity >= 0.5)
    .sort((a, b) => b.similarity - a.similarity);
}

/** What the saved profiles taught about this target: the headers the user matched, the values they chose. */
export async function learnedFor(targetId: string): Promise<Learned> {
  return learnFromProfiles(await listProfiles(), targetId);
}

