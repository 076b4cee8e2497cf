import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsSubscriber } from '../../src/console/analytics/subscriber.js';
import { openBrowser, type OpenBrowser } from '../helpers/browser.js';
import { waitFor } from '../helpers/wait.js';
import { historyOf, independentFigures } from './analytics-reference.js';
import {
  countedDeliveries,
  PASSWORD,
  servedConsole,
  shipmentWithScans,
  type ConsoleHarness,
} from './harness.js';

type Served = ConsoleHarness & { readonly url: string };

async function newPage(browser: OpenBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  // A missing element fails the step in seconds, naming it, rather than the whole test later.
  page.setDefaultTimeout(5_000);
  return page;
}

async function signIn(page: Page, url: string, email: string, password = PASSWORD): Promise<void> {
  // One browser for the file: whoever was signed in before is forgotten first.
  await page.context().clearCookies();
  await page.goto(`${url}/app/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the console in a browser', () => {
  let served: Served;
  let browser: OpenBrowser;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    served = await servedConsole({ 'console.lockoutThreshold': 3 });
    served.relay.subscribe(analyticsSubscriber(served.store));
    browser = await openBrowser({ acceptDownloads: true, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
    ids['a'] = await shipmentWithScans(served, served.auth, {
      trackingNumber: 'BRWS0000000001',
      orderRef: 'ORDER-1001',
      service: 'Express',
      scans: [
        {
          occurredAt: '2026-11-20T10:00:00+01:00',
          status: 'in_transit.picked_up',
          rawCode: 'PU',
          rawDescription: 'Picked up in Hamburg',
          city: 'Hamburg',
        },
      ],
    });
    ids['b'] = await shipmentWithScans(served, served.auth, {
      trackingNumber: 'BRWS0000000002',
      orderRef: 'ORDER-1002',
      carrier: 'ups',
      scans: [{ occurredAt: '2026-11-21T09:00:00Z', status: 'delivered.signed' }],
    });
  });
  afterAll(async () => {
    await browser.close();
    await served.close();
  });

  it('signs in, refuses a wrong password with one message, and locks after repeated failures', async () => {
    const page = await newPage(browser);
    await signIn(page, served.url, served.viewer.user.email, 'not my password');
    expect(await page.getByRole('alert').textContent()).toMatch(/email address or password is wrong/);
    await signIn(page, served.url, served.viewer.user.email, 'still not it');
    await signIn(page, served.url, served.viewer.user.email, 'third time');
    await signIn(page, served.url, served.viewer.user.email, PASSWORD);
    expect(page.url()).toContain('/app/login');
    expect(await page.getByRole('alert').textContent()).toMatch(/locked for a while/);
    await signIn(page, served.url, served.agent.user.email);
    await page.waitForURL(`${served.url}/app`);
    expect(await page.locator('h1').textContent()).toBe('Hello, Agent agent');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/app\/login\?done=signed_out/);
    await page.goto(`${served.url}/app/shipments`);
    expect(page.url()).toContain('/app/login?next=%2Fapp%2Fshipments');
    await page.close();
  });

  it('searches and filters the list', async () => {
    const page = await newPage(browser);
    await signIn(page, served.url, served.owner.user.email);
    await page.getByRole('link', { name: 'Shipments' }).click();
    const numbers = () => page.locator('#shipments tbody tr td:first-child a').allTextContents();
    expect(await numbers()).toEqual(['BRWS0000000002', 'BRWS0000000001']);
    await page.getByRole('searchbox', { name: 'Search' }).fill('order-1001');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/q=order-1001/);
    expect(await numbers()).toEqual(['BRWS0000000001']);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    // Folded away while none is in use, open once one is.
    expect(await page.getByRole('checkbox', { name: 'Delivered' }).isVisible()).toBe(false);
    await page.getByText('More filters and sort').click();
    await page.getByRole('checkbox', { name: 'Delivered' }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    expect(await numbers()).toEqual(['BRWS0000000002']);
    await page.goto(`${served.url}/app/shipments?carrier=ups`);
    expect(await numbers()).toEqual(['BRWS0000000002']);
    await page.close();
  });

  it('shows a shipment and carries out every action from its page', async () => {
    const page = await newPage(browser);
    await signIn(page, served.url, served.agent.user.email);
    await page.goto(`${served.url}/app/shipments/${ids['a']}`);
    expect(await page.locator('h1').textContent()).toContain('BRWS0000000001');
    await page.getByText('Carrier payload').click();
    expect(await page.locator('.timeline pre').first().textContent()).toContain('"rawCode": "PU"');
    // 10:00 in Hamburg, shown in Hamburg's time whatever the browser's zone.
    expect(await page.locator('.timeline time').first().textContent()).toBe('Fri 20 Nov, 10:00');

    await page.getByLabel('Add a note').fill('Customer called about delivery.');
    await page.getByRole('button', { name: 'Save note' }).click();
    expect((await page.getByRole('status').first().textContent())?.trim()).toBe('Note added.');
    expect(await page.getByText('Customer called about delivery.').count()).toBe(1);

    await page.getByLabel('Local date and time of the scan').fill('2026-11-22T08:30');
    await page.getByLabel('Time zone').fill('Europe/Berlin');
    await page.getByLabel('Status').selectOption('exception.damaged');
    await page.getByLabel('City').fill('Berlin');
    await page.getByRole('button', { name: 'Add scan' }).click();
    expect((await page.locator('.flash.ok').textContent())?.trim()).toBe('Scan added.');
    expect((await page.locator('#summary-title + p .pill').first().textContent())?.trim()).toBe(
      'There is a problem',
    );

    await page.getByLabel('Reason').first().fill('Asked the carrier for photos');
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    expect((await page.locator('.flash.ok').textContent())?.trim()).toBe('Exception acknowledged.');
    await page.getByLabel('Reason').first().fill('Replacement sent');
    await page.getByRole('button', { name: 'Resolve' }).click();
    expect((await page.locator('.flash.ok').textContent())?.trim()).toBe('Exception resolved.');

    await page.getByLabel('Carrier', { exact: true }).selectOption('dhl');
    await page.getByRole('button', { name: 'Save carrier' }).click();
    expect((await page.locator('.flash.ok').textContent())?.trim()).toBe('Carrier saved.');
    expect(await page.locator('dl.facts').first().textContent()).toContain('(dhl)');

    await page.getByRole('button', { name: 'Pause notifications' }).click();
    expect((await page.locator('.flash.ok').textContent())?.trim()).toBe(
      'Notifications for this shipment are paused.',
    );
    await page.getByRole('button', { name: 'Resume notifications' }).click();
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    expect((await page.locator('.flash.ok').textContent())?.trim()).toBe('Shipment archived.');
    await page.getByRole('button', { name: 'Restore from archive' }).click();
    expect((await page.locator('.flash.ok').textContent())?.trim()).toBe(
      'Shipment restored from the archive.',
    );

    // A message to send again.
    const now = new Date().toISOString();
    await served.store.db
      .insertInto('notification_recipients')
      .values({
        id: 'R1',
        tenant_id: served.tenantId,
        shipment_id: ids['a']!,
        channel: 'email',
        address: 'ana@example.com',
        details: '{}',
        locale: 'en',
        time_zone: null,
        consent_text: 'x',
        consented_at: now,
        unsubscribe_token: 'u1',
        created_at: now,
      })
      .execute();
    await served.store.db
      .insertInto('notification_messages')
      .values({
        id: 'M1',
        tenant_id: served.tenantId,
        shipment_id: ids['a']!,
        recipient_id: 'R1',
        firing_id: 'F1',
        channel: 'email',
        idempotency_key: 'k1',
        event_type: 'exception.raised',
        context: '{"topics":[]}',
        status: 'sent',
        due_at: now,
        attempts: 1,
        claimed_by: null,
        claimed_until: null,
        provider_id: null,
        provider_status: null,
        last_error: null,
        created_at: now,
        updated_at: now,
        sent_at: now,
      })
      .execute();
    await page.reload();
    await page.getByRole('button', { name: 'Send again' }).click();
    expect((await page.locator('.flash.ok').textContent())?.trim()).toBe('The message will be sent again.');
    expect(await page.locator('#notifications-title + p + div tbody tr').count()).toBe(2);

    const history = await page.locator('#history-title + ul').textContent();
    for (const action of [
      'Note added',
      'Scan added by hand',
      'Exception acknowledged',
      'Exception resolved',
      'Carrier corrected',
      'Notifications paused',
      'Notifications resumed',
      'Archived',
      'Restored from archive',
      'Notification sent again',
    ])
      expect(history).toContain(action);
    await page.close();
  });

  it('shows an exception ingested through the API in the open queue within a second, without a reload', async () => {
    const page = await newPage(browser);
    let loads = 0;
    page.on('load', () => (loads += 1));
    await signIn(page, served.url, served.agent.user.email);
    await page.goto(`${served.url}/app/attention`);
    await page.waitForSelector('body[data-live-ready]');
    loads = 0;
    const number = 'LIVE00000000042';
    expect(await page.getByText(number).count()).toBe(0);
    await shipmentWithScans(served, served.auth, { trackingNumber: number, scans: [] });
    const posted = await served.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: served.auth,
      payload: {
        events: [
          {
            trackingNumber: number,
            carrier: 'waybill',
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
            status: 'exception.address_issue',
          },
        ],
      },
    });
    expect(posted.statusCode).toBe(200);
    const committed = Date.now();
    await page.locator('#actor-customer ~ div').getByText(number).waitFor({ timeout: 1_000 });
    expect(Date.now() - committed).toBeLessThan(1_000);
    expect(loads).toBe(0);
    // Screen readers hear one summary of the change.
    await page
      .locator('#live-status')
      .getByText(/open items?\./)
      .waitFor();
    await page.close();
  });

  it('updates rows of the open list, and the open shipment page, without a reload', async () => {
    const page = await newPage(browser);
    let loads = 0;
    page.on('load', () => (loads += 1));
    // (The viewer is locked out by the first test.)
    await signIn(page, served.url, served.owner.user.email);
    await page.goto(`${served.url}/app/shipments?q=BRWS0000000001`);
    await page.waitForSelector('body[data-live-ready]');
    loads = 0;
    const row = page.locator(`tr[data-id="${ids['a']}"]`);
    await served.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: served.auth,
      payload: {
        events: [
          {
            trackingNumber: 'BRWS0000000001',
            carrier: 'waybill',
            occurredAt: '2026-11-23T07:00:00+01:00',
            status: 'out_for_delivery.on_vehicle',
          },
        ],
      },
    });
    const committed = Date.now();
    await row.getByText('Out for delivery').waitFor({ timeout: 1_000 });
    expect(Date.now() - committed).toBeLessThan(1_000);
    expect(loads).toBe(0);

    await page.goto(`${served.url}/app/shipments/${ids['a']}`);
    await page.waitForSelector('body[data-live-ready]');
    loads = 0;
    await served.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: served.auth,
      payload: {
        events: [
          {
            trackingNumber: 'BRWS0000000001',
            carrier: 'waybill',
            occurredAt: '2026-11-23T15:00:00+01:00',
            status: 'delivered.safe_place',
          },
        ],
      },
    });
    await page
      .locator('#summary-title + p .pill')
      .getByText('Delivered', { exact: true })
      .waitFor({ timeout: 1_000 });
    expect(loads).toBe(0);
    await page.close();
  });

  it('shows analytics equal to what the raw scans say', async () => {
    const parcels = historyOf(16, 11);
    for (const parcel of parcels) await shipmentWithScans(served, served.auth, parcel);
    const delivered = await served.store.db
      .selectFrom('tracking_events')
      .select('shipment_id')
      .where('status', '=', 'delivered')
      .execute();
    const expectedDeliveries = new Set(delivered.map((d) => d.shipment_id)).size;
    await waitFor(async () => (await countedDeliveries(served.store)) === expectedDeliveries, 'the rollups');
    const page = await newPage(browser);
    await signIn(page, served.url, served.owner.user.email);
    await page.goto(`${served.url}/app/analytics?from=2026-11-01&to=2026-11-30&destination=FR`);
    const expected = independentFigures(parcels.filter((p) => p.destination.country === 'FR'));
    const row = async (figure: string) =>
      page
        .locator(`[data-figure="${figure}"] table:last-of-type tbody tr`)
        .first()
        .locator('td')
        .allTextContents();
    expect((await row('transit')).slice(2)).toEqual([
      String(expected.delivered),
      String(expected.transit.p50),
      String(expected.transit.p80),
      String(expected.transit.p95),
    ]);
    expect((await row('first_attempt')).slice(0, 2)).toEqual([
      String(expected.attempted),
      String(expected.firstTime),
    ]);
    expect((await row('on_time')).slice(0, 2)).toEqual([
      String(expected.withPromise),
      String(expected.onTime),
    ]);
    expect(await page.locator('[data-figure="transit"] svg[role="img"]').count()).toBe(1);

    // Each CSV downloads and parses to the same numbers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-figure="transit"]').getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const rows = parse(await readFile((await download.path())!, 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows[0]).toMatchObject({
      Delivered: String(expected.delivered),
      p50: String(expected.transit.p50),
    });
    await page.goto(`${served.url}/app/shipments`);
    const [list] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const shipments = parse(await readFile((await list.path())!, 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(shipments.map((r) => r['tracking_number'])).toEqual(
      expect.arrayContaining(['BRWS0000000001', 'BRWS0000000002', parcels[0]!.trackingNumber]),
    );
    await page.goto(`${served.url}/app/attention`);
    const [queue] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const items = parse(await readFile((await queue.path())!, 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(items.length).toBeGreaterThan(0);
    expect(Object.keys(items[0]!)).toEqual(
      expect.arrayContaining(['kind', 'tracking_number', 'who_must_act', 'assignee']),
    );
    await page.close();
  });
});
