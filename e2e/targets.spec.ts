import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { dropFile, expectAcceptedBy, fixture } from './helpers';

test('templates download with the exact header; a custom target made from a copy works end to end; a malformed target file is refused clearly', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Targets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Targets' });

  // Templates: the exact header line, and an example row.
  const zencase = dialog.getByRole('listitem').filter({ hasText: 'ZenCase — Client Ledger' });
  const [dl] = await Promise.all([page.waitForEvent('download'), zencase.getByRole('button', { name: 'Template' }).click()]);
  const template = { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
  expect(template.name).toBe('zencase-client-ledger-template.csv');
  expect(template.bytes.toString('utf8')).toBe('Client Number,Transaction Type,Invoice Number,Payment Number,Payment Method,Amount,Transaction Date,Note\r\n');
  const [exampleDownload] = await Promise.all([page.waitForEvent('download'), zencase.getByRole('button', { name: 'Example file' }).click()]);
  const example = readFileSync(await exampleDownload.path());
  expect(example.toString('utf8').split('\r\n')[0]).toBe('Client Number,Transaction Type,Invoice Number,Payment Number,Payment Method,Amount,Transaction Date,Note');
  await expectAcceptedBy(example, 'zencase-client-ledger', 1);

  // A malformed target file gets a message that says what is wrong.
  await dialog.getByLabel('Upload a target file…').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"ferryTarget": 1, "id": "x"') });
  await expect(dialog.getByRole('alert')).toContainText('That target file cannot be used:');
  await dialog.getByLabel('Upload a target file…').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ferryTarget: 1, id: 'bad', system: 'S', version: 1, source: { title: 't', document: 'd' }, targets: [{ id: 'bad-t', name: 'Bad', fields: [{ key: 'a', label: 'A', type: { kind: 'text', pattern: '(a)\\1' } }] }] })) });
  await expect(dialog.getByRole('alert')).toContainText('pattern not accepted (RE2 syntax, no backreferences or lookaround)');

  // A new target from a copy of Upflow customers, with one field removed and one made required.
  await dialog.getByRole('listitem').filter({ hasText: 'Upflow — Customers' }).getByRole('button', { name: 'Start a copy…' }).click();
  await expect(dialog.getByRole('heading', { name: 'New target from a copy of Upflow — Customers' })).toBeVisible();
  await dialog.getByLabel('Name', { exact: true }).fill('My CRM — Accounts');
  await dialog.getByLabel('Target id').fill('my-crm-accounts');
  await dialog.getByLabel('File id').fill('my-crm');
  await dialog.getByLabel('System').fill('My CRM');
  await dialog.getByRole('button', { name: "Remove Workflow's name" }).click();
  await dialog.getByRole('group', { name: 'Field 6: Postal code' }).getByLabel('Required').check();
  await dialog.getByRole('button', { name: 'Save target' }).click();
  await expect(dialog.getByText('Target file "my-crm" added (kept in this browser).')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /My CRM/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // It is a target like the others.
  await dropFile(page, fixture('clients-cabinet-martin.csv'), 'clients-cabinet-martin.csv', 'text/csv');
  await page.getByLabel('Import into').selectOption('my-crm-accounts');
  await page.getByRole('button', { name: 'Match columns' }).click();
  await expect(page.getByRole('combobox', { name: /^Postal code required$/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^Workflow's name/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Check 4 rows' }).click();
  await expect(page.getByText('4 rows: 3 ready', { exact: false })).toBeVisible();

  // And it survives a reload (kept in IndexedDB, registered with the worker again).
  await page.reload();
  await dropFile(page, fixture('clients-cabinet-martin.csv'), 'clients-cabinet-martin.csv', 'text/csv');
  await expect(page.getByLabel('Import into').locator('option', { hasText: 'My CRM — Accounts' })).toHaveCount(1);
});
