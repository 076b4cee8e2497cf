import type { StoreCapabilities } from '../store/dialects/capabilities.js';
import { chunksFor, type Executor } from '../store/executor.js';
import { newId } from '../store/ids.js';
import type { OutboxMessage } from '../store/repositories/outbox.js';
import { ID_LIST_LIMIT, unique } from './batch-reads.js';
import type { ChannelId, Recipient } from './channel.js';
import { confirmationGroup } from './confirmation/group.js';
import { parcelsOfOrders } from './confirmation/order-parcels.js';
import { idempotencyKeyFor, type MessageContext } from './queue.js';
import type { FiredTopic } from './templates/compose.js';
import type { Topic } from './topics.js';

export type DispatchOutcome =
  'planned' | 'merged' | 'duplicate' | 'capped' | 'no_recipients' | 'not_notifying' | 'paused';

/** One event of a batch that fires a topic for recipients, with what its planning needs. */
export interface Firing {
  readonly message: OutboxMessage;
  readonly shipmentId: string;
  readonly topic: Topic;
  readonly fired: FiredTopic;
  readonly recipients: readonly Recipient[];
  readonly day: string;
  readonly cap: number;
  /** A shipping confirmation's order: its parcels of one local day share one message. */
  readonly orderId?: string | undefined;
}

/** A queued message not yet sent nor attempted: a digest can still take a topic into it. */
interface Waiting {
  readonly id: string;
  readonly tenantId: string;
  readonly shipmentId: string;
  readonly recipientId: string;
  readonly channel: ChannelId;
  readonly firingId: string;
  readonly topics: FiredTopic[];
  /** A shipping confirmation's group; other topics never join a confirmation, nor it them. */
  readonly group: string | undefined;
  eventType: string;
  /** Made by this batch (inserted at the end) rather than read from the queue (updated). */
  readonly made: boolean;
  merged: boolean;
}

/**
 * Plans a dispatcher batch inside its transaction: the outcome of each firing, in outbox order,
 * exactly as handling the events one at a time would give, in about eight statements per batch
 * (plus one per message queued before the batch that takes a digest line) rather than five or
 * six per event. The batch's events are decided in memory one after the other, so a later one
 * sees what an earlier one planned (a digest merge, the daily count).
 *
 * Per event: a firing row keyed by the outbox message id (an event handled before is a duplicate
 * and changes nothing); dedupe per (shipment, topic, local day); the topic merged into each
 * recipient's message still waiting to go out (a shipping confirmation: into the confirmation its
 * order's parcels of the same local day wait in, to the same address); otherwise, below the daily
 * cap, new messages.
 */
