import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { readOutboxAfter } from '../../src/store/repositories/outbox.js';
import { findShipmentByNumber, listEvents } from '../../src/store/repositories/shipments.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';
import { JOURNEY, scan } from '../helpers/scans.js';

const NOW = new Date('2026-11-22T12:00:00Z');

describe.each(DIALECTS)('ingest pipeline on %s', (dialect) => {
  let store: TestStore;
  let pipeline: IngestPipeline;
  let tenantId: string;

  beforeEach(async () => {
    store = await freshStore(dialect);
    pipeline = new IngestPipeline(store, { clock: () => NOW });
    tenantId = (await createTenant(store.db, 'Shop', NOW)).id;
  });
  afterEach(() => store.dispose());

  const journey = () => JOURNEY.map((part) => scan({ tenantId, ...part }));
  const outboxTypes = async () => (await readOutboxAfter(store.db, 0, 1000)).map((m) => m.type);

  it('registers the shipment, stores the scans and derives its state', async () => {
    const result = await pipeline.ingest(journey());
    expect(result).toMatchObject({ accepted: 7, duplicates: 0, rejected: [] });
    const shipment = await findShipmentByNumber(store.db, tenantId, 'SIM100000000001');
    expect(shipment).toMatchObject({
      status: 'delivered',
      substatus: 'delivered.signed',
      deliveredAt: '2026-11-21T12:12:00.000Z',
      lastLocation: { city: 'Berlin', country: 'DE', postalCode: '10115' },
    });
    const events = await listEvents(store.db, tenantId, shipment!.id);
    expect(events).toHaveLength(7);
    expect(events[0]).toMatchObject({ occurredAt: '2026-11-18T16:02:00.000Z', zone: '+01:00' });
    expect(await outboxTypes()).toEqual(['shipment.created', 'status.changed', 'delivered']);
  });

  it('a new shipment whose one batch repeats and shuffles its scans ends as scan-by-scan arrival does', async () => {
    const scans = journey();
    const batch = [scans[3]!, ...scans, scans[0]!, scans[6]!].reverse();
    expect(await pipeline.ingest(batch)).toMatchObject({ accepted: 7, duplicates: 3 });
    const otherTenant = (await createTenant(store.db, 'Other shop', NOW)).id;
    for (const part of JOURNEY) await pipeline.ingest([scan({ tenantId: otherTenant, ...part })]);

    const derived = (s: Awaited<ReturnType<typeof findShipmentByNumber>>) => {
      const { id: _id, tenantId: _tenant, createdAt: _c, updatedAt: _u, ...rest } = s!;
      return rest;
    };
    const oneBatch = await findShipmentByNumber(store.db, tenantId, 'SIM100000000001');
    const oneByOne = await findShipmentByNumber(store.db, otherTenant, 'SIM100000000001');
    expect(derived(oneBatch)).toEqual(derived(oneByOne));
    expect(oneBatch).toMatchObject({ status: 'delivered', deliveredAt: '2026-11-21T12:12:00.000Z' });
    const first = (await readOutboxAfter(store.db, 0, 1000)).filter((m) => m.tenantId === tenantId);
    expect(first.map((m) => m.type)).toEqual(['shipment.created', 'status.changed', 'delivered']);
  });

  it('the same batch twice changes nothing the second time', async () => {
    await pipeline.ingest(journey());
    const before = await outboxTypes();
    const again = await pipeline.ingest(journey());
    expect(again).toMatchObject({ accepted: 0, duplicates: 7 });
    expect(await outboxTypes()).toEqual(before);
    const shipment = await findShipmentByNumber(store.db, tenantId, 'SIM100000000001');
    expect(await listEvents(store.db, tenantId, shipment!.id)).toHaveLength(7);
  });

  it('a scan that leaves the state as it was still writes one message, so open pages see it', async () => {
    const [label, picked, origin] = journey();
    await pipeline.ingest([label!, picked!, origin!]);
    const before = (await readOutboxAfter(store.db, 0, 1000)).length;
    // Another facility scan: same substatus, a later time, another place.
    const next = scan({
      tenantId,
      occurredAt: '2026-11-20T01:15:00+01:00',
      status: 'in_transit.origin_facility',
      rawCode: 'OF',
      rawDescription: 'Departed facility Dresden',
      location: { city: 'Dresden', country: 'DE' },
    });
    const again = scan({
      ...next,
      rawDescription: 'Departed facility Leipzig',
      occurredAt: '2026-11-20T02:15:00+01:00',
    });
    expect(await pipeline.ingest([next, again])).toMatchObject({ accepted: 2 });
    const added = (await readOutboxAfter(store.db, 0, 1000)).slice(before);
    expect(added.map((m) => [m.type, m.payload])).toEqual([['scans.stored', { scans: 2 }]]);
    const shipment = await findShipmentByNumber(store.db, tenantId, 'SIM100000000001');
    expect(added[0]!.shipmentId).toBe(shipment!.id);
    // A scan we already had is no news.
    await pipeline.ingest([next]);
    expect(await readOutboxAfter(store.db, 0, 1000)).toHaveLength(before + 1);
  });

  it('a correction repeating the corrected scan minute, code and place is kept beside it and wins', async () => {
    await pipeline.ingest(journey());
    const shipment = await findShipmentByNumber(store.db, tenantId, 'SIM100000000001');
    const delivered = (await listEvents(store.db, tenantId, shipment!.id)).find((e) => e.rawCode === 'DL')!;
    const correction = scan({
      tenantId,
      ...JOURNEY[6],
      status: 'attempt_failed.recipient_absent',
      rawDescription: 'Correction: recipient not at home',
      corrects: delivered.dedupeKey,
    });
    expect(await pipeline.ingest([correction])).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(await pipeline.ingest([correction])).toMatchObject({ accepted: 0, duplicates: 1 });
    const after = await findShipmentByNumber(store.db, tenantId, 'SIM100000000001');
    expect(after).toMatchObject({ status: 'attempt_failed', deliveredAt: null });
    const rows = (await listEvents(store.db, tenantId, shipment!.id)).filter((e) => e.rawCode === 'DL');
    expect(rows.map((e) => e.substatus).sort()).toEqual([
      'attempt_failed.recipient_absent',
      'delivered.signed',
    ]);
  });

  it('arrival order does not change the result', async () => {
    const reversed = journey().reverse();
    for (const item of reversed) await pipeline.ingest([item]);
    const shipment = await findShipmentByNumber(store.db, tenantId, 'SIM100000000001');
    expect(shipment).toMatchObject({ status: 'delivered', substatus: 'delivered.signed' });
  });

  it('a stray scan after delivery does not overturn it, a return does', async () => {
    await pipeline.ingest(journey());
    await pipeline.ingest([
      scan({ tenantId, occurredAt: '2026-11-21T18:00:00+01:00', status: 'in_transit', rawCode: 'X' }),
    ]);
    expect(await findShipmentByNumber(store.db, tenantId, 'SIM100000000001')).toMatchObject({
      status: 'delivered',
    });
    await pipeline.ingest([
      scan({ tenantId, occurredAt: '2026-11-22T09:00:00+01:00', status: 'return_to_sender', rawCode: 'RS' }),
    ]);
    expect(await findShipmentByNumber(store.db, tenantId, 'SIM100000000001')).toMatchObject({
      status: 'return_to_sender',
    });
  });

  it('one bad scan is rejected with its reason and the rest of the batch is stored', async () => {
    const result = await pipeline.ingest([
      scan({ tenantId }),
      scan({ tenantId, occurredAt: '2026-11-20T09:15:00' }),
      scan({ tenantId, status: 'teleported' }),
      scan({ tenantId, trackingNumber: 'x' }),
      scan({ tenantId, occurredAt: '2026-11-20T09:15:00', zone: 'Europe/Berlin', rawCode: 'Z' }),
    ]);
    expect(result.accepted).toBe(2);
    expect(result.rejected).toEqual([
      { index: 1, field: 'occurredAt', reason: 'has no UTC offset; give one or a zone' },
      { index: 2, field: 'status', reason: '"teleported" is not a status or substatus code' },
      { index: 3, field: 'trackingNumber', reason: expect.stringContaining('4 to 40') },
    ]);
    const shipment = await findShipmentByNumber(store.db, tenantId, 'SIM100000000001');
    const events = await listEvents(store.db, tenantId, shipment!.id);
    expect(events.find((e) => e.rawCode === 'Z')).toMatchObject({
      zone: 'Europe/Berlin',
      occurredAt: '2026-11-20T08:15:00.000Z',
    });
  });

  it('a batch with only bad scans writes nothing', async () => {
    const result = await pipeline.ingest([scan({ tenantId, status: 'nope' })]);
    expect(result.accepted).toBe(0);
    expect(await findShipmentByNumber(store.db, tenantId, 'SIM100000000001')).toBeUndefined();
  });

  it('keeps tenants apart: the same number is two shipments', async () => {
    const other = (await createTenant(store.db, 'Other shop', NOW)).id;
    await pipeline.ingest([scan({ tenantId }), scan({ tenantId: other, status: 'delivered' })]);
    expect(await findShipmentByNumber(store.db, tenantId, 'SIM100000000001')).toMatchObject({
      status: 'in_transit',
    });
    expect(await findShipmentByNumber(store.db, other, 'SIM100000000001')).toMatchObject({
      status: 'delivered',
    });
  });

  it('normalises tracking numbers typed with spaces, dashes and lower case', async () => {
    await pipeline.ingest([scan({ tenantId, trackingNumber: ' sim-1000 0000 0001 ' })]);
    expect(await findShipmentByNumber(store.db, tenantId, 'SIM100000000001')).toBeDefined();
  });

  it('a rolled-back batch leaves nothing behind', async () => {
    const failing = new IngestPipeline(store, { clock: () => NOW });
    // A scan pointing at a tenant that does not exist violates the foreign key at commit time.
    await expect(
      failing.ingest([scan({ tenantId }), scan({ tenantId: 'no-such-tenant' })]),
    ).rejects.toThrow();
    expect(await findShipmentByNumber(store.db, tenantId, 'SIM100000000001')).toBeUndefined();
    expect(await outboxTypes()).toEqual([]);
  });
});
