import { expect, test } from '@playwright/test';
import { dropFile, fieldSelect, fixture, matchColumns } from './helpers';

test('a French export and a QuickBooks export map without touching a dropdown; a hand-fixed value is remembered, and its profile offered after a reload', async ({ page }) => {
  // French, Windows-1252: every column lands where it belongs.
  await page.goto('/');
  await dropFile(page, fixture('clients-cabinet-martin.csv'), 'clients-cabinet-martin.csv', 'text/csv');
  await page.getByRole('button', { name: 'Match columns' }).click();
  const french: [string, string][] = [
    ['Customer ID', 'Référence client'],
    ['Customer name', 'Raison sociale'],
    ['VAT number', 'N° TVA intracom'],
    ['Address', 'Adresse'],
    ['Postal code', 'Code postal'],
    ['Town', 'Ville'],
    ['Country', 'Pays'],
    ['Email of the Account Manager', 'Responsable'],
    ['Default payment period', 'Délai de paiement'],
    ['Group name', 'Société mère'],
  ];
  for (const [field, column] of french) await expect(fieldSelect(page, field).locator('option:checked')).toHaveText(new RegExp(`^${column} — `));
  await expect(page.getByText('Every column of the file feeds a field.')).toBeVisible();

  // QuickBooks: the target is proposed, the columns mapped, one type matched by hand.
  await page.getByRole('button', { name: 'Start over' }).click();
  await dropFile(page, fixture('quickbooks-ledger-may.csv'), 'quickbooks-ledger-may.csv', 'text/csv');
  await expect(page.getByLabel('Import into')).toHaveValue('zencase-client-ledger');
  await page.getByRole('button', { name: 'Match columns' }).click();
  const qb: [string, string][] = [
    ['Client Number', 'Customer'],
    ['Transaction Type', 'Transaction Type'],
    ['Invoice Number', 'Num'],
    ['Amount', 'Amount'],
    ['Transaction Date', 'Date'],
    ['Note', 'Memo/Description'],
  ];
  for (const [field, column] of qb) await expect(fieldSelect(page, field).locator('option:checked')).toHaveText(new RegExp(`^${column} — `));
  await expect(page.getByText('Ferry chose Month first (01/31/2024): "05/13/2020" can only be read that way.')).toBeVisible();
  // The summary says where Ferry stands and takes the keyboard to the fields to check.
  const summary = page.getByRole('region', { name: 'What Ferry proposed' });
  await expect(summary).toContainText("Of this target's 8 fields: 2 matched with high confidence, 4 with medium confidence, and 2 with no source in this file.");
  await summary.getByRole('button', { name: 'Note' }).click();
  await expect(fieldSelect(page, 'Note')).toBeFocused();

  const stmt = page.getByRole('combobox', { name: 'Allowed value for "Journal Entry"' });
  await expect(stmt).toHaveValue('');
  await expect(page.getByRole('row', { name: /Credit Memo/ }).getByText('known synonym')).toBeVisible();
  await stmt.selectOption('Debit');
  await expect(page.getByRole('row', { name: /Journal Entry/ }).getByText('your choice')).toBeVisible();

  await page.getByLabel('Profile name').fill('QuickBooks ledger');
  await page.getByRole('button', { name: 'Save mapping in this browser' }).click();
  await expect(page.getByText('Saved "QuickBooks ledger". It will be offered for similar files.')).toBeVisible();
  await page.getByRole('button', { name: 'Check 5 rows' }).click();
  await expect(page.getByText('5 rows: 3 ready, 2 with warnings (exported), 0 with errors (left out and reported).')).toBeVisible();

  // After a reload, a similar file gets the saved profile offered, and applying it brings the hand-made value map back.
  await page.reload();
  await dropFile(page, fixture('quickbooks-ledger-june.csv'), 'quickbooks-ledger-june.csv', 'text/csv');
  await page.getByRole('button', { name: 'Match columns' }).click();
  await expect(page.getByText('A saved mapping, "QuickBooks ledger", was made for columns like these (100% the same).')).toBeVisible();
  // The value chosen by hand is remembered even before the profile is applied: every value is matched.
  await expect(page.getByText('all matched')).toBeVisible();
  await page.getByText(/distinct values/).click();
  await expect(page.getByRole('combobox', { name: 'Allowed value for "Journal Entry"' })).toHaveValue('Debit');
  await page.getByRole('button', { name: 'Apply it' }).click();
  await expect(page.getByText('Mapping from the saved profile "QuickBooks ledger".')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Allowed value for "Journal Entry"' })).toHaveValue('Debit');
  await page.getByRole('button', { name: 'Check 3 rows' }).click();
  await expect(page.getByText('3 rows: 2 ready, 1 with warnings (exported), 0 with errors (left out and reported).')).toBeVisible();
});

test('a column matched by hand is remembered for files of another layout, and the reason says so', async ({ page }) => {
  // An old CRM's "Lookup" column is its customer id: nothing in Ferry's vocabulary says so.
  await page.goto('/');
  await matchColumns(page, fixture('old-crm-accounts.csv'), 'upflow-customers');
  await expect(fieldSelect(page, 'Customer ID')).toHaveValue('');
  await fieldSelect(page, 'Customer ID').selectOption('1');
  await page.getByLabel('Profile name').fill('Old CRM accounts');
  await page.getByRole('button', { name: 'Save mapping in this browser' }).click();
  await expect(page.getByText('Saved "Old CRM accounts". It will be offered for similar files.')).toBeVisible();

  // After a reload, a French export of the same CRM, laid out otherwise: no profile is offered, but
  // "Lookup" is proposed for the Customer ID, because the user taught it.
  await page.reload();
  await matchColumns(page, fixture('old-crm-clients-fr.csv'), 'upflow-customers');
  await expect(page.getByRole('button', { name: 'Apply it' })).toHaveCount(0);
  await expect(fieldSelect(page, 'Customer ID').locator('option:checked')).toHaveText(/^Lookup — /);
  await expect(page.getByText('you matched header "Lookup" to this field in profile "Old CRM accounts"')).toBeVisible();
});
