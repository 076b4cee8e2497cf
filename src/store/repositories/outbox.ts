import { sql, type Kysely, type Selectable } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';
import { OUTBOX_CHANNEL } from '../dialects/outbox-commits.js';
import { bulkInsert } from '../bulk.js';
import type { Executor } from '../executor.js';
import type { Database, OutboxTable } from '../schema.js';
import { newId } from '../ids.js';

export interface OutboxMessage {
  /** Order of writing; within one shipment, the true order of its messages. */
  readonly seq: number;
  /**
   * Delivery order, which relays keep their cursors on: the seq on SQLite; on PostgreSQL the
   * position the sequencer gave the message once every transaction below it had ended.
   */
  readonly position: number;
  readonly id: string;
  readonly tenantId: string;
  readonly shipmentId: string | null;
  readonly type: string;
  readonly payload: Record<string, unknown>;
  readonly createdAt: string;
  /** The request that caused it (null for work nobody asked for: a sweep, the simulator). */
  readonly requestId: string | null;
}

export interface NewOutboxMessage {
  readonly tenantId: string;
  readonly shipmentId: string | null;
  readonly type: string;
  readonly payload: Record<string, unknown>;
  /**
   * The request that caused it, passed down by the writer (a scan's source, a route's request id,
   * the message a subscriber handles): logs find a notification or webhook by it.
   */
  readonly requestId?: string | null | undefined;
}

/**
 * Written inside the caller's transaction: the state change and its messages commit together.
 * Messages about a shipment must be written while holding its row (after inserting or updating
 * it): their seq order is then their true order, which the sequencer keeps (sequenceOutbox).
 */
export async function appendToOutbox(
  db: Executor,
  caps: StoreCapabilities,
  messages: readonly NewOutboxMessage[],
  now: Date,
): Promise<void> {
  if (messages.length === 0) return;
  // The notification goes out at commit (and not at all on a rollback): relays listening for it
  // wake at once instead of at their next poll (see dialects/outbox-commits.ts). No lock: a
  // message that takes its seq early and commits late is not delivered out of turn, because
  // only the sequencer orders messages for delivery, and only below every open transaction.
  if (caps.dialect === 'postgres')
    await sql`select pg_notify(${OUTBOX_CHANNEL}, current_schema())`.execute(db);
  const createdAt = now.toISOString();
  const rows = messages.map((m) => ({
    id: newId(),
    tenant_id: m.tenantId,
    shipment_id: m.shipmentId,
    type: m.type,
    payload: JSON.stringify(m.payload),
    created_at: createdAt,
    request_id: m.requestId ?? null,
  }));
  await bulkInsert(
    db,
    caps,
    'outbox',
    ['id', 'tenant_id', 'shipment_id', 'type', 'payload', 'created_at', 'request_id'],
    rows,
  );
}

/** The column relays order and keep cursors by (see OutboxMessage.position). */
function positionColumn(caps: StoreCapabilities): 'seq' | 'dseq' {
  return caps.dialect === 'postgres' ? 'dseq' : 'seq';
}

function messageOf(row: Selectable<OutboxTable>, position: number): OutboxMessage {
  return {
    seq: Number(row.seq),
    position,
    id: row.id,
    tenantId: row.tenant_id,
    shipmentId: row.shipment_id,
    type: row.type,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.created_at,
    requestId: row.request_id,
  };
}

/** Every committed message after `seq`, in the order written (for inspection; relays use the next). */
export async function readOutboxAfter(db: Executor, seq: number, limit: number): Promise<OutboxMessage[]> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('seq', '>', seq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((row) => messageOf(row, Number(row.dseq ?? row.seq)));
}

/** Messages ready for delivery after a relay's cursor, in delivery order (OutboxMessage.position). */
export async function readOutboxForDelivery(
  db: Executor,
  caps: StoreCapabilities,
  position: number,
  limit: number,
): Promise<OutboxMessage[]> {
  const column = positionColumn(caps);
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where(column, '>', position)
    .orderBy(column)
    .limit(limit)
    .execute();
  return rows.map((row) => messageOf(row, Number(row[column])));
}

/** How many messages one sequencer pass orders at most. */
export const SEQUENCE_BATCH = 5_000;

export interface Sequenced {
  /** Messages given a delivery position by this pass. */
  readonly ordered: number;
  /** Committed messages still without one (the batch was full). */
  readonly waiting: boolean;
}

/**
 * PostgreSQL: gives every committed message without one a delivery position, in seq order, after
 * the newest position. Writers take no lock, so a message may take its seq early and commit late;
 * it then gets a later position and is delivered later, never skipped, because relays read by
 * position and positions only grow: one sequencer at a time (a lock held by this short
 * transaction only; writers never take it), each seeing what the one before it committed. Within
 * one shipment seq order is the order of writing: messages about a shipment are written while
 * holding its row, so when a later one is visible, so is every earlier one. It notifies relays
 * when it has ordered something. Nothing to do on SQLite, where seq order is commit order.
 */