export async function planBatch(
  trx: Executor,
  caps: StoreCapabilities,
  firings: readonly Firing[],
  now: Date,
  dueAt: Date,
): Promise<DispatchOutcome[]> {
  const at = now.toISOString();
  const ids = firings.map(() => newId(now.getTime()));
  const outcomes: DispatchOutcome[] = firings.map(() => 'planned');
  const mergedInto: (string | null)[] = firings.map(() => null);

  // 1. One firing per outbox message. Written first, as 'planned': on PostgreSQL a second
  // dispatcher on the same batch waits here for this one's commit and then finds them all.
  const inserted = new Set<string>();
  for (const chunk of chunksFor(
    firings.map((f, i) => ({ f, id: ids[i]! })),
    10,
    caps.maxParameters,
  )) {
    const rows = await trx
      .insertInto('notification_firings')
      .values(
        chunk.map(({ f, id }) => ({
          id,
          tenant_id: f.message.tenantId,
          shipment_id: f.shipmentId,
          outbox_id: f.message.id,
          event_type: f.message.type,
          topic: f.topic,
          local_day: f.day,
          outcome: 'planned',
          merged_into: null,
          created_at: at,
        })),
      )
      .onConflict((oc) => oc.column('outbox_id').doNothing())
      .returning('id')
      .execute();
    for (const row of rows) inserted.add(row.id);
  }
  const fresh = ids.map((id) => inserted.has(id));
  fresh.forEach((isFresh, i) => {
    if (!isFresh) outcomes[i] = 'duplicate'; // this event, again: its firing stays as it was
  });

  // 2. Dedupe per (shipment, topic, local day): the first firing of a key in the batch takes it,
  // if no earlier batch did.
  const firstOfKey = new Map<string, number>();
  firings.forEach((f, i) => {
    if (!fresh[i]) return;
    const key = `${f.shipmentId}\u0000${f.topic}\u0000${f.day}`;
    if (firstOfKey.has(key)) outcomes[i] = 'duplicate';
    else firstOfKey.set(key, i);
  });
  const dayTaken = new Set<string>();
  const candidates = [...firstOfKey.values()];
  for (const chunk of chunksFor(candidates, 4, caps.maxParameters)) {
    const rows = await trx
      .insertInto('notification_topic_days')
      .values(
        chunk.map((i) => ({
          shipment_id: firings[i]!.shipmentId,
          topic: firings[i]!.topic,
          local_day: firings[i]!.day,
          firing_id: ids[i]!,
        })),
      )
      .onConflict((oc) => oc.columns(['shipment_id', 'topic', 'local_day']).doNothing())
      .returning('firing_id')
      .execute();
    for (const row of rows) dayTaken.add(row.firing_id);
  }
  for (const i of candidates) if (!dayTaken.has(ids[i]!)) outcomes[i] = 'duplicate';
  const going = candidates.filter((i) => outcomes[i] === 'planned').sort((a, b) => a - b);

  // 3. What the events are decided against: the messages still waiting (for a confirmation, those
  // of every parcel of its order), and the day's counts.
  const shipmentIds = unique(going.map((i) => firings[i]!.shipmentId));
  const parcelsOf = await parcelsOfOrders(
    trx,
    going.flatMap((i) => (firings[i]!.orderId === undefined ? [] : [firings[i]!.orderId!])),
  );
  const waiting = await waitingMessages(
    trx,
    caps,
    unique([...shipmentIds, ...[...parcelsOf.values()].flat()]),
  );
  const planned = await plannedPerDay(trx, shipmentIds, [...inserted]);

  // 4. One event after the other, in outbox order.
  const made: Waiting[] = [];
  for (const i of going) {
    const f = firings[i]!;
    const queue = waiting.get(f.shipmentId) ?? [];
    waiting.set(f.shipmentId, queue);
    const unmerged: Recipient[] = [];
    let into: string | null = null;
    const group = (recipient: Recipient) =>
      f.orderId === undefined
        ? undefined
        : confirmationGroup(f.orderId, f.day, recipient.channel, recipient.address);
    // A confirmation joins the one its order's parcels of the day are waiting in; any other topic
    // joins the recipient's waiting message about this shipment.
    const joinable = (recipient: Recipient): Waiting[] => {
      const key = group(recipient);
      if (key === undefined)
        return queue.filter((w) => w.group === undefined && w.recipientId === recipient.id);
      const parcels = unique([f.shipmentId, ...(parcelsOf.get(f.orderId!) ?? [])]);
      return parcels.flatMap((id) => waiting.get(id) ?? []).filter((w) => w.group === key);
    };
    for (const recipient of f.recipients) {
      const pending = joinable(recipient)[0];
      if (!pending) {
        unmerged.push(recipient);
        continue;
      }
      // A message not yet sent to a recipient takes this topic as one more digest line.
      pending.topics.push(f.fired);
      pending.eventType = f.message.type;
      pending.merged = true;
      into = pending.firingId;
    }
    mergedInto[i] = into;
    if (unmerged.length === 0) {
      outcomes[i] = 'merged';
      continue;
    }
    const day = `${f.shipmentId}\u0000${f.day}`;
    if ((planned.get(day) ?? 0) >= f.cap) {
      outcomes[i] = 'capped';
      continue;
    }
    planned.set(day, (planned.get(day) ?? 0) + 1);
    for (const recipient of unmerged) {
      const message: Waiting = {
        id: newId(now.getTime()),
        tenantId: f.message.tenantId,
        shipmentId: f.shipmentId,
        recipientId: recipient.id,
        channel: recipient.channel,
        firingId: ids[i]!,
        topics: [f.fired],
        group: group(recipient),
        eventType: f.message.type,
        made: true,
        merged: false,
      };
      queue.push(message);
      made.push(message);
    }
  }

  // 5. Write what was decided.
  for (const w of [...waiting.values()].flat()) {
    if (w.made || !w.merged) continue;
    const result = await trx
      .updateTable('notification_messages')
      .set({
        context: contextOf(w),
        event_type: w.eventType,
        updated_at: at,
      })
      .where('id', '=', w.id)
      .where('status', '=', 'pending')
      .where('attempts', '=', 0)
      .executeTakeFirst();
    // The rows were read locked (or, on SQLite, nobody else writes meanwhile); should one have
    // gone anyway, the whole batch rolls back and comes again rather than lose the digest line.
    if (Number(result.numUpdatedRows) === 0)
      throw new Error(`queued message ${w.id} left the queue mid-batch`);
  }
  for (const chunk of chunksFor(made, 20, caps.maxParameters)) {
    await trx
      .insertInto('notification_messages')
      .values(
        chunk.map((w) => ({
          id: w.id,
          tenant_id: w.tenantId,
          shipment_id: w.shipmentId,
          recipient_id: w.recipientId,
          firing_id: w.firingId,
          channel: w.channel,
          idempotency_key: idempotencyKeyFor(w.firingId, w.recipientId),
          event_type: w.eventType,
          context: contextOf(w),
          status: 'pending',
          due_at: dueAt.toISOString(),
          attempts: 0,
          claimed_by: null,
          claimed_until: null,
          provider_id: null,
          provider_status: null,
          last_error: null,
          created_at: at,
          updated_at: at,
          sent_at: null,
        })),
      )
      .execute();
  }
  await settle(trx, ids, fresh, outcomes, mergedInto);
  return outcomes;
}

