import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerShipment } from '../../src/ingest/register-shipment.js';
import type { ChannelId } from '../../src/notify/channel.js';
import { NotificationDispatcher } from '../../src/notify/dispatcher.js';
import { addRecipient } from '../../src/notify/recipients.js';
import type { OutboxMessage } from '../../src/store/repositories/outbox.js';
import { createTenant, saveTenantSetting } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';

// The dispatcher decides a relay batch in memory with a handful of statements (plan-batch.ts).
// Whatever the events, rules and cap, that must give what handling the same events one at a
// time gives: the same outcomes, the same digests, the same queue.

const NOW = new Date('2026-11-26T14:00:00Z');
const CHANNELS: readonly ChannelId[] = ['email', 'sms', 'push'];

/** Events that fire each topic kind: status changes and a delivery. */
const EVENTS = [
  { type: 'status.changed', from: 'info_received.label_created', to: 'in_transit.picked_up' },
  { type: 'status.changed', from: 'in_transit.destination_facility', to: 'out_for_delivery.on_vehicle' },
  { type: 'status.changed', from: 'out_for_delivery.on_vehicle', to: 'attempt_failed.recipient_absent' },
  { type: 'status.changed', from: 'in_transit.hub', to: 'available_for_pickup.pickup_point' },
  { type: 'status.changed', from: 'attempt_failed.recipient_absent', to: 'return_to_sender.in_transit' },
  { type: 'delivered', from: '', to: 'delivered.standard' },
] as const;
const TOPICS = [
  'shipped',
  'out_for_delivery',
  'failed_attempt',
  'available_for_pickup',
  'returned',
  'delivered',
];

const scenario = fc.record({
  cap: fc.integer({ min: 1, max: 4 }),
  // Per topic, the channels it goes to: recipients of one shipment then merge some events only.
  rules: fc.tuple(...TOPICS.map(() => fc.subarray([...CHANNELS], { minLength: 1 }))),
  events: fc.array(
    fc.record({
      shipment: fc.integer({ min: 0, max: 1 }),
      event: fc.integer({ min: 0, max: EVENTS.length - 1 }),
      nextDay: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  // The first batch ends here; the second starts at `replayFrom`, so it may repeat handled ones.
  split: fc.nat(),
  replayFrom: fc.nat(),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

describe.each(DIALECTS)('a dispatcher batch decides as one event at a time would (%s)', (dialect) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore(dialect);
  });
  afterAll(async () => {
    await store.dispose();
  });

  let runs = 0;
  /** Dispatches the scenario's two batches, whole or one message at a time; what came of it. */
  async function run(s: Scenario, whole: boolean) {
    const tenant = await createTenant(store.db, `Shop ${(runs += 1)}`, NOW);
    await saveTenantSetting(store.db, tenant.id, 'notifications', {
      dailyCap: s.cap,
      rules: Object.fromEntries(TOPICS.map((topic, i) => [topic, { channels: s.rules[i] }])),
    });
    const shipments: string[] = [];
    for (const n of [0, 1]) {
      const { shipment } = await registerShipment(
        store,
        { tenantId: tenant.id, trackingNumber: `PROP${runs}X${n}`, carrier: 'simulator' },
        NOW,
      );
      shipments.push(shipment.id);
      for (const channel of CHANNELS)
        await addRecipient(
          store.db,
          {
            tenantId: tenant.id,
            shipmentId: shipment.id,
            channel,
            address:
              channel === 'email'
                ? `c${n}@example.com`
                : channel === 'sms'
                  ? `+491511234567${n}`
                  : `https://push.example.com/${n}`,
            details: {},
            locale: 'en',
            timeZone: 'Europe/Berlin',
            consentText: 't',
          },
          NOW,
        );
    }
    const messages: OutboxMessage[] = s.events.map((e, i) => {
      const { type, from, to } = EVENTS[e.event]!;
      const shipmentId = shipments[e.shipment]!;
      const at = new Date(NOW.getTime() + (e.nextDay ? 86_400_000 : 0) + i * 60_000).toISOString();
      return {
        seq: i + 1,
        position: i + 1,
        id: `${tenant.id}-${i}`,
        tenantId: tenant.id,
        shipmentId,
        type,
        payload:
          type === 'delivered'
            ? { shipmentId, substatus: to, deliveredAt: at }
            : {
                shipmentId,
                from: { status: from.split('.')[0], substatus: from },
                to: { status: to.split('.')[0], substatus: to },
              },
        createdAt: at,
        requestId: null,
      };
    });
    const split = s.split % (messages.length + 1);
    const batches = [messages.slice(0, split), messages.slice(Math.min(split, s.replayFrom % (split + 1)))];
    const dispatcher = new NotificationDispatcher(store, {
      dailyCap: 4,
      digestWindowMs: 60_000,
      clock: () => NOW,
    });
    const outcomes = [];
    for (const batch of batches) {
      if (whole) outcomes.push(await dispatcher.dispatchBatch(batch));
      else {
        const each = [];
        for (const message of batch) each.push(await dispatcher.dispatch(message));
        outcomes.push(each);
      }
    }
    // What a reader sees, with this run's ids replaced by positions.
    const local = (id: string | null) => (id === null ? null : id.replace(`${tenant.id}-`, ''));
    const firings = await store.db
      .selectFrom('notification_firings')
      .select(['id', 'outbox_id', 'outcome', 'merged_into'])
      .where('tenant_id', '=', tenant.id)
      .orderBy('outbox_id')
      .execute();
    const outboxOf = new Map(firings.map((f) => [f.id, f.outbox_id]));
    const recipients = await store.db
      .selectFrom('notification_recipients')
      .select(['id', 'channel', 'shipment_id'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    const recipientOf = new Map(
      recipients.map((r) => [r.id, `${shipments.indexOf(r.shipment_id)}:${r.channel}`]),
    );
    const queue = await store.db
      .selectFrom('notification_messages')
      .select(['recipient_id', 'firing_id', 'event_type', 'context', 'status'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    return {
      outcomes,
      firings: firings.map((f) => ({
        event: local(f.outbox_id),
        outcome: f.outcome,
        mergedInto: local(f.merged_into === null ? null : (outboxOf.get(f.merged_into) ?? 'unknown')),
      })),
      queue: queue
        .map((m) => ({
          recipient: recipientOf.get(m.recipient_id),
          event: local(outboxOf.get(m.firing_id) ?? 'unknown'),
          eventType: m.event_type,
          status: m.status,
          topics: (JSON.parse(m.context) as { topics: { topic: string; at: string }[] }).topics.map(
            (t) => `${t.topic}@${t.at}`,
          ),
        }))
        .sort((a, b) => `${a.recipient}${a.event}`.localeCompare(`${b.recipient}${b.event}`)),
    };
  }

  it('gives the same outcomes, digests and queue for random events, rules and caps', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const oneByOne = await run(s, false);
        const batched = await run(s, true);
        expect(batched).toEqual(oneByOne);
      }),
      { numRuns: 30 },
    );
  });
});
