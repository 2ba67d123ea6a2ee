import { expect, test } from '@playwright/test';
import { download, dropFile, expectAcceptedBy, fixture, utf8, watchNetwork, withBom } from './helpers';

const HEADER = "Customer ID,Customer name,Customer accounting code,VAT number,Address,Postal code,Town,State / Region,Country,Email of the Account Manager,Workflow's name,Default payment period,Group name,Group ID\r\n";
const ROWS = [
  'CL001,Société Générale,,FR27552120222,29 boulevard Haussmann,75009,Paris,,FR,marie.dupont@cabinet.fr,,30,,\r\n',
  'CL002,Crème & Co,,,"12, rue de l\'Église",01000,Bourg-en-Bresse,,FR,jean.martin@cabinet.fr,,45,Société Générale,\r\n',
  'CL003,Zürich Versicherung AG,,,Mythenquai 2,8002,Zürich,,CH,marie.dupont@cabinet.fr,,60,,\r\n',
];

test('a French Windows-1252 export, dropped on the page, comes out as an Upflow customers file, JSON and a report', async ({ page }) => {
  const net = await watchNetwork(page);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Choose the export to import' })).toBeVisible();

  await dropFile(page, fixture('clients-cabinet-martin.csv'), 'clients-cabinet-martin.csv', 'text/csv');

  // What Ferry detected, shown and changeable.
  await expect(page.getByRole('heading', { name: 'Check how the file was read' })).toBeVisible();
  await expect(page.getByLabel('Encoding')).toHaveValue('windows-1252');
  await expect(page.getByLabel('Delimiter')).toHaveValue(';');
  await expect(page.getByLabel('Header row')).toHaveValue('1');
  await expect(page.getByText('1 blank line skipped (line 2).')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Zürich Versicherung AG' })).toBeVisible();
  await expect(page.getByLabel('Import into')).toHaveValue('upflow-customers');
  await page.getByRole('button', { name: 'Match columns' }).click();

  // The proposed mapping, accepted as is.
  await expect(page.getByRole('heading', { name: 'Match columns to fields' })).toBeVisible();
  await expect(page.getByLabel(/^Customer name/)).toHaveValue('1');
  await expect(page.getByRole('combobox', { name: /^Default payment period/ })).toHaveValue('7');
  await page.getByRole('button', { name: 'Check 4 rows' }).click();

  // Each invalid cell with its reason.
  await expect(page.getByRole('heading', { name: 'Review the rows' })).toBeVisible();
  await expect(page.getByText('4 rows: 3 ready, 0 with warnings (exported), 1 with errors (left out and reported).')).toBeVisible();
  const row = page.locator('tr', { hasText: 'Ålesund Fisk AS' });
  await expect(row.getByRole('listitem').filter({ hasText: 'Email of the Account Manager: Not an e-mail address (expected name@example.com).' })).toBeVisible();
  await expect(row.getByRole('listitem').filter({ hasText: /Default payment period: Not a number of days/ })).toBeVisible();
  await page.getByRole('button', { name: 'Export without the 1 row with errors' }).click();

  // CSV: the target's exact column names and order.
  await page.getByRole('button', { name: 'Prepare the files' }).click();
  await expect(page.getByTestId('equation')).toHaveText('6 records read = 2 header and title rows + 3 exported + 1 in the report. 1 blank line was skipped.');
  const csv = await download(page, /^Download clients-cabinet-martin-upflow-customers\.csv$/);
  expect(csv.name).toBe('clients-cabinet-martin-upflow-customers.csv');
  expect(csv.bytes.equals(utf8(HEADER + ROWS.join('')))).toBe(true);
  await expectAcceptedBy(csv.bytes, 'upflow-customers', 3);

  const report = await download(page, /Download the report/);
  expect(report.bytes.equals(
    withBom(
      'Line,Severity,Field,Source column,Value,Issue,Message\r\n' +
        '7,error,Email of the Account Manager,Responsable,pas-un-email,not-an-email,Not an e-mail address (expected name@example.com).\r\n' +
        '7,error,Default payment period,Délai de paiement,trente,not-days,"Not a number of days (e.g. 30, ""30 days"" or ""Net 30"")."\r\n',
    ),
  ), report.bytes.toString()).toBe(true);

  // JSON, with the model's property names and numbers as numbers.
  await page.getByRole('radio', { name: 'JSON' }).check();
  await page.getByRole('button', { name: 'Prepare the files' }).click();
  const json = await download(page, /^Download clients-cabinet-martin-upflow-customers\.json$/);
  const parsed = JSON.parse(json.bytes.toString('utf8')) as { customers: Record<string, unknown>[] };
  expect(parsed.customers).toHaveLength(3);
  expect(parsed.customers[1]).toEqual({
    customerId: 'CL002', customerName: 'Crème & Co', accountingCode: null, vatNumber: null, address: "12, rue de l'Église", postalCode: '01000', town: 'Bourg-en-Bresse',
    state: null, country: 'FR', accountManagerEmail: 'jean.martin@cabinet.fr', workflowName: null, defaultPaymentPeriod: 45, groupName: 'Société Générale', groupId: null,
  });

  expect(net.offOrigin).toEqual([]);
  expect(errors).toEqual([]);
});
