import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, openBrowser, type OpenBrowser } from '../helpers/browser.js';
import { waitFor } from '../helpers/wait.js';
import { SCREENSHOTS, seriousViolations, servedApp, type ServedApp } from './browser-app.js';
import { FEDEX_DELIVERED, scan, splitOrder, type SplitOrder } from './order-scenario.js';

// The order page in real Chromium, at phone and desktop size: every parcel is there with its
// status, nothing is fetched from anywhere but this server, axe finds no serious or critical
// violation, and a scan of one parcel reaches the open page without a reload.

const SIZES = [
  { name: 'mobile', options: MOBILE },
  { name: 'desktop', options: DESKTOP },
] as const;

describe('order page in chromium', () => {
  let served: ServedApp;
  beforeAll(async () => {
    served = await servedApp();
    await served.store.db
      .updateTable('tenants')
      .set({
        settings: JSON.stringify({
          branding: { name: 'Acme Outdoor', primaryColor: '#2d5a27', supportEmail: 'help@acme.example' },
        }),
      })
      .where('id', '=', served.tenantId)
      .execute();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => served.close());

  for (const size of SIZES) {
    describe(size.name, () => {
      let browser: OpenBrowser;
      let split: SplitOrder;
      beforeAll(async () => {
        split = await splitOrder(served);
        browser = await openBrowser({ ...size.options, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
      });
      afterAll(async () => browser.close());

      it('shows every parcel, fetches nothing from elsewhere, and passes axe', async () => {
        const page = await browser.context.newPage();
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        await page.goto(`${served.url}/o/${split.order.pageToken}`);
        expect(await page.locator('h1').textContent()).toBe('Your order from Acme Outdoor');
        expect(await page.locator('#order-summary').textContent()).toBe('3 parcels · 2 of 3 delivered');
        const cards = page.locator('section.parcel');
        expect(await cards.count()).toBe(3);
        const statuses = ['Delivered', 'On its way', 'Delivered'];
        for (const [i, parcel] of split.parcels.entries()) {
          const card = cards.nth(i);
          expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe(`Parcel ${i + 1} of 3`);
          expect(await card.locator('strong').textContent()).toBe(statuses[i]);
          expect(await card.locator('code').textContent()).toBe(parcel.trackingNumber);
          expect(
            await card
              .getByRole('link', { name: `Track this parcel ${parcel.trackingNumber}` })
              .getAttribute('href'),
          ).toBe(`/t/${parcel.token}`);
          expect(await card.isVisible()).toBe(true);
        }
        expect(await cards.nth(1).textContent()).toContain('Arriving Tue 1 Dec – Thu 3 Dec');
        // The script ran and follows the order's stream.
        await waitFor(
          async () => (await page.locator('body').getAttribute('data-live')) === 'on',
          'the stream',
        );
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SCREENSHOTS}/order-${size.name}.png`, fullPage: true });
        // Nothing but this server: no fonts, scripts, images or beacons from anywhere else.
        const origin = new URL(served.url).origin;
        expect(requests.length).toBeGreaterThan(0);
        expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });

      if (size.name === 'desktop')
        it('shows a scan of one parcel on the open page without a reload', async () => {
          const page = await browser.context.newPage();
          let loads = 0;
          page.on('load', () => (loads += 1));
          await page.goto(`${served.url}/o/${split.order.pageToken}`);
          await waitFor(
            async () => (await page.locator('body').getAttribute('data-live')) === 'on',
            'the stream',
          );
          await scan(served, split.parcels[1], [FEDEX_DELIVERED]);
          await waitFor(
            async () =>
              (await page.locator('#order-summary').textContent()) === '3 parcels · 3 of 3 delivered',
            'the update on the page',
          );
          expect(await page.locator('section.parcel').nth(1).locator('strong').textContent()).toBe(
            'Delivered',
          );
          expect(await page.locator('#announce').textContent()).toBe('3 of 3 delivered');
          expect(loads).toBe(1);
          await page.close();
        });
    });
  }
});