export async function sequenceOutbox(db: Kysely<Database>, caps: StoreCapabilities): Promise<Sequenced> {
  if (caps.dialect !== 'postgres') return { ordered: 0, waiting: false };
  return db.transaction().execute(async (trx) => {
    // Waited for, not tried: a sequencer's transaction is short, and the one after it then sees
    // and orders everything committed before it started, so a relay reads it all in one go.
    await sql`select pg_advisory_xact_lock(hashtextextended('waybill.outbox-sequencer.' || current_schema(), 0))`.execute(
      trx,
    );
    const result = await sql`
      with pending as (
        select seq, row_number() over (order by seq) as n from (
          select seq from outbox where dseq is null order by seq limit ${SEQUENCE_BATCH}
        ) batch
      ),
      top as (select coalesce(max(dseq), 0) as at from outbox)
      update outbox o set dseq = top.at + pending.n from pending, top where o.seq = pending.seq`.execute(trx);
    const ordered = Number(result.numAffectedRows ?? 0);
    if (ordered > 0) await sql`select pg_notify(${OUTBOX_CHANNEL}, current_schema())`.execute(trx);
    const left = await trx
      .selectFrom('outbox')
      .select('seq')
      .where('dseq', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return { ordered, waiting: left !== undefined };
  });
}

export async function ensureCursor(
  db: Executor,
  subscriber: string,
  startAt: number,
  now: Date,
): Promise<void> {
  await db
    .insertInto('outbox_cursors')
    .values({
      subscriber,
      last_seq: startAt,
      lease_owner: null,
      leased_until: null,
      updated_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('subscriber').doNothing())
    .execute();
}

/**
 * Takes (or renews) the lease on a subscriber's cursor, so that across processes one relay at a
 * time hands that subscriber its messages. Returns the cursor, or undefined if another holds it.
 */
export async function leaseCursor(
  db: Executor,
  subscriber: string,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<number | undefined> {
  const result = await db
    .updateTable('outbox_cursors')
    .set({ lease_owner: owner, leased_until: new Date(now.getTime() + leaseMs).toISOString() })
    .where('subscriber', '=', subscriber)
    .where((eb) =>
      eb.or([
        eb('lease_owner', 'is', null),
        eb('lease_owner', '=', owner),
        eb('leased_until', '<', now.toISOString()),
      ]),
    )
    .returning('last_seq')
    .executeTakeFirst();
  return result === undefined ? undefined : Number(result.last_seq);
}

export async function advanceCursor(
  db: Executor,
  subscriber: string,
  owner: string,
  seq: number,
  now: Date,
): Promise<void> {
  await db
    .updateTable('outbox_cursors')
    .set({ last_seq: seq, updated_at: now.toISOString() })
    .where('subscriber', '=', subscriber)
    .where('lease_owner', '=', owner)
    .execute();
}

export async function releaseCursor(db: Executor, subscriber: string, owner: string): Promise<void> {
  await db
    .updateTable('outbox_cursors')
    .set({ lease_owner: null, leased_until: null })
    .where('subscriber', '=', subscriber)
    .where('lease_owner', '=', owner)
    .execute();
}

/** The newest message's seq; 0 for an empty outbox. */
export async function latestOutboxSeq(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max);
}

/** The newest delivery position (see OutboxMessage.position); 0 for an empty outbox. */
export async function latestOutboxPosition(db: Executor, caps: StoreCapabilities): Promise<number> {
  const column = positionColumn(caps);
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.max(column).as('max'))
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max);
}

/**
 * The newest delivery position among the messages about these shipments (0 when none has one
 * yet): pages send updates newer than it.
 */
export async function latestPositionOfShipments(
  db: Executor,
  caps: StoreCapabilities,
  shipmentIds: readonly string[],
): Promise<number> {
  if (shipmentIds.length === 0) return 0;
  const column = positionColumn(caps);
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.max(column).as('position'))
    .where('shipment_id', 'in', shipmentIds)
    .executeTakeFirst();
  return row?.position === null || row?.position === undefined ? 0 : Number(row.position);
}

/**
 * The newest delivery position, and (PostgreSQL) the messages committed without one yet and the
 * oldest's time, read together so that a sequencer running meanwhile counts nothing twice or not
 * at all.
 */
export async function outboxHead(
  db: Executor,
  caps: StoreCapabilities,
): Promise<{ newestPosition: number; waiting: number; oldestWaiting: string | undefined }> {
  if (caps.dialect !== 'postgres')
    return { newestPosition: await latestOutboxPosition(db, caps), waiting: 0, oldestWaiting: undefined };
  const { rows } = await sql<{ newest: string | null; waiting: string; oldest: string | null }>`
    select max(dseq) as newest, count(*) filter (where dseq is null) as waiting,
      min(created_at) filter (where dseq is null) as oldest
    from outbox where dseq is null or dseq = (select max(dseq) from outbox)`.execute(db);
  const row = rows[0];
  return {
    newestPosition: row?.newest === null || row?.newest === undefined ? 0 : Number(row.newest),
    waiting: Number(row?.waiting ?? 0),
    oldestWaiting: row?.oldest ?? undefined,
  };
}

/** The oldest message not yet past a delivery position, for lag figures. */
export async function oldestOutboxAfter(
  db: Executor,
  caps: StoreCapabilities,
  position: number,
): Promise<string | undefined> {
  const column = positionColumn(caps);
  const row = await db
    .selectFrom('outbox')
    .select('created_at')
    .where(column, '>', position)
    .orderBy(column)
    .limit(1)
    .executeTakeFirst();
  return row?.created_at;
}
