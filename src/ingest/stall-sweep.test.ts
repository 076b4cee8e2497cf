import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, type TestStore } from '../../test/helpers/dialects.js';
import { scan } from '../../test/helpers/scans.js';
import { waitFor } from '../../test/helpers/wait.js';
import { weekdayCalendar, type BusinessCalendar } from '../domain/business-days.js';
import { deriveFacts } from '../domain/stall.js';
import type { IngestItem } from './ingest-item.js';
import { IngestPipeline } from './pipeline.js';
import { registerShipment } from './register-shipment.js';
import { storedState } from './shipment-state.js';
import { StallSweeper, sweepStalled } from './stall-sweep.js';
import { createTenant } from '../store/repositories/tenants.js';

// November 2026: the 16th and 23rd are Mondays, the 21st and 22nd a weekend.
const MON_16 = '2026-11-16T10:00:00Z';
const WED_18 = '2026-11-18T10:00:00Z';
const THU_19 = '2026-11-19T10:00:00Z';
const FRI_20 = '2026-11-20T10:00:00Z';
const MON_23 = '2026-11-23T12:00:00Z';
const TUE_24 = '2026-11-24T12:00:00Z';
const WED_25 = '2026-11-25T12:00:00Z';

const at = (iso: string) => new Date(iso);

