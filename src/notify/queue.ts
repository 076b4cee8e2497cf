import { createHash } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { StoreCapabilities } from '../store/dialects/capabilities.js';
import type { Executor } from '../store/executor.js';
import { newId } from '../store/ids.js';
import type { NotificationMessageTable } from '../store/tables/notify.js';
import type { ChannelId } from './channel.js';
import type { ToldEstimate } from './told.js';
import type { FiredTopic } from './templates/compose.js';

/** What a queued message will say: the topics it covers, oldest first. */
export interface MessageContext {
  readonly topics: FiredTopic[];
  /**
   * A shipping confirmation's group (confirmation/group.ts): the order's other parcels of the same
   * local day join this message while it waits. Absent on every other message.
   */
  readonly group?: string;
  /** Once sent: the estimate the message showed, against which later moves are measured. */
  readonly told?: ToldEstimate | null;
}

export interface QueuedMessage {
  readonly id: string;
  readonly tenantId: string;
  readonly shipmentId: string;
  readonly recipientId: string;
  readonly firingId: string;
  readonly channel: ChannelId;
  readonly idempotencyKey: string;
  readonly eventType: string;
  readonly context: MessageContext;
  readonly status: string;
  readonly dueAt: string;
  readonly attempts: number;
}

/** Stable per (rule firing × recipient): every retry and every duplicate carries it. */
export function idempotencyKeyFor(firingId: string, recipientId: string): string {
  return createHash('sha256').update(`${firingId}:${recipientId}`).digest('base64url').slice(0, 32);
}

export function messageFromRow(row: Selectable<NotificationMessageTable>): QueuedMessage {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    shipmentId: row.shipment_id,
    recipientId: row.recipient_id,
    firingId: row.firing_id,
    channel: row.channel as ChannelId,
    idempotencyKey: row.idempotency_key,
    eventType: row.event_type,
    context: JSON.parse(row.context) as MessageContext,
    status: row.status,
    dueAt: row.due_at,
    attempts: Number(row.attempts),
  };
}

/**
 * Takes up to `limit` due messages for this sender: pending ones whose time has come, and ones a
 * crashed sender claimed and never finished. On PostgreSQL, SKIP LOCKED lets several senders
 * claim side by side; SQLite has one writer, so the transaction alone keeps claims apart.
 */
export async function claimDueMessages(
  db: Executor,
  caps: StoreCapabilities,
  owner: string,
  now: Date,
  claimMs: number,
  limit: number,
): Promise<QueuedMessage[]> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + claimMs).toISOString();
  const due = (trx: Executor) => {
    let query = trx
      .selectFrom('notification_messages')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('due_at', '<=', at)]),
          eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', at)]),
        ]),
      )
      .orderBy('due_at')
      .limit(limit);
    if (caps.skipLocked) query = query.forUpdate().skipLocked();
    return query.execute();
  };
  const run = async (trx: Executor) => {
    const ids = (await due(trx)).map((row) => row.id);
    if (ids.length === 0) return [];
    return trx
      .updateTable('notification_messages')
      .set({ status: 'sending', claimed_by: owner, claimed_until: until, updated_at: at })
      .where('id', 'in', ids)
      .returningAll()
      .execute();
  };
  const rows = db.isTransaction ? await run(db) : await db.transaction().execute(run);
  return rows.map(messageFromRow);
}

export interface AttemptRecord {
  readonly outcome: 'sent' | 'failed' | 'retry' | 'deferred' | 'skipped' | 'gone';
  readonly providerId?: string | null;
  readonly error?: string | null;
}

export interface ClaimEnd {
  readonly message: QueuedMessage;
  readonly next: {
    readonly status: 'sent' | 'pending' | 'failed' | 'skipped';
    readonly dueAt?: string;
    readonly countsAsAttempt: boolean;
    /** The context to keep instead of the queued one (a sent message records what it told). */
    readonly context?: MessageContext;
  };
  readonly attempt: AttemptRecord;
  readonly at: Date;
}

/**
 * Ends claims: each message's new state and its attempt's log row. A round's ends (200 at most)
 * commit at once (one fsync, not one per message); if the process dies before, the claims run
 * out and the messages go again with their idempotency keys.
 */
