import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CarrierScan, ParseResult } from '../../src/carriers/carrier.js';
import { dedupeKeyOf } from '../../src/domain/dedupe-key.js';
import { ingestCarrierResult } from '../../src/ingest/carrier-ingest.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { registerShipment } from '../../src/ingest/register-shipment.js';
import { listUnmappedCodes } from '../../src/store/repositories/unmapped-codes.js';
import { findShipmentByNumber, listEvents } from '../../src/store/repositories/shipments.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const POLL = { adapter: 'acme', mode: 'pull', requestId: 'req-1' } as const;

function carrierScan(overrides: Partial<CarrierScan> = {}): CarrierScan {
  return {
    trackingNumber: 'ACME0000000001',
    carrier: 'acme',
    occurredAt: '2026-11-20T09:15:00+01:00',
    status: 'in_transit.origin_facility',
    rawCode: 'OF',
    rawDescription: 'Arrived at origin facility',
    location: { city: 'Berlin', country: 'DE', postalCode: '10115' },
    ...overrides,
  };
}

const result = (scans: CarrierScan[], problems: ParseResult['problems'] = []): ParseResult => ({
  scans,
  problems,
});

describe.each(DIALECTS)('ingestCarrierResult on %s', (dialect) => {
  let store: TestStore;
  let pipeline: IngestPipeline;
  let shopA: string;
  let shopB: string;
  let deps: { store: TestStore; pipeline: IngestPipeline };

  beforeEach(async () => {
    store = await freshStore(dialect);
    pipeline = new IngestPipeline(store, { clock: () => NOW });
    shopA = (await createTenant(store.db, 'Shop A', NOW)).id;
    shopB = (await createTenant(store.db, 'Shop B', NOW)).id;
    deps = { store, pipeline };
  });
  afterEach(() => store.dispose());

  const track = (tenantId: string, trackingNumber: string, carrier = 'acme') =>
    registerShipment(store, { tenantId, trackingNumber, carrier }, NOW);

  it('with a tenant, registers an unknown number for that tenant and stores its scans', async () => {
    const outcome = await ingestCarrierResult(deps, {
      carrier: 'acme',
      tenantId: shopA,
      source: { adapter: 'x12-214', mode: 'import' },
      result: result([carrierScan({ trackingNumber: 'acme-0000 000001' })]),
    });
    expect(outcome).toEqual({ accepted: 1, duplicates: 0, rejected: 0, untracked: [], problems: [] });
    const shipment = await findShipmentByNumber(store.db, shopA, 'ACME0000000001');
    expect(shipment).toMatchObject({ carrier: 'acme', status: 'in_transit' });
    expect(await findShipmentByNumber(store.db, shopB, 'ACME0000000001')).toBeUndefined();
  });

  it('without a tenant, fans a scan out to every tenant tracking the number with that carrier', async () => {
    await track(shopA, 'ACME0000000001');
    await track(shopB, 'ACME0000000001');
    const shopC = (await createTenant(store.db, 'Shop C', NOW)).id;
    await track(shopC, 'ACME0000000001', 'other'); // same number, another carrier: not ours
    const outcome = await ingestCarrierResult(deps, {
      carrier: 'acme',
      source: POLL,
      result: result([carrierScan(), carrierScan({ trackingNumber: 'ACME0000000999' })]),
    });
    expect(outcome).toMatchObject({ accepted: 2, duplicates: 0, rejected: 0, untracked: ['ACME0000000999'] });
    for (const tenant of [shopA, shopB]) {
      const shipment = await findShipmentByNumber(store.db, tenant, 'ACME0000000001');
      expect(shipment).toMatchObject({ status: 'in_transit' });
      const events = await listEvents(store.db, tenant, shipment!.id);
      expect(events).toHaveLength(1);
      expect(events[0]!.source).toEqual(POLL);
    }
    expect(await findShipmentByNumber(store.db, shopC, 'ACME0000000001')).toMatchObject({
      status: 'pending',
    });
    // Nobody tracks the other number: it is reported, not registered.
    expect(await findShipmentByNumber(store.db, shopA, 'ACME0000000999')).toBeUndefined();
    expect(await findShipmentByNumber(store.db, shopB, 'ACME0000000999')).toBeUndefined();
  });

  it('the same answer twice stores nothing the second time', async () => {
    await track(shopA, 'ACME0000000001');
    const input = { carrier: 'acme', source: POLL, result: result([carrierScan()]) };
    await ingestCarrierResult(deps, input);
    expect(await ingestCarrierResult(deps, input)).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it('passes parse problems through and reports a bad scan once, however many tenants track it', async () => {
    await track(shopA, 'ACME0000000001');
    await track(shopB, 'ACME0000000001');
    const notFound = {
      kind: 'not_found',
      message: 'unknown number',
      trackingNumber: 'ACME0000000777',
    } as const;
    const outcome = await ingestCarrierResult(deps, {
      carrier: 'acme',
      source: POLL,
      result: result([carrierScan(), carrierScan({ rawCode: 'X', status: 'teleported' })], [notFound]),
    });
    expect(outcome.accepted).toBe(2);
    expect(outcome.rejected).toBe(1);
    expect(outcome.problems).toEqual([
      notFound,
      {
        kind: 'invalid_payload',
        message: 'status "teleported" is not a status or substatus code',
        trackingNumber: 'ACME0000000001',
        at: '/scans/1/status',
      },
    ]);
  });

  it('without a tenant, a malformed number is a rejected scan, not an untracked number', async () => {
    const outcome = await ingestCarrierResult(deps, {
      carrier: 'acme',
      source: POLL,
      result: result([carrierScan({ trackingNumber: '!!' })]),
    });
    expect(outcome).toMatchObject({ accepted: 0, rejected: 1, untracked: [] });
    expect(outcome.problems).toEqual([
      expect.objectContaining({ kind: 'invalid_payload', at: '/scans/0/trackingNumber' }),
    ]);
  });

  it('counts an unmapped code once per new scan, with its raw code and a sample description', async () => {
    await track(shopA, 'ACME0000000001');
    await track(shopB, 'ACME0000000001');
    const odd = (minute: string, description: string) =>
      carrierScan({
        occurredAt: `2026-11-21T10:${minute}:00+01:00`,
        status: 'in_transit.other',
        rawCode: 'ZQ',
        rawDescription: description,
        unmapped: true,
      });
    const first = result([carrierScan(), odd('00', 'Held at hub'), odd('05', 'Held at hub, again')]);
    await ingestCarrierResult(deps, { carrier: 'acme', source: POLL, result: first });
    // The poll comes back with the same history: nothing new to count.
    await ingestCarrierResult(deps, { carrier: 'acme', source: POLL, result: first });
    expect(await listUnmappedCodes(store.db)).toEqual([
      {
        carrier: 'acme',
        rawCode: 'ZQ',
        count: 2,
        firstSeenAt: expect.any(String),
        lastSeenAt: expect.any(String),
        sampleDescription: 'Held at hub, again',
      },
    ]);
    // The scan keeps its raw code and its safe status.
    const shipment = await findShipmentByNumber(store.db, shopA, 'ACME0000000001');
    const events = await listEvents(store.db, shopA, shipment!.id);
    expect(events.filter((e) => e.rawCode === 'ZQ').map((e) => e.substatus)).toEqual([
      'in_transit.other',
      'in_transit.other',
    ]);
  });

  it('a carrier correction keeps the original scan in the stored history', async () => {
    await track(shopA, 'ACME0000000001');
    const wrong = carrierScan({
      occurredAt: '2026-11-21T14:00:00+01:00',
      status: 'delivered.standard',
      rawCode: 'DL',
    });
    await ingestCarrierResult(deps, {
      carrier: 'acme',
      source: POLL,
      result: result([carrierScan(), wrong]),
    });
    expect(await findShipmentByNumber(store.db, shopA, 'ACME0000000001')).toMatchObject({
      status: 'delivered',
    });

    const wrongKey = dedupeKeyOf({
      carrier: 'acme',
      trackingNumber: 'ACME0000000001',
      occurredAt: '2026-11-21T13:00:00.000Z',
      rawCode: 'DL',
      location: wrong.location ?? null,
    });
    const fix = carrierScan({
      occurredAt: '2026-11-21T14:00:00+01:00',
      status: 'attempt_failed.recipient_absent',
      rawCode: 'NA',
      rawDescription: 'Delivery attempted, recipient absent (correction)',
      corrects: wrongKey,
    });
    await ingestCarrierResult(deps, { carrier: 'acme', source: POLL, result: result([fix]) });

    const shipment = await findShipmentByNumber(store.db, shopA, 'ACME0000000001');
    expect(shipment).toMatchObject({ status: 'attempt_failed' });
    const events = await listEvents(store.db, shopA, shipment!.id);
    expect(events.map((e) => e.rawCode).sort()).toEqual(['DL', 'NA', 'OF']);
    expect(events.find((e) => e.rawCode === 'DL')).toMatchObject({
      dedupeKey: wrongKey,
      substatus: 'delivered.standard',
    });
    expect(events.find((e) => e.rawCode === 'NA')).toMatchObject({ corrects: wrongKey });
  });
});
