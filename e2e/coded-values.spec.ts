import { expect, test } from '@playwright/test';
import { download, fieldSelect, fixture, matchColumns } from './helpers';

test('payment methods written as words are translated to the target\'s ids; the translations, the date order and the constants are remembered, so the next file needs no touch', async ({ page }) => {
  await page.goto('/');
  await matchColumns(page, fixture('payouts-april.csv'), 'billing-payments');
  await expect(fieldSelect(page, 'PayToolID').locator('option:checked')).toHaveText(/^Payment method — /);

  // Billing wants its own ids for payment methods: the words are listed, each with a box.
  await expect(page.getByText('3 values are not valid for this field (Whole number)')).toBeVisible();
  await expect(page.getByText('3 to translate')).toBeVisible();
  for (const [word, id] of [['Card', '3'], ['Cheque', '1'], ['Wire', '5']] as const) {
    const box = page.getByRole('textbox', { name: `PayToolID for "${word}"` });
    await box.fill(id);
    await box.press('Enter');
    await expect(page.getByRole('row', { name: new RegExp(`^${word}`) }).getByText('your choice')).toBeVisible();
  }
  await expect(page.getByText('all translated')).toBeVisible();

  // Every date reads either way: the user says day first.
  await fieldSelect(page, 'Status').selectOption(':constant');
  await page.getByLabel('Value for every row').selectOption('Open');
  await page.getByLabel('Day/month order').selectOption('DMY');
  await page.getByLabel('Profile name').fill('Payouts');
  await page.getByRole('button', { name: 'Save mapping in this browser' }).click();
  await page.getByRole('button', { name: 'Check 4 rows' }).click();
  await expect(page.getByText('4 rows: 4 ready, 0 with warnings (exported), 0 with errors (left out and reported).')).toBeVisible();
  await page.getByRole('button', { name: 'Continue to export' }).click();
  await page.getByRole('button', { name: 'Prepare the files' }).click();
  const csv = (await download(page, /^Download payouts-april-billing-payments\.csv$/)).bytes.toString('utf8');
  expect(csv.split(/\r?\n/).slice(1, 3)).toEqual([expect.stringMatching(/^,3,EUR,120\.00,Open,/), expect.stringMatching(/^,1,EUR,80\.50,Open,/)]);

  // Next month's file, of the same system: nothing to translate or choose again.
  await page.reload();
  await matchColumns(page, fixture('payouts-may.csv'), 'billing-payments');
  await expect(page.getByText('all translated')).toBeVisible();
  await expect(page.getByLabel('Day/month order')).toHaveValue('DMY');
  await expect(page.getByText('Nothing in the values decides; Ferry reads this column as you chose in profile "Payouts".')).toBeVisible();
  await expect(page.getByLabel('Value for every row')).toHaveValue('Open');
  await expect(page.getByText('no column feeds this field; you gave it "Open" for every row in profile "Payouts"')).toBeVisible();
  await page.getByRole('button', { name: 'Check 2 rows' }).click();
  await expect(page.getByText('2 rows: 2 ready, 0 with warnings (exported), 0 with errors (left out and reported).')).toBeVisible();
});