export async function finishClaims(db: Executor, owner: string, ends: readonly ClaimEnd[]): Promise<void> {
  if (ends.length === 0) return;
  const work = async (trx: Executor) => {
    for (let i = 0; i < ends.length; i += 500) await updateEnded(trx, owner, ends.slice(i, i + 500));
    await trx
      .insertInto('notification_attempts')
      .values(
        ends.map(({ message, attempt, at }) => ({
          id: newId(at.getTime()),
          message_id: message.id,
          tenant_id: message.tenantId,
          shipment_id: message.shipmentId,
          recipient_id: message.recipientId,
          channel: message.channel,
          idempotency_key: message.idempotencyKey,
          outcome: attempt.outcome,
          provider_id: attempt.providerId ?? null,
          error: attempt.error ?? null,
          at: at.toISOString(),
        })),
      )
      .execute();
  };
  if (db.isTransaction) await work(db);
  else await db.transaction().execute(work);
}

/**
 * The ended messages' new states in one statement rather than one per message, each row only
 * while this sender holds its claim. VALUES columns are column1…N on both databases; PostgreSQL
 * types VALUES parameters as text, hence the cast for the one integer.
 */
async function updateEnded(trx: Executor, owner: string, ends: readonly ClaimEnd[]): Promise<void> {
  const rows = ends.map(
    ({ message, next, attempt, at }) =>
      sql`(${message.id}, ${next.status}, ${next.dueAt ?? message.dueAt}, ${
        message.attempts + (next.countsAsAttempt ? 1 : 0)
      }, ${attempt.providerId ?? null}, ${attempt.error ?? null}, ${at.toISOString()}, ${
        next.status === 'sent' ? at.toISOString() : null
      }, ${next.context ? JSON.stringify(next.context) : null})`,
  );
  await sql`update notification_messages set status = v.column2, due_at = v.column3,
      attempts = cast(v.column4 as integer), claimed_by = null, claimed_until = null,
      provider_id = v.column5, last_error = v.column6, updated_at = v.column7, sent_at = v.column8,
      context = coalesce(v.column9, notification_messages.context)
      from (values ${sql.join(rows)}) as v
      where notification_messages.id = v.column1 and notification_messages.claimed_by = ${owner}`.execute(
    trx,
  );
}

export interface AttemptLogEntry {
  readonly id: string;
  readonly messageId: string;
  readonly recipientId: string;
  readonly channel: string;
  readonly idempotencyKey: string;
  readonly eventType: string;
  readonly outcome: string;
  readonly providerId: string | null;
  readonly providerStatus: string | null;
  readonly error: string | null;
  readonly at: string;
}

/** Every attempt for one shipment, oldest first: the log the API shows. */
export async function attemptsForShipment(
  db: Executor,
  tenantId: string,
  shipmentId: string,
): Promise<AttemptLogEntry[]> {
  const rows = await db
    .selectFrom('notification_attempts as a')
    .innerJoin('notification_messages as m', 'm.id', 'a.message_id')
    .select([
      'a.id',
      'a.message_id',
      'a.recipient_id',
      'a.channel',
      'a.idempotency_key',
      'm.event_type',
      'a.outcome',
      'a.provider_id',
      'm.provider_status',
      'a.error',
      'a.at',
    ])
    .where('a.tenant_id', '=', tenantId)
    .where('a.shipment_id', '=', shipmentId)
    .orderBy('a.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    messageId: row.message_id,
    recipientId: row.recipient_id,
    channel: row.channel,
    idempotencyKey: row.idempotency_key,
    eventType: row.event_type,
    outcome: row.outcome,
    providerId: row.provider_id,
    providerStatus: row.provider_id === null ? null : row.provider_status,
    error: row.error,
    at: row.at,
  }));
}

// Twilio callbacks may arrive out of order: a final state is never replaced by an earlier one.
const FINAL_PROVIDER_STATUSES = ['delivered', 'undelivered', 'failed', 'read', 'canceled'];

/** A provider's delivery report (Twilio status callback) for the message it named. */
export async function recordProviderStatus(
  db: Executor,
  providerId: string,
  status: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('notification_messages')
    .set({ provider_status: status, updated_at: now.toISOString() })
    .where('provider_id', '=', providerId)
    .where((eb) =>
      eb.or([eb('provider_status', 'is', null), eb('provider_status', 'not in', FINAL_PROVIDER_STATUSES)]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
