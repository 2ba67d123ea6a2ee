import { expect, test } from '@playwright/test';
import { csvFile, fieldSelect, fixture, matchColumns } from './helpers';

test('a required field left without a source blocks the check, is named with a link to its row, and the message goes once it is fixed', async ({ page }) => {
  await page.goto('/');
  await matchColumns(page, fixture('payouts-april.csv'), 'billing-payments');

  // The summary lists what is still open besides columns: codes to translate, a date order no value decides.
  const summary = page.getByRole('region', { name: 'What Ferry proposed' });
  await expect(summary).toContainText('Values still to match, confirm or translate: PayToolID3');
  await expect(summary).toContainText('Day/month order to choose (no value decides it): DocumentDate');
  await page.getByLabel('Day/month order').selectOption('DMY');
  await expect(summary).not.toContainText('Day/month order to choose');

  // DocumentDate goes only together with ReferenceNumber: leaving the latter out is flagged on the former's row.
  await fieldSelect(page, 'ReferenceNumber').selectOption('');
  await expect(page.locator('[data-field="documentDate"]')).toContainText('Goes only together with ReferenceNumber, which has no source yet');
  await fieldSelect(page, 'ReferenceNumber').selectOption({ label: 'Reference — e.g. ch_3Nabc1, CHQ-4471, ch_3Nabc2' });

  // Status is required and no column holds it.
  await page.getByRole('button', { name: 'Check 4 rows' }).click();
  const banner = page.locator('#map-errors');
  await expect(banner).toHaveText('✖ 1 field needs your attention before the rows can be checked: Status');
  await expect(fieldSelect(page, 'Status')).toBeFocused();
  await expect(page.getByText('Required: choose a column or set a value for every row.')).toBeVisible();

  // The link takes the keyboard back to the row from anywhere.
  await page.getByRole('button', { name: 'Check 4 rows' }).focus();
  await banner.getByRole('button', { name: 'Status' }).click();
  await expect(fieldSelect(page, 'Status')).toBeFocused();

  // Giving it a value for every row clears the row's message and the banner without another click.
  await fieldSelect(page, 'Status').selectOption(':constant');
  await page.getByLabel('Value for every row').selectOption('Open');
  await expect(banner).toBeHidden();
  await expect(page.getByText('Required: choose a column or set a value for every row.')).toBeHidden();
});

test('profile files that are not profiles are refused in plain words, and a profile saved without a name says the name it got', async ({ page }) => {
  await page.goto('/');
  await matchColumns(page, fixture('payouts-april.csv'), 'billing-payments');

  const input = page.locator('input[type=file][aria-label="Load a profile file…"]');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(page.getByText('That file is not a Ferry mapping profile: it is not JSON. Choose a file saved with "Download profile".')).toBeVisible();
  await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ferryMapping: 2, name: 'x', target: 'billing-payments', fields: [] })) });
  await expect(page.getByText('That file is not a Ferry mapping profile: ferryMapping and sourceHeaders do not have the form a profile gives them.')).toBeVisible();

  await page.getByLabel('Profile name').fill('');
  await page.getByRole('button', { name: 'Save mapping in this browser' }).click();
  await expect(page.getByText('Saved "Billing — Payments". It will be offered for similar files.')).toBeVisible();
});

test('columns combined into one field keep the order they were ticked in, with the separator shown and the first rows previewed', async ({ page }) => {
  await page.goto('/');
  await matchColumns(page, csvFile('clients.csv', ['Prénom;Nom;Courriel', 'Anna;Smith;anna@smith.example', 'Bo;Lind;bo@lind.example']), 'zenskar-customers');

  await fieldSelect(page, 'Name').selectOption(':join');
  const row = page.locator('[data-field="name"]');
  await expect(row).toContainText('(a space)');
  await row.getByRole('checkbox', { name: 'Nom', exact: true }).check();
  await row.getByRole('checkbox', { name: 'Prénom', exact: true }).check();
  await row.getByLabel('Separator').fill(', ');
  await expect(row).toContainText('Combined as Nom + Prénom. First rows: “Smith, Anna”, “Lind, Bo”.');
  await page.getByRole('button', { name: 'Check 2 rows' }).click();
  await expect(page.getByText('2 rows: 2 ready, 0 with warnings (exported), 0 with errors (left out and reported).')).toBeVisible();
});

test('a value Ferry matched by a close spelling is shown as a guess to confirm, and counts until confirmed', async ({ page }) => {
  await page.goto('/');
  const ledger = ['Client,Type,Invoice No,Payment No,Amount,Date', 'C-1,Invoice,1,,100.00,2024-03-01', 'C-1,Paymnet,,2,40.00,2024-03-05', 'C-2,Invoice,3,,75.00,2024-03-06'];
  await matchColumns(page, csvFile('ledger.csv', ledger), 'zencase-client-ledger');

  const row = page.locator('[data-field="transactionType"]');
  await expect(row).toContainText('1 guess to confirm');
  await expect(row.getByRole('row', { name: /^Paymnet/ })).toContainText('close spelling — confirm');
  await expect(page.getByRole('region', { name: 'What Ferry proposed' })).toContainText('Values still to match, confirm or translate: Transaction Type');
  await row.getByRole('button', { name: 'Confirm that "Paymnet" means Credit' }).click();
  await expect(row.getByRole('row', { name: /^Paymnet/ })).toContainText('your choice');
  await expect(row).toContainText('all matched');
  await expect(page.getByRole('region', { name: 'What Ferry proposed' })).not.toContainText('Values still to match');
});

test('a value Ferry read by a word it holds is applied as a guess to confirm, beside the values it knows', async ({ page }) => {
  await page.goto('/');
  const ledger = ['Customer no.,Voucher type,Invoice no.,Voucher date,Amount', '10012,Outgoing invoice,21455,05.02.2024,48750.00', '10012,Payment received,,04.03.2024,48750.00', '10027,Outgoing invoice,21462,12.02.2024,12500.00', '10027,Outgoing credit note,21463,14.02.2024,2500.00', '10027,Outgoing invoice,21470,20.02.2024,900.00'];
  await matchColumns(page, csvFile('poweroffice.csv', ledger), 'zencase-client-ledger');
  await expect(fieldSelect(page, 'Transaction Type').locator('option:checked')).toHaveText(/^Voucher type — /);

  const row = page.locator('[data-field="transactionType"]');
  await expect(row).toContainText('2 guesses to confirm');
  await expect(row.getByRole('row', { name: /^Outgoing invoice/ })).toContainText('by a word it holds — confirm');
  await expect(row.getByRole('row', { name: /^Payment received/ })).toContainText('known synonym');
  await row.getByRole('button', { name: 'Confirm that "Outgoing invoice" means Debit' }).click();
  await row.getByRole('button', { name: 'Confirm that "Outgoing credit note" means Credit' }).click();
  await expect(row).toContainText('all matched');
  await expect(row.getByRole('row', { name: /^Outgoing credit note/ })).toContainText('your choice');
});

