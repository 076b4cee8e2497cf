import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestShipmentSeq } from '../../src/web/page-view.js';
import { openBrowser, type OpenBrowser } from '../helpers/browser.js';
import { waitFor } from '../helpers/wait.js';
import { servedApp, type ServedApp } from './browser-app.js';
import { ingest, scenario, seed } from './scenarios.js';
import { connectSse } from './sse-client.js';

const OUT_FOR_DELIVERY = {
  occurredAt: '2026-11-26T07:45:00+01:00',
  status: 'out_for_delivery.on_vehicle',
  rawDescription: 'Out for delivery',
  city: 'Berlin',
  country: 'DE',
};

describe('live updates', () => {
  let served: ServedApp;
  let browser: OpenBrowser;
  beforeAll(async () => {
    served = await servedApp();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await served.close();
  });

  it('shows a scan ingested through the API on the open page within a second, without a reload', async () => {
    const s = await seed(served, scenario('in_transit'));
    const page = await browser.context.newPage();
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(`${served.url}/t/${s.token}`);
    expect(await page.locator('h1').textContent()).toBe('On its way');
    await waitFor(() => streamOpen(page), 'the page to open its event stream');

    await ingest(served, s.trackingNumber, [OUT_FOR_DELIVERY]);
    const committed = Date.now();
    await waitFor(
      async () => (await page.locator('h1').textContent()) === 'Out for delivery',
      'the new status on the page',
      1_000,
    );
    expect(Date.now() - committed).toBeLessThan(1_000);
    expect(loads).toBe(1);
    // Screen readers hear the change.
    expect(await page.locator('#announce').textContent()).toBe('Out for delivery');
    expect(await page.locator('.timeline li').count()).toBe(4);
    await page.close();
  });

  it('resumes from Last-Event-ID: what changed while away is sent at once, nothing when up to date', async () => {
    const s = await seed(served, scenario('in_transit'));
    const url = `${served.url}/t/${s.token}/events`;
    const seq = await latestShipmentSeq(served.store.db, served.store.caps, s.shipmentId);

    const current = await connectSse(url, { 'last-event-id': String(seq) });
    expect(current.status).toBe(200);
    const behind = await connectSse(url, { 'last-event-id': String(seq - 1) });
    await waitFor(() => behind.events.length === 1, 'catch-up event');
    expect(behind.events[0]).toMatchObject({ id: String(seq), event: 'update' });
    expect(JSON.parse(behind.events[0]!.data)).toMatchObject({ status: 'On its way' });
    expect(current.events).toEqual([]);

    await ingest(served, s.trackingNumber, [OUT_FOR_DELIVERY]);
    await waitFor(() => current.events.length === 1, 'live event');
    const next = current.events[0]!;
    expect(Number(next.id)).toBeGreaterThan(seq);
    expect(Number(next.id)).toBe(await latestShipmentSeq(served.store.db, served.store.caps, s.shipmentId));
    expect(JSON.parse(next.data)).toMatchObject({ status: 'Out for delivery' });
    current.close();
    behind.close();
  });

  it('sends a scan that leaves the status as it was, live and to a page that reconnects', async () => {
    const s = await seed(served, scenario('in_transit'));
    const url = `${served.url}/t/${s.token}/events`;
    const seq = await latestShipmentSeq(served.store.db, served.store.caps, s.shipmentId);
    const open = await connectSse(url, { 'last-event-id': String(seq) });
    expect(open.status).toBe(200);

    const dresden = {
      occurredAt: '2026-11-26T01:20:00+01:00',
      status: 'in_transit.destination_facility',
      rawDescription: 'Sorted at the Dresden hub',
      city: 'Dresden',
      country: 'DE',
    };
    await ingest(served, s.trackingNumber, [dresden]);
    await waitFor(() => open.events.length === 1, 'an update for the same-status scan');
    const update = JSON.parse(open.events[0]!.data) as { html: string; status: string };
    expect(update.status).toBe('On its way');
    expect(update.html).toContain('Dresden, DE');
    expect(Number(open.events[0]!.id)).toBeGreaterThan(seq);

    // A page that was away when it came gets it on reconnecting.
    const back = await connectSse(url, { 'last-event-id': String(seq) });
    await waitFor(() => back.events.length === 1, 'the catch-up event');
    expect(JSON.parse(back.events[0]!.data).html).toContain('Dresden, DE');
    open.close();
    back.close();
  });

  it('sends carrier HTML in a live update as text, and no script runs', async () => {
    const s = await seed(served, scenario('in_transit'));
    const page = await browser.context.newPage();
    await page.goto(`${served.url}/t/${s.token}`);
    await waitFor(() => streamOpen(page), 'the page to open its event stream');
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await ingest(served, s.trackingNumber, [{ ...OUT_FOR_DELIVERY, city: evil }]);
    await waitFor(async () => (await page.locator('h1').textContent()) === 'Out for delivery', 'the update');
    expect(await page.locator('.timeline li').first().locator('.place').textContent()).toBe(`${evil}, DE`);
    expect(await page.evaluate<number | null>('window.__pwned ?? null')).toBeNull();
    expect(await page.locator('#live img, #live script').count()).toBe(0);
    await page.close();
  });
});

/** The page script marks the body once its EventSource is connected. */
async function streamOpen(page: Page): Promise<boolean> {
  return (await page.locator('body[data-live="on"]').count()) === 1;
}
