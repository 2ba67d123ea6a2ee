import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const ROWS = 600_000;

/** A ledger big enough (about 40 MB) that reading it takes a while: written to disk, as a user's file would be. */
function bigLedger(path: string): string {
  const lines = ['Client Number,Transaction Type,Invoice Number,Amount,Transaction Date,Note'];
  for (let i = 1; i <= ROWS; i++) lines.push(`C-${i % 997},${i % 3 === 0 ? 'Credit' : 'Debit'},${i},${(i % 5000) + 0.5},05/${String((i % 28) + 1).padStart(2, '0')}/2024,Entry ${i} for the ledger of this client`);
  writeFileSync(path, lines.join('\r\n') + '\r\n');
  return path;
}

test('a large file is read in the worker: progress in bytes and rows, the page stays usable, Cancel stops it', async ({ page }) => {
  test.setTimeout(120_000);
  const path = bigLedger(test.info().outputPath('big-ledger.csv'));
  await page.goto('/');
  const input = page.getByLabel('Choose a file');
  await input.setInputFiles(path);

  // Progress in bytes and rows while the worker reads.
  const reading = page.getByRole('group', { name: 'Reading big-ledger.csv' });
  await expect(reading).toBeVisible();
  await expect(reading.getByText(/MB read · [1-9][\d,]* rows so far/)).toBeVisible();
  await expect(reading.getByRole('progressbar', { name: 'Reading progress' })).toBeVisible();

  // The main thread is free: switching the language re-renders the page mid-read.
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('group', { name: 'Lecture de big-ledger.csv' })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lecture de big-ledger.csv arrêtée.' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Lecture de big-ledger.csv' })).toHaveCount(0);

  // Read again to the end: every row is there.
  await page.getByLabel('Langue').selectOption('en');
  await page.getByLabel('Choose a file').setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'Check how the file was read' })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText('big-ledger.csv: 600,000 data rows.', { exact: false })).toBeVisible();
});
