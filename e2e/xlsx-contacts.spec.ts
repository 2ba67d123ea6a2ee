import { expect, test } from '@playwright/test';
import { download, expectAcceptedBy, fixture, utf8, watchNetwork } from './helpers';

test('an Excel workbook: pick the sheet, map the contacts, download the Upflow contacts file', async ({ page }) => {
  const net = await watchNetwork(page);
  await page.goto('/');
  await page.getByLabel('Choose a file…').setInputFiles(fixture('contacts-upflow.xlsx'));

  await expect(page.getByRole('heading', { name: 'Check how the file was read' })).toBeVisible();
  await expect(page.getByText('Excel workbook (XLSX)')).toBeVisible();
  await expect(page.getByLabel('Sheet')).toHaveValue('Notes');
  await page.getByLabel('Sheet').selectOption('Contacts');
  await expect(page.getByRole('cell', { name: 'claire.martin@socgen.example' })).toBeVisible();
  await page.getByLabel('Import into').selectOption('upflow-contacts');
  await page.getByRole('button', { name: 'Match columns' }).click();

  await expect(page.getByRole('heading', { name: 'Match columns to fields' })).toBeVisible();
  await page.getByRole('button', { name: 'Check 3 rows' }).click();
  await expect(page.getByText('3 rows: 2 ready, 0 with warnings (exported), 1 with errors (left out and reported).')).toBeVisible();
  await expect(page.locator('tr', { hasText: 'Directrice' }).getByRole('listitem').filter({ hasText: /Contact Position: Not one of the allowed values: ACCOUNTING, SALES, PURCHASER, PAYER/ })).toBeVisible();
  await page.getByRole('button', { name: /Export without/ }).click();

  await page.getByRole('button', { name: 'Prepare the files' }).click();
  const csv = await download(page, /^Download contacts-upflow-upflow-contacts\.csv$/);
  expect(csv.bytes.toString('utf8')).toBe(
    'Customer ID,Customer name,Contact email,Contact first name,Contact Name,Contact phone,Contact reference,Contact Position,Main contact\r\n' +
      ',Société Générale,claire.martin@socgen.example,Claire,Martin,+33 1 42 14 20 00,,ACCOUNTING,1\r\n' +
      ',Société Générale,paul.durand@socgen.example,Paul,Durand,33142142001,,PURCHASER,\r\n',
  );
  expect(csv.bytes.equals(utf8(csv.bytes.toString('utf8')))).toBe(true);
  await expectAcceptedBy(csv.bytes, 'upflow-contacts', 2);
  const rejected = await download(page, /Download the rejected rows/);
  expect(rejected.bytes.toString('utf8')).toBe(
    '\uFEFFLine,Issues,Société,Prénom,Nom,E-mail,Téléphone,Rôle,Contact principal\r\n' +
      '4,"Contact Position: Not one of the allowed values: ACCOUNTING, SALES, PURCHASER, PAYER. Match it in the mapping step\'s value map.",Crème & Co,Léa,Bernard,lea@creme.example,04 74 22 11 00,Directrice,Oui\r\n',
  );
  expect(net.offOrigin).toEqual([]);
});
