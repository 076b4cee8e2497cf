import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, openBrowser, type OpenBrowser } from '../helpers/browser.js';
import { CHANNELS_ON } from '../helpers/channels-on.js';
import { SCREENSHOTS, seriousViolations, servedApp, type ServedApp } from './browser-app.js';
import { scenario, seed } from './scenarios.js';

const EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';

describe('forms, verification and safety in chromium', () => {
  let served: ServedApp;
  let browser: OpenBrowser;
  beforeAll(async () => {
    // Every test here posts from 127.0.0.1: a per-address limit fit for one person would trip.
    served = await servedApp({ 'pages.lookupPerIpPerMinute': 1000, ...CHANNELS_ON });
    browser = await openBrowser({ locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser.close();
    await served.close();
  });

  async function verify(page: Page, order: string, secret: string): Promise<void> {
    // By id: the same helper serves every language.
    await page.locator('#verify #order').fill(order);
    await page.locator('#verify #secret').fill(secret);
    await page.locator('#verify button[type=submit]').click();
  }

  it('says clearly when the verification is wrong, and moves focus to the message', async () => {
    const s = await seed(served, scenario('in_transit'));
    const page = await browser.context.newPage();
    await page.goto(`${served.url}/t/${s.token}`);
    await verify(page, s.orderRef, '99999');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('We could not match that order number');
    await expect
      .poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('role') ?? null"))
      .toBe('alert');
    expect(await page.getByRole('textbox', { name: 'Order number' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await page.getByRole('textbox', { name: 'Order number' }).inputValue()).toBe(s.orderRef);
    expect(await page.getByRole('heading', { name: 'Your order', exact: true }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/verify-wrong-desktop.png`, fullPage: true });
    await page.close();
  });

  it('shows HTML in a carrier description as plain text after verification, and runs no script', async () => {
    const s = await seed(served, scenario('delivered'), { rawDescription: EVIL });
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await page.goto(`${served.url}/t/${s.token}`);
    // Public view: the carrier's free text is not shown at all.
    expect(await page.locator('.desc').count()).toBe(0);
    await verify(page, s.orderRef, '10115');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Your order', exact: true }).isVisible())
      .toBe(true);
    const descriptions = await page.locator('.timeline .desc').allTextContents();
    expect(descriptions[0]).toBe(EVIL);
    expect(await page.locator('.timeline img, .timeline script, .timeline b').count()).toBe(0);
    expect(await page.evaluate<number | null>('window.__pwned ?? null')).toBeNull();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('works without JavaScript: the page shows the status and the forms post', async () => {
    const noScript = await openBrowser({ javaScriptEnabled: false });
    try {
      const s = await seed(served, scenario('out_for_delivery'));
      const page = await noScript.context.newPage();
      await page.goto(`${served.url}/track`);
      await page.getByRole('textbox', { name: 'Tracking number' }).fill(s.trackingNumber);
      await page.getByRole('button', { name: 'Track' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Out for delivery');
      expect(page.url()).toBe(`${served.url}/t/${s.token}`);
      // Enhancements stay out of the way: no copy button, no push offer.
      expect(await page.getByRole('button', { name: 'Copy' }).isVisible()).toBe(false);
      await page.getByLabel('Email address', { exact: true }).fill('ana@example.com');
      await page.locator('#email-consent').check();
      await page.locator('#notify-email').getByRole('button', { name: 'Notify me' }).click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Done' }).textContent())
        .toContain('we will notify you at ana@example.com');
      await page.close();
    } finally {
      await noScript.close();
    }
  });

  it('is usable by keyboard: the first Tab reaches the skip link, which leads to the content', async () => {
    const s = await seed(served, scenario('in_transit'));
    const page = await browser.context.newPage();
    await page.goto(`${served.url}/t/${s.token}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>('document.activeElement?.textContent ?? null')).toBe(
      'Skip to content',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string | null>('document.activeElement?.id ?? null')).toBe('main');
    await page.close();
  });

  for (const size of [
    { name: 'mobile', options: MOBILE },
    { name: 'desktop', options: DESKTOP },
  ] as const) {
    it(`has no serious axe findings in the form states (${size.name})`, async () => {
      const sized = await openBrowser({ ...size.options, locale: 'en-GB' });
      try {
        const s = await seed(served, scenario('attempt_failed'));
        const page = await sized.context.newPage();
        const states: Record<string, string[]> = {};
        await page.goto(`${served.url}/track`);
        states['lookup'] = await seriousViolations(page);
        await page.getByRole('textbox', { name: 'Tracking number' }).fill('1ZNOTKNOWN0000001');
        await page.getByRole('button', { name: 'Track' }).click();
        await page.getByRole('alert').waitFor();
        states['lookup-not-found'] = await seriousViolations(page);
        await page.screenshot({ path: `${SCREENSHOTS}/lookup-not-found-${size.name}.png`, fullPage: true });
        await page.goto(`${served.url}/t/${s.token}?lang=de`);
        await verify(page, s.orderRef, '00000');
        await page.getByRole('alert').waitFor();
        states['verify-wrong-de'] = await seriousViolations(page);
        await page.goto(`${served.url}/t/${s.token}?lang=en`);
        await verify(page, s.orderRef, '10115');
        await page.getByRole('heading', { name: 'Your order', exact: true }).waitFor();
        states['verified'] = await seriousViolations(page);
        await page.screenshot({ path: `${SCREENSHOTS}/verified-${size.name}.png`, fullPage: true });
        await page.locator('#sms-address').fill('+49 151 23456789');
        await page.locator('#sms-consent').check();
        await page.locator('#notify-sms').getByRole('button', { name: 'Notify me' }).click();
        await page.getByText('we will notify you at +4915123456789').waitFor();
        states['notify-done'] = await seriousViolations(page);
        expect(states).toEqual({
          lookup: [],
          'lookup-not-found': [],
          'verify-wrong-de': [],
          verified: [],
          'notify-done': [],
        });
      } finally {
        await sized.close();
      }
    }, 120_000);
  }
});
