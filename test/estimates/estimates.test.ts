import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Estimates } from '../../src/estimates/estimates.js';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { readOutboxAfter } from '../../src/store/repositories/outbox.js';
import { findShipmentByNumber } from '../../src/store/repositories/shipments.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';
import { JOURNEY, scan } from '../helpers/scans.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const route = {
  service: 'Ground',
  origin: { city: 'Berlin', region: 'BE', country: 'DE' },
  destination: { city: 'Munich', region: 'BY', country: 'DE' },
};

describe.each(DIALECTS)('delivery-date estimates in the running system on %s', (dialect) => {
  let store: TestStore;
  let relay: OutboxRelay;
  let pipeline: IngestPipeline;
  let estimates: Estimates;
  let tenantId: string;

  beforeEach(async () => {
    store = await freshStore(dialect);
    relay = new OutboxRelay(store, { clock: () => NOW, retryDelayMs: () => 1 });
    estimates = new Estimates(store, { clock: () => NOW });
    estimates.attach(relay);
    // Let the live subscribers take their starting point now, not whenever their first pass ends.
    await relay.drain();
    pipeline = new IngestPipeline(store, { clock: () => NOW });
    tenantId = (await createTenant(store.db, 'Shop', NOW)).id;
  });
  afterEach(async () => {
    await relay.stop();
    await store.dispose();
  });

  const types = async () => (await readOutboxAfter(store.db, 0, 10_000)).map((m) => m.type);
  const ingest = (number: string, parts: typeof JOURNEY, promisedDate?: string) =>
    pipeline.ingest(
      parts.map((part) =>
        scan({
          tenantId,
          trackingNumber: number,
          carrier: 'dhl',
          shipment: { ...route, promisedDate },
          ...part,
        }),
      ),
    );

  it('predicts a window when the parcel is picked up, from service defaults on a cold start', async () => {
    await ingest('JJD000000000001', JOURNEY.slice(0, 2));
    await relay.drain();
    const shipment = await findShipmentByNumber(store.db, tenantId, 'JJD000000000001');
    expect(shipment?.estimate).toMatchObject({
      mostLikely: expect.stringMatching(/^2026-11-\d\d$/),
      basis: expect.stringContaining('no delivery history yet'),
    });
    expect(shipment!.estimate!.earliest <= shipment!.estimate!.mostLikely).toBe(true);
    expect(shipment!.estimate!.mostLikely <= shipment!.estimate!.latest).toBe(true);
    expect(await types()).toContain('eta.changed');
  });

  it('announces a delay once when the promised date is out of reach', async () => {
    await ingest('JJD000000000002', JOURNEY.slice(0, 2), '2026-11-19');
    await relay.drain();
    await ingest('JJD000000000002', JOURNEY.slice(2, 4), '2026-11-19');
    await relay.drain();
    const shipment = await findShipmentByNumber(store.db, tenantId, 'JJD000000000002');
    expect(shipment?.delayReasons).toContain('promise_at_risk');
    const delays = (await readOutboxAfter(store.db, 0, 10_000)).filter((m) => m.type === 'delay.detected');
    expect(delays).toHaveLength(1);
    expect(delays[0]?.payload).toMatchObject({ reason: 'promise_at_risk', promisedDate: '2026-11-19' });
  });

  it('clears the delay once the late parcel is delivered, and keeps its last estimate', async () => {
    await ingest('JJD000000000006', JOURNEY.slice(0, 2), '2026-11-19');
    await relay.drain();
    await ingest('JJD000000000006', JOURNEY.slice(2, 4), '2026-11-19');
    await relay.drain();
    const late = await findShipmentByNumber(store.db, tenantId, 'JJD000000000006');
    expect(late?.delayReasons).toContain('promise_at_risk');
    await ingest('JJD000000000006', JOURNEY.slice(4), '2026-11-19');
    await relay.drain();
    const delivered = await findShipmentByNumber(store.db, tenantId, 'JJD000000000006');
    expect(delivered?.status).toBe('delivered');
    expect(delivered?.delayReasons).toEqual([]);
    expect(delivered?.estimate).toEqual(late?.estimate);
  });

  it('predicts a carrier’s parcels at the moment the caller names (the simulator’s replayed past)', async () => {
    await relay.stop();
    relay = new OutboxRelay(store, { clock: () => NOW, retryDelayMs: () => 1 });
    // A replay eight days behind the real clock: predicted at its scans, the window stays near them.
    const replayed = new Estimates(store, {
      clock: () => new Date(NOW.getTime() + 8 * 86_400_000),
      clockOf: (shipment) => (shipment.lastEventAt ? new Date(shipment.lastEventAt) : undefined),
    });
    replayed.attach(relay);
    await relay.drain();
    await ingest('JJD000000000007', JOURNEY.slice(0, 2));
    await relay.drain();
    const shipment = await findShipmentByNumber(store.db, tenantId, 'JJD000000000007');
    const pickedUp = Date.parse(shipment!.lastEventAt!);
    expect(Date.parse(shipment!.estimate!.earliest) - pickedUp).toBeLessThan(8 * 86_400_000);
    // Records are still stamped with the real clock.
    const row = await store.db
      .selectFrom('shipments')
      .select('estimated_at')
      .where('id', '=', shipment!.id)
      .executeTakeFirstOrThrow();
    expect(row.estimated_at).toBe(new Date(NOW.getTime() + 8 * 86_400_000).toISOString());
  });

  it('counts a shipment as under way on its lane from hand-over, live and after a restart', async () => {
    await ingest('JJD000000000008', JOURNEY.slice(0, 2));
    await relay.drain();
    expect(estimates.estimator.model.openParcels.laneCount).toBe(1);
    // A new process learns the same from the store.
    const restarted = new Estimates(store, { clock: () => NOW });
    expect(restarted.estimator.model.openParcels.laneCount).toBe(0);
    await restarted.rebuild();
    expect(restarted.estimator.model.openParcels.laneCount).toBe(1);
  });

  it('re-predicts when only the carrier’s estimate moves, and reports the slip', async () => {
    const hub = { status: 'in_transit.origin_facility', location: { city: 'Leipzig', country: 'DE' } };
    await ingest('JJD000000000005', [
      { ...JOURNEY[1]!, carrierEstimate: '2026-11-24' },
      { ...hub, occurredAt: '2026-11-20T01:00:00+01:00', rawCode: 'H1', carrierEstimate: '2026-11-24' },
    ]);
    await relay.drain();
    // Same substatus, so no status change: only the carrier's new date can trigger a re-prediction.
    await ingest('JJD000000000005', [
      { ...hub, occurredAt: '2026-11-21T01:00:00+01:00', rawCode: 'H2', carrierEstimate: '2026-11-27' },
    ]);
    await relay.drain();
    const delays = (await readOutboxAfter(store.db, 0, 10_000)).filter((m) => m.type === 'delay.detected');
    expect(delays.map((m) => m.payload.reason)).toEqual(['carrier_estimate_slipped']);
    const shipment = await findShipmentByNumber(store.db, tenantId, 'JJD000000000005');
    expect(shipment?.delayReasons).toContain('carrier_estimate_slipped');
  });

  it('learns from delivered shipments and says what the estimate rests on', async () => {
    for (let i = 0; i < 12; i += 1) await ingest(`JJD1000000000${String(i).padStart(2, '0')}`, JOURNEY);
    expect(await estimates.rebuild()).toBe(12);
    await ingest('JJD000000000003', JOURNEY.slice(0, 2));
    await relay.drain();
    const shipment = await findShipmentByNumber(store.db, tenantId, 'JJD000000000003');
    expect(shipment?.estimate?.basis).toMatch(/^based on 12 similar .*shipments/);
  });

  it('stops estimating once delivered, and re-estimates quiet shipments daily', async () => {
    await ingest('JJD000000000004', JOURNEY.slice(0, 3));
    await relay.drain();
    expect(await estimates.reestimateQuiet()).toBe(0);
    const later = new Estimates(store, { clock: () => new Date(NOW.getTime() + 25 * 3600 * 1000) });
    expect(await later.reestimateQuiet()).toBe(1);
    await ingest('JJD000000000004', JOURNEY.slice(3));
    await relay.drain();
    expect(await later.reestimateQuiet()).toBe(0);
  });

  it('predicts again when the window has begun without the parcel, and says the promise is at risk', async () => {
    await ingest('JJD000000000006', JOURNEY.slice(0, 3), '2026-11-24');
    await relay.drain();
    const first = await findShipmentByNumber(store.db, tenantId, 'JJD000000000006');
    expect(first?.estimate).toMatchObject({ earliest: '2026-11-23' });
    // Estimated less than a day ago (so the daily rule does not apply), on the 24th: the window
    // began yesterday and the parcel is still on its way.
    await store.db
      .updateTable('shipments')
      .set({ estimated_at: '2026-11-24T02:00:00.000Z' })
      .where('id', '=', first!.id)
      .execute();
    const at = (iso: string) => new Estimates(store, { clock: () => new Date(iso) });
    // Within a few hours of the last estimate it waits; after them it predicts again.
    expect(await at('2026-11-24T04:00:00Z').reestimateQuiet()).toBe(0);
    expect(await at('2026-11-24T06:00:00Z').reestimateQuiet()).toBe(1);
    const again = await findShipmentByNumber(store.db, tenantId, 'JJD000000000006');
    expect(again?.estimate?.earliest).toBe('2026-11-24');
    expect(again?.estimate?.predictedAt).toBe('2026-11-24T06:00:00.000Z');
    expect(again?.delayReasons).toEqual(['promise_at_risk']);
    // A window that has not begun is left alone.
    expect(await at('2026-11-24T10:00:00Z').reestimateQuiet()).toBe(0);
  });
});
