import { sql } from 'kysely';
import type { StoreCapabilities } from '../dialects/capabilities.js';
import { OUTBOX_CHANNEL } from '../dialects/outbox-commits.js';
import { bulkInsert } from '../bulk.js';
import type { Executor } from '../executor.js';
import { currentRequestId } from '../../request-context.js';
import { newId } from '../ids.js';

export interface OutboxMessage {
  readonly seq: number;
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
  /** Defaults to the request being handled now (request-context.ts). */
  readonly requestId?: string | undefined;
}

/**
 * Written inside the caller's transaction: the state change and its messages commit together.
 * Call it last in the transaction: on PostgreSQL it holds the outbox lock until commit.
 */
export async function appendToOutbox(
  db: Executor,
  caps: StoreCapabilities,
  messages: readonly NewOutboxMessage[],
  now: Date,
): Promise<void> {
  if (messages.length === 0) return;
  // PostgreSQL hands out seq at INSERT, not at COMMIT: without this lock a later seq could commit
  // first, a relay move its cursor past it, and the earlier one, committing after, be skipped for
  // ever. Holding one lock (per schema) from the INSERT to the commit makes seq order commit order. SQLite has a
  // single writer, so its order is commit order already.
  // The notification goes out at commit (and not at all on a rollback): relays on other nodes
  // listening for it wake at once instead of at their next poll (see dialects/outbox-commits.ts).
  if (caps.dialect === 'postgres')
    await sql`select pg_advisory_xact_lock(hashtextextended('waybill.outbox.' || current_schema(), 0)),
      pg_notify(${OUTBOX_CHANNEL}, current_schema())`.execute(db);
  const createdAt = now.toISOString();
  const current = currentRequestId() ?? null;
  const rows = messages.map((m) => ({
    id: newId(),
    tenant_id: m.tenantId,
    shipment_id: m.shipmentId,
    type: m.type,
    payload: JSON.stringify(m.payload),
    created_at: createdAt,
    request_id: m.requestId ?? current,
  }));
  await bulkInsert(
    db,
    caps,
    'outbox',
    ['id', 'tenant_id', 'shipment_id', 'type', 'payload', 'created_at', 'request_id'],
    rows,
  );
}

export async function readOutboxAfter(db: Executor, seq: number, limit: number): Promise<OutboxMessage[]> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('seq', '>', seq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    seq: Number(row.seq),
    id: row.id,
    tenantId: row.tenant_id,
    shipmentId: row.shipment_id,
    type: row.type,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.created_at,
    requestId: row.request_id,
  }));
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

export async function latestOutboxSeq(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.max('seq').as('max'))
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max);
}
