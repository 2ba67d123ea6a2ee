import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

export const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

/** A real drag-and-drop of a file onto the drop zone: a DataTransfer with the file, dragenter → dragover → drop. */
export async function dropFile(page: Page, path: string, name: string, type: string): Promise<void> {
  const data = readFileSync(path).toString('base64');
  const transfer = await page.evaluateHandle(
    ({ data, name, type }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      return dt;
    },
    { data, name, type },
  );
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

/** A field's source select on the mapping step, by the field's label. */
export const fieldSelect = (page: Page, label: string) => page.getByRole('combobox', { name: new RegExp(`^${label}( required)?$`) });

/** Drops a CSV file on the page, picks the target and goes to the mapping step. */
export async function matchColumns(page: Page, path: string, targetId: string): Promise<void> {
  await dropFile(page, path, basename(path), 'text/csv');
  await page.getByLabel('Import into').selectOption(targetId);
  await page.getByRole('button', { name: 'Match columns' }).click();
}

/** A CSV file of these lines, in the test's output folder (emptied by Playwright at each run). */
export function csvFile(name: string, lines: readonly string[]): string {
  const path = test.info().outputPath(name);
  writeFileSync(path, lines.map((l) => `${l}\r\n`).join(''));
  return path;
}

/** Clicks a button that starts a download and returns the file's bytes. */
export async function download(page: Page, button: RegExp | string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** Records every request the page makes; off-origin ones are also blocked. */
export async function watchNetwork(page: Page): Promise<{ offOrigin: string[]; all: string[] }> {
  const seen = { offOrigin: [] as string[], all: [] as string[] };
  const origin = new URL(page.context().pages().length > 0 ? 'http://127.0.0.1:4174' : 'http://127.0.0.1:4174').origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    seen.all.push(url);
    if (new URL(url).origin !== origin && !url.startsWith('blob:') && !url.startsWith('data:')) {
      seen.offOrigin.push(url);
      return route.abort();
    }
    return route.continue();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('http://127.0.0.1:4174') && !url.startsWith('blob:') && !url.startsWith('data:') && !seen.offOrigin.includes(url)) seen.offOrigin.push(url);
  });
  return seen;
}

export const utf8 = (text: string) => Buffer.from(text, 'utf8');
export const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);

export async function expectNoConsoleErrors(errors: string[]): Promise<void> {
  expect(errors, errors.join('\n')).toEqual([]);
}

/**
 * The target's verdict on a file Ferry wrote: read back through the core, every column mapped to
 * the field it is named after, every rule of the target checked, and written again unchanged.
 */
export async function expectAcceptedBy(bytes: Buffer, targetId: string, rows: number): Promise<void> {
  const file = test.info().outputPath('exported.csv');
  writeFileSync(file, bytes);
  const root = join(import.meta.dirname, '..');
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'test-support', 'read-back-main.ts'), file, targetId], { cwd: root, encoding: 'utf8' });
  const verdict = JSON.parse(out) as { issues: string[]; rows: number; sameBytes: boolean };
  expect(verdict.issues, verdict.issues.join('\n')).toEqual([]);
  expect(verdict.rows).toBe(rows);
  expect(verdict.sameBytes).toBe(true);
}
