import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, openBrowser, type OpenBrowser } from '../helpers/browser.js';
import { SCREENSHOTS, seriousViolations, servedApp, type ServedApp } from './browser-app.js';
import { SCENARIOS, seed, type Seeded } from './scenarios.js';

// Every status renders with its words, its stepper and its extras, passes axe, and is
// photographed at phone and desktop sizes into test-output/screenshots/.

const WORDS: Record<string, string> = {
  pending: 'Waiting for the carrier',
  info_received: 'Label created',
  in_transit: 'On its way',
  'in_transit-delayed': 'On its way',
  out_for_delivery: 'Out for delivery',
  available_for_pickup: 'Ready for pickup',
  attempt_failed: 'Delivery attempt failed',
  delivered: 'Delivered',
  exception: 'There is a problem',
  return_to_sender: 'Returning to sender',
  expired: 'Tracking ended',
  cancelled: 'Cancelled',
};

const SIZES = [
  { name: 'mobile', options: MOBILE },
  { name: 'desktop', options: DESKTOP },
] as const;

describe('tracking page in chromium, every status', () => {
  let served: ServedApp;
  const seeded = new Map<string, Seeded>();
  beforeAll(async () => {
    served = await servedApp();
    await served.store.db
      .updateTable('tenants')
      .set({
        settings: JSON.stringify({
          branding: {
            name: 'Acme Outdoor',
            primaryColor: '#2d5a27',
            supportEmail: 'help@acme.example',
            supportPhone: '+44 20 7946 0000',
          },
        }),
      })
      .where('id', '=', served.tenantId)
      .execute();
    for (const scenario of SCENARIOS) seeded.set(scenario.name, await seed(served, scenario));
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => served.close());

  for (const size of SIZES) {
    describe(size.name, () => {
      let browser: OpenBrowser;
      beforeAll(async () => {
        browser = await openBrowser({ ...size.options, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
      });
      afterAll(async () => browser.close());

      for (const scenario of SCENARIOS) {
        it(`${scenario.name}: words, stepper, extras, no serious axe findings`, async () => {
          const page = await browser.context.newPage();
          const { token } = seeded.get(scenario.name)!;
          await page.goto(`${served.url}/t/${token}`);
          await expect.poll(() => page.locator('h1').textContent()).toBe(WORDS[scenario.name]);
          expect(await page.locator('.stepper li').count()).toBe(4);
          if (scenario.estimate && scenario.status !== 'delivered')
            expect(await page.locator('.eta').textContent()).toMatch(/^Arriving /);
          if (scenario.delayReasons)
            expect(await page.getByRole('heading', { name: 'Your parcel is delayed' }).isVisible()).toBe(
              true,
            );
          if (['exception', 'attempt_failed', 'available_for_pickup'].includes(scenario.status))
            expect(await page.getByRole('heading', { name: 'What you can do' }).isVisible()).toBe(true);
          // The script ran: the copy button appears only with JavaScript.
          await expect.poll(() => page.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);
          expect(await seriousViolations(page)).toEqual([]);
          await page.screenshot({ path: `${SCREENSHOTS}/${scenario.name}-${size.name}.png`, fullPage: true });
          await page.close();
        });
      }
    });
  }
});