/**
 * The shipments' messages still waiting to go out (pending, never attempted), oldest first. On
 * PostgreSQL they are locked until the batch commits, so a sender's claim (SKIP LOCKED) leaves
 * them for later instead of sending one while a digest line is being added to it.
 */
async function waitingMessages(
  trx: Executor,
  caps: StoreCapabilities,
  shipmentIds: readonly string[],
): Promise<Map<string, Waiting[]>> {
  const byShipment = new Map<string, Waiting[]>();
  for (const chunk of chunksFor(shipmentIds, 1, ID_LIST_LIMIT)) {
    let query = trx
      .selectFrom('notification_messages')
      .select([
        'id',
        'tenant_id',
        'shipment_id',
        'recipient_id',
        'channel',
        'firing_id',
        'context',
        'event_type',
      ])
      .where('shipment_id', 'in', chunk)
      .where('status', '=', 'pending')
      .where('attempts', '=', 0)
      .orderBy('id');
    if (caps.rowLocks) query = query.forUpdate();
    for (const row of await query.execute()) {
      const list = byShipment.get(row.shipment_id) ?? [];
      const context = JSON.parse(row.context) as MessageContext;
      list.push({
        id: row.id,
        tenantId: row.tenant_id,
        shipmentId: row.shipment_id,
        recipientId: row.recipient_id,
        channel: row.channel as ChannelId,
        firingId: row.firing_id,
        topics: context.topics,
        group: context.group,
        eventType: row.event_type,
        made: false,
        merged: false,
      });
      byShipment.set(row.shipment_id, list);
    }
  }
  return byShipment;
}

function contextOf(w: Waiting): string {
  const context: MessageContext =
    w.group === undefined ? { topics: w.topics } : { topics: w.topics, group: w.group };
  return JSON.stringify(context);
}

/** Planned firings per (shipment, local day), not counting this batch's own. */
async function plannedPerDay(
  trx: Executor,
  shipmentIds: readonly string[],
  batchFiringIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (shipmentIds.length === 0) return counts;
  // Batches are a few hundred events at most: both lists fit one statement.
  const rows = await trx
    .selectFrom('notification_firings')
    .select(['shipment_id', 'local_day', (eb) => eb.fn.countAll<number>().as('count')])
    .where('shipment_id', 'in', shipmentIds)
    .where('outcome', '=', 'planned')
    .$if(batchFiringIds.length > 0, (q) => q.where('id', 'not in', batchFiringIds))
    .groupBy(['shipment_id', 'local_day'])
    .execute();
  for (const row of rows) counts.set(`${row.shipment_id}\u0000${row.local_day}`, Number(row.count));
  return counts;
}

/** Records each new firing's outcome: one statement per (outcome, merged into) pair. */
async function settle(
  trx: Executor,
  ids: readonly string[],
  fresh: readonly boolean[],
  outcomes: readonly DispatchOutcome[],
  mergedInto: readonly (string | null)[],
): Promise<void> {
  const groups = new Map<string, { outcome: DispatchOutcome; mergedInto: string | null; ids: string[] }>();
  outcomes.forEach((outcome, i) => {
    if (!fresh[i] || outcome === 'planned') return;
    const key = `${outcome}\u0000${mergedInto[i] ?? ''}`;
    const group = groups.get(key) ?? { outcome, mergedInto: mergedInto[i] ?? null, ids: [] };
    group.ids.push(ids[i]!);
    groups.set(key, group);
  });
  for (const group of groups.values())
    await trx
      .updateTable('notification_firings')
      .set({ outcome: group.outcome, merged_into: group.mergedInto })
      .where('id', 'in', group.ids)
      .execute();
}
