import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, watchedPage, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('calculator page', () => {
  it('works by keyboard alone on the built site, under the site CSP, with no off-host request', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/tools/attendance-calculator/`, { waitUntil: 'networkidle' });
    const calc = page.locator('attendance-calculator');
    await calc.getByLabel('Possible sessions').focus();
    await page.keyboard.type('380');
    await page.keyboard.press('Tab');
    await page.keyboard.type('190');
    await page.keyboard.press('Enter');
    await expect.poll(() => calc.locator('[data-testid="band"]').innerText()).toContain('Severe absence');
    expect(await calc.locator('[data-testid="sentence"]').innerText()).toContain('95 school days');
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.offHost).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  it('keeps the work for the tab (session storage) across a reload', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/tools/attendance-calculator/`);
    await page.locator('attendance-calculator').getByLabel('An attendance percentage').check();
    await page.locator('attendance-calculator').getByLabel('Attendance (%)').fill('93');
    await page.reload();
    expect(await page.locator('attendance-calculator').getByLabel('Attendance (%)').inputValue()).toBe('93');
  });
});
