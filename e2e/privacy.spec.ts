import { expect, test } from '@playwright/test';
import { watchNetwork } from './helpers';

test('the page makes no request to any other origin, and its policy refuses connections', async ({ page }) => {
  const net = await watchNetwork(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Choose the export to import' })).toBeVisible();
  const afterLoad = net.all.length;

  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    let fetched = 'resolved';
    try {
      await fetch('https://example.invalid/beacon');
    } catch {
      fetched = 'rejected';
    }
    await new Promise((r) => setTimeout(r, 100));
    return { fetched, violations };
  });
  expect(outcome.fetched).toBe('rejected');
  expect(outcome.violations).toContain('connect-src');
  expect(net.offOrigin).toEqual([]);
  // Nothing is requested after the app shell has loaded (the canary was refused before leaving the page).
  expect(net.all.slice(afterLoad)).toEqual([]);
});

test('the policy is sent as a header and carried by the page', async ({ page, request }) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toContain("connect-src 'none'");
  await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'none'");
});
