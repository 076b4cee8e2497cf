import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyticsSubscriber } from '../../src/console/analytics/subscriber.js';
import { readOutboxAfter } from '../../src/store/repositories/outbox.js';
import { DIALECTS } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';
import {
  consoleHarness,
  countedDeliveries,
  shipmentWithScans,
  signedIn,
  type ConsoleClient,
  type ConsoleHarness,
} from './harness.js';
import { historyOf, independentFigures, type Parcel } from './analytics-reference.js';

/** The cells of the row headed `label` in the figure's table. */
export function figureRow(body: string, figure: string, label: string): string[] {
  const start = body.indexOf(`data-figure="${figure}"`);
  const part = body.slice(start, body.indexOf('</section>', start));
  for (const row of part.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
    const cells = [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!.trim());
    if (cells[0] === label) return cells.slice(1);
  }
  throw new Error(`no row "${label}" in ${figure}`);
}

function figureRowOrNone(body: string, figure: string, label: string): string[] | undefined {
  try {
    return figureRow(body, figure, label);
  } catch {
    return undefined;
  }
}

describe.each(DIALECTS)('console analytics (%s)', (dialect) => {
  let h: ConsoleHarness;
  let viewer: ConsoleClient;
  let parcels: Parcel[];
  beforeEach(async () => {
    h = await consoleHarness(dialect);
    h.relay.subscribe(analyticsSubscriber(h.store));
    h.relay.start();
    parcels = historyOf(24, 7);
    for (const parcel of parcels) await shipmentWithScans(h, h.auth, parcel);
    viewer = await signedIn(h, h.viewer);
    const delivered = parcels.filter((p) => p.scans.some((s) => s.status.startsWith('delivered'))).length;
    await waitFor(
      async () => (await countedDeliveries(h.store)) === delivered,
      'the rollups to count every delivery',
    );
  });
  afterEach(async () => h.close());

  it('shows figures equal to what the raw scans say', async () => {
    const expected = independentFigures(parcels);
    const page = await viewer.get('/app/analytics?from=2026-10-01&to=2026-12-31');
    expect(page.statusCode).toBe(200);
    const pct = (share: number) => `${Math.round(share * 1000) / 10}%`.replace('.0%', '%');
    expect(figureRow(page.body, 'transit', 'All')).toEqual([
      '',
      '',
      String(expected.delivered),
      String(expected.transit.p50),
      String(expected.transit.p80),
      String(expected.transit.p95),
    ]);
    expect(figureRow(page.body, 'first_attempt', 'All')).toEqual([
      String(expected.attempted),
      String(expected.firstTime),
      pct(expected.firstTime / expected.attempted),
    ]);
    expect(figureRow(page.body, 'on_time', 'All').slice(0, 3)).toEqual([
      String(expected.withPromise),
      String(expected.onTime),
      pct(expected.onTime / expected.withPromise),
    ]);
    expect(figureRow(page.body, 'exceptions', 'All')).toEqual([
      String(expected.exceptionShipments),
      pct(expected.exceptionShipments / expected.tracked),
    ]);
    // Volume counts each parcel on its registration day at its destination: near midnight UTC
    // that is two dates (Berlin is already tomorrow), so the days are summed.
    const days = [-1, 0, 1].map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10));
    const volume = days.reduce(
      (sum, day) => sum + Number(figureRowOrNone(page.body, 'volume', day)?.[0] ?? 0),
      0,
    );
    expect(volume).toBe(parcels.length);
    for (const carrier of ['ups', 'dhl'] as const) {
      const name = carrier === 'ups' ? 'UPS' : 'DHL';
      const rows = figureRow(page.body, 'first_attempt', name);
      expect(rows.slice(0, 2)).toEqual([
        String(expected.byCarrier[carrier].attempted),
        String(expected.byCarrier[carrier].firstTime),
      ]);
    }
    // The charts are drawn on the server, as labelled images.
    const svg = /<svg[^>]*aria-label="Transit time"[^>]*>/.exec(page.body)?.[0];
    expect(svg).toContain('role="img"');
    expect(svg).not.toContain('style=');
  });

  it('exports each figure as CSV that parses, with the same numbers', async () => {
    const expected = independentFigures(parcels);
    const response = await viewer.get('/app/analytics.csv?figure=transit&from=2026-10-01&to=2026-12-31');
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({
      Delivered: String(expected.delivered),
      p50: String(expected.transit.p50),
      p95: String(expected.transit.p95),
    });
    for (const figure of ['volume', 'on_time', 'first_attempt', 'exceptions', 'status_time', 'accuracy']) {
      const csv = await viewer.get(`/app/analytics.csv?figure=${figure}&from=2026-10-01&to=2026-12-31`);
      expect(csv.statusCode, figure).toBe(200);
      expect(() => parse(csv.body, { columns: true }), figure).not.toThrow();
    }
    expect((await viewer.get('/app/analytics.csv?figure=nope')).statusCode).toBe(400);
    expect((await viewer.get('/app/analytics?from=2026-12-31&to=2026-01-01')).statusCode).toBe(400);
  });

  it('counts each shipment once when the relay hands the same messages over again', async () => {
    const before = await h.store.db
      .selectFrom('console_rollups')
      .selectAll()
      .orderBy(['span', 'day', 'carrier', 'service', 'destination', 'lane'])
      .execute();
    const replay = analyticsSubscriber(h.store);
    const messages = await readOutboxAfter(h.store.db, 0, 10_000);
    await replay.handleBatch!(messages.filter((m) => replay.accepts!(m)));
    const after = await h.store.db
      .selectFrom('console_rollups')
      .selectAll()
      .orderBy(['span', 'day', 'carrier', 'service', 'destination', 'lane'])
      .execute();
    expect(after).toEqual(before);
  });
});