describe.each(DIALECTS)('stall sweep on %s', (dialect) => {
  let store: TestStore;
  let tenantId: string;
  let now: Date;
  let pipeline: IngestPipeline;

  beforeEach(async () => {
    store = await freshStore(dialect);
    tenantId = (await createTenant(store.db, 'Shop', at(MON_16))).id;
    now = at(MON_16);
    pipeline = new IngestPipeline(store, { clock: () => now });
  });
  afterEach(() => store.dispose());

  /** One scan for `number`, ingested at the moment it happened. */
  const scanAt = async (number: string, occurredAt: string, status = 'in_transit.linehaul') => {
    now = at(occurredAt);
    const item: IngestItem = scan({
      tenantId,
      trackingNumber: number,
      occurredAt,
      status,
      rawCode: occurredAt,
    });
    const result = await pipeline.ingest([item]);
    expect(result.rejected).toEqual([]);
  };
  const stalledMessages = async () =>
    store.db
      .selectFrom('outbox')
      .select(['tenant_id', 'shipment_id', 'payload'])
      .where('type', '=', 'stalled')
      .orderBy('seq')
      .execute();
  const flagOf = async (number: string) =>
    (
      await store.db
        .selectFrom('shipments')
        .select('stalled')
        .where('tracking_number', '=', number)
        .executeTakeFirstOrThrow()
    ).stalled;

  it('measures silence to the moment nowFor gives a shipment (the simulator replaying its past)', async () => {
    await scanAt('WB0000000011', MON_16);
    await scanAt('WB0000000012', MON_16);
    const replayed = (number: string) => (number === 'WB0000000011' ? at(WED_18) : undefined);
    const sweep = await sweepStalled(store, {
      now: at(WED_25),
      nowFor: (shipment) => replayed(shipment.tracking_number),
    });
    // Silent to Wednesday the 18th is within the limit; to the 25th it is not.
    expect(await flagOf('WB0000000011')).toBe(0);
    expect(await flagOf('WB0000000012')).toBe(1);
    expect(sweep.stalledIds).toHaveLength(1);
  });

  it('stalls a shipment silent past its limit once, with one stalled message', async () => {
    await scanAt('WB0000000001', MON_16);
    const id = (await store.db.selectFrom('shipments').select('id').executeTakeFirstOrThrow()).id;

    expect((await sweepStalled(store, { now: at(WED_18) })).stalledIds).toEqual([]);
    const first = await sweepStalled(store, { now: at(THU_19) });
    expect(first.stalledIds).toEqual([id]);
    expect(await flagOf('WB0000000001')).toBe(1);

    const again = await sweepStalled(store, { now: at(FRI_20) });
    expect(again.stalledIds).toEqual([]);
    const messages = await stalledMessages();
    expect(messages).toHaveLength(1);
    expect(messages[0]?.tenant_id).toBe(tenantId);
    expect(messages[0]?.shipment_id).toBe(id);
    expect(JSON.parse(messages[0]?.payload ?? '{}')).toEqual({
      shipmentId: id,
      status: 'in_transit',
      substatus: 'in_transit.linehaul',
      businessDaysSilent: 3,
    });
  });

  it('leaves a shipment with a recent scan alone', async () => {
    await scanAt('WB0000000002', MON_16);
    await scanAt('WB0000000002', WED_18, 'in_transit.destination_facility');
    expect((await sweepStalled(store, { now: at(THU_19) })).stalledIds).toEqual([]);
    expect(await flagOf('WB0000000002')).toBe(0);
  });

  it('never stalls a delivered shipment, however long it stays quiet', async () => {
    await scanAt('WB0000000003', '2026-11-02T09:00:00Z', 'in_transit.picked_up');
    await scanAt('WB0000000003', '2026-11-03T09:00:00Z', 'delivered.signed');
    expect((await sweepStalled(store, { now: at(WED_25) })).stalledIds).toEqual([]);
    expect(await stalledMessages()).toEqual([]);
  });

  it('a new scan clears the flag, and a later silence stalls the shipment again', async () => {
    await scanAt('WB0000000004', MON_16);
    expect((await sweepStalled(store, { now: at(THU_19) })).stalledIds).toHaveLength(1);

    await scanAt('WB0000000004', FRI_20, 'in_transit.destination_facility');
    expect(await flagOf('WB0000000004')).toBe(0);
    // Friday's scan: Monday is the first business day of silence, Wednesday the third.
    expect((await sweepStalled(store, { now: at(MON_23) })).stalledIds).toEqual([]);
    expect((await sweepStalled(store, { now: at(WED_25) })).stalledIds).toHaveLength(1);
    expect(await flagOf('WB0000000004')).toBe(1);

    const payloads = (await stalledMessages()).map((m) => JSON.parse(m.payload) as { substatus: string });
    expect(payloads.map((p) => p.substatus)).toEqual([
      'in_transit.linehaul',
      'in_transit.destination_facility',
    ]);
  });

  it('does not count the weekend', async () => {
    await scanAt('WB0000000005', THU_19);
    // Four calendar days, but only Friday and Monday are business days.
    expect((await sweepStalled(store, { now: at(MON_23) })).stalledIds).toEqual([]);
    expect((await sweepStalled(store, { now: at(TUE_24) })).stalledIds).toHaveLength(1);
  });

  it('counts the days the calendar for that shipment says count', async () => {
    await scanAt('WB0000000006', THU_19);
    const everyDay: BusinessCalendar = { zone: 'UTC', isBusinessDay: () => true };
    const seen: string[] = [];
    const result = await sweepStalled(store, {
      now: at(MON_23),
      calendarFor: (row) => {
        seen.push(row.tracking_number);
        return everyDay;
      },
    });
    expect(seen).toEqual(['WB0000000006']);
    expect(result.stalledIds).toHaveLength(1);
  });

  it('counts a registered shipment without scans from its registration, and honours the policy', async () => {
    now = at(MON_16);
    await registerShipment(store, { tenantId, trackingNumber: 'WB0000000007', carrier: 'ups' }, now);
    // Pending may stay silent five business days by default; this policy allows two.
    expect((await sweepStalled(store, { now: at(WED_18), policy: { pending: 2 } })).stalledIds).toHaveLength(
      1,
    );
    const [message] = await stalledMessages();
    expect(JSON.parse(message?.payload ?? '{}')).toMatchObject({ status: 'pending', businessDaysSilent: 2 });
  });

  it('its candidate query misses no shipment that deriveFacts calls stalled, in any zone', async () => {
    // Wednesday 00:30 UTC, three days after Berlin left summer time: silences around every limit,
    // counted in zones fourteen hours ahead of UTC, eleven behind, and across a DST change.
    const sweepAt = at('2026-10-28T00:30:00Z');
    const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin'];
    const statuses = [
      'in_transit.linehaul',
      'out_for_delivery.on_vehicle',
      'attempt_failed.recipient_absent',
    ];
    const items: IngestItem[] = [];
    statuses.forEach((status, s) =>
      zones.forEach((_, z) => {
        for (let hours = 1; hours <= 130; hours += 7) {
          const occurredAt = new Date(sweepAt.getTime() - hours * 3_600_000).toISOString();
          const trackingNumber = `WB${s}${z}${String(hours).padStart(4, '0')}`;
          items.push(scan({ tenantId, trackingNumber, occurredAt, status, rawCode: 'X' }));
        }
      }),
    );
    now = sweepAt;
    await pipeline.ingest(items);
    const calendarFor = (row: { tracking_number: string }) => {
      const zone = zones[Number(row.tracking_number[3])] ?? 'UTC';
      return weekdayCalendar(zone);
    };

    const rows = await store.db.selectFrom('shipments').selectAll().execute();
    const expected = rows
      .filter(
        (row) =>
          deriveFacts(storedState(row), sweepAt.toISOString(), {}, calendarFor(row), row.created_at).stalled,
      )
      .map((row) => row.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.length);
    const result = await sweepStalled(store, { now: sweepAt, calendarFor });
    expect([...result.stalledIds].sort()).toEqual(expected);
  });

  it('pages through every tenant, reading each candidate once and keeping each message with its tenant', async () => {
    const other = (await createTenant(store.db, 'Other shop', at(MON_16))).id;
    for (let n = 0; n < 5; n += 1) await scanAt(`WB10000000${n}`, MON_16);
    // Silent since Tuesday: candidates on Thursday, but two business days short of stalling.
    for (let n = 0; n < 3; n += 1) await scanAt(`WB20000000${n}`, '2026-11-17T10:00:00Z');
    now = at(MON_16);
    await pipeline.ingest([scan({ tenantId: other, trackingNumber: 'WB100000000', occurredAt: MON_16 })]);

    const thursday = await sweepStalled(store, { now: at(THU_19), batchSize: 1 });
    expect(thursday.examined).toBe(9);
    expect(thursday.stalledIds).toHaveLength(6);
    const byTenant = (await stalledMessages()).map((m) => m.tenant_id);
    expect(byTenant.filter((t) => t === tenantId)).toHaveLength(5);
    expect(byTenant.filter((t) => t === other)).toHaveLength(1);

    const friday = await sweepStalled(store, { now: at(FRI_20), batchSize: 2 });
    expect(friday).toMatchObject({ examined: 3 });
    expect(friday.stalledIds).toHaveLength(3);
    expect((await sweepStalled(store, { now: at(FRI_20), batchSize: 2 })).examined).toBe(0);
  });

  it('StallSweeper sweeps on start and wakes the relay after a commit', async () => {
    await scanAt('WB0000000008', MON_16);
    let wakes = 0;
    const sweeper = new StallSweeper(store, { clock: () => at(THU_19), onCommitted: () => (wakes += 1) });
    try {
      sweeper.start();
      await waitFor(() => wakes === 1, 'the first sweep to commit a stalled message');
      expect((await sweeper.sweepOnce()).stalledIds).toEqual([]);
    } finally {
      await sweeper.stop();
    }
    expect(await stalledMessages()).toHaveLength(1);
  });
});
