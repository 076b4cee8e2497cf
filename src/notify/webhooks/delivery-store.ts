import { sql } from 'kysely';
import type { StoreCapabilities } from '../../store/dialects/capabilities.js';
import type { Executor } from '../../store/executor.js';
import { newId } from '../../store/ids.js';
import type { WebhookDeliveryTable } from '../../store/tables/webhooks.js';

export type DeliveryState = 'pending' | 'delivered' | 'dead';

export interface WebhookDelivery {
  readonly id: string;
  readonly webhookId: string;
  readonly endpointId: string;
  readonly outboxId: string;
  readonly shipmentId: string | null;
  readonly eventType: string;
  readonly state: DeliveryState;
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
  readonly deliveredAt: string | null;
  readonly deadAt: string | null;
  readonly createdAt: string;
}

export interface NewDelivery {
  readonly webhookId: string;
  readonly tenantId: string;
  readonly endpointId: string;
  readonly outboxId: string;
  readonly shipmentId: string | null;
  readonly eventType: string;
  readonly body: string;
}

export function deliveryFromRow(row: WebhookDeliveryTable): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    endpointId: row.endpoint_id,
    outboxId: row.outbox_id,
    shipmentId: row.shipment_id,
    eventType: row.event_type,
    state: row.state as DeliveryState,
    attempts: row.attempts,
    nextAttemptAt: row.state === 'pending' ? row.next_attempt_at : null,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    deliveredAt: row.delivered_at,
    deadAt: row.dead_at,
    createdAt: row.created_at,
  };
}

/** Due now. A repeat of the same (message × endpoint) is ignored: the webhook id is unique. */
export async function insertDeliveries(
  db: Executor,
  deliveries: readonly NewDelivery[],
  now: Date,
): Promise<number> {
  if (deliveries.length === 0) return 0;
  const at = now.toISOString();
  const result = await db
    .insertInto('webhook_deliveries')
    .values(
      deliveries.map((d) => ({
        id: newId(now.getTime()),
        webhook_id: d.webhookId,
        tenant_id: d.tenantId,
        endpoint_id: d.endpointId,
        outbox_id: d.outboxId,
        shipment_id: d.shipmentId,
        event_type: d.eventType,
        body: d.body,
        state: 'pending',
        attempts: 0,
        next_attempt_at: at,
        claim_token: null,
        window_started_at: at,
        last_status_code: null,
        last_error: null,
        delivered_at: null,
        dead_at: null,
        created_at: at,
        updated_at: at,
      })),
    )
    .onConflict((oc) => oc.column('webhook_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export interface ClaimedDelivery {
  readonly row: WebhookDeliveryTable;
  readonly url: string;
  readonly secret: string;
}

/**
 * Claims due deliveries of enabled endpoints for `claimMs`: their next attempt moves to the end
 * of the claim, so if this process dies they fall due again by themselves. On PostgreSQL, SKIP
 * LOCKED lets several senders claim side by side without waiting on each other.
 */
export async function claimDueDeliveries(
  db: Executor,
  caps: StoreCapabilities,
  options: { now: Date; limit: number; claimMs: number; token: string },
): Promise<ClaimedDelivery[]> {
  const nowIso = options.now.toISOString();
  let due = db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('state', '=', 'pending')
    .where('next_attempt_at', '<=', nowIso)
    .where('endpoint_id', 'in', (eb) =>
      eb.selectFrom('webhook_endpoints').select('id').where('enabled', '=', 1),
    )
    .orderBy('next_attempt_at')
    .limit(options.limit);
  if (caps.skipLocked) due = due.forUpdate().skipLocked();
  const rows = await db
    .updateTable('webhook_deliveries')
    .set({
      next_attempt_at: new Date(options.now.getTime() + options.claimMs).toISOString(),
      claim_token: options.token,
    })
    .where('id', 'in', due)
    .where('state', '=', 'pending')
    .returningAll()
    .execute();
  if (rows.length === 0) return [];
  const endpoints = await db
    .selectFrom('webhook_endpoints')
    .select(['id', 'url', 'secret'])
    .where('id', 'in', [...new Set(rows.map((r) => r.endpoint_id))])
    .execute();
  const byId = new Map(endpoints.map((e) => [e.id, e]));
  return rows.flatMap((row) => {
    const endpoint = byId.get(row.endpoint_id);
    return endpoint ? [{ row, url: endpoint.url, secret: endpoint.secret }] : [];
  });
}

export interface AttemptRecord {
  readonly statusCode: number | null;
  readonly error: string | null;
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly outcome: 'delivered' | 'retry' | 'dead' | 'refused';
}

/**
 * Logs the attempt and moves the delivery on, if this sender still holds the claim (a sender
 * that outlived its claim learns it lost the delivery and writes nothing). Returns whether it did.
 */
export async function recordAttempt(
  db: Executor,
  claimed: WebhookDeliveryTable,
  token: string,
  attempt: AttemptRecord,
  next: { state: DeliveryState; nextAttemptAt: Date | null },
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      state: next.state,
      attempts: eb('attempts', '+', 1),
      next_attempt_at: next.nextAttemptAt?.toISOString() ?? at,
      claim_token: null,
      last_status_code: attempt.statusCode,
      last_error: attempt.error,
      delivered_at: next.state === 'delivered' ? at : null,
      dead_at: next.state === 'dead' ? at : null,
      updated_at: at,
    }))
    .where('id', '=', claimed.id)
    .where('claim_token', '=', token)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db
    .insertInto('webhook_attempts')
    .values({
      id: newId(now.getTime()),
      delivery_id: claimed.id,
      webhook_id: claimed.webhook_id,
      tenant_id: claimed.tenant_id,
      endpoint_id: claimed.endpoint_id,
      shipment_id: claimed.shipment_id,
      attempt: claimed.attempts + 1,
      started_at: attempt.startedAt.toISOString(),
      duration_ms: Math.round(attempt.durationMs),
      status_code: attempt.statusCode,
      outcome: attempt.outcome,
      error: attempt.error,
    })
    .execute();
  return true;
}

export interface DeliveryPage {
  readonly items: WebhookDelivery[];
  readonly nextCursor: string | null;
}

/** Newest first, by cursor (ULIDs sort by creation). */
export async function listDeliveries(
  db: Executor,
  filter: {
    tenantId: string;
    endpointId?: string | undefined;
    shipmentId?: string | undefined;
    state?: DeliveryState | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<DeliveryPage> {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('tenant_id', '=', filter.tenantId);
  if (filter.endpointId !== undefined) query = query.where('endpoint_id', '=', filter.endpointId);
  if (filter.shipmentId !== undefined) query = query.where('shipment_id', '=', filter.shipmentId);
  if (filter.state !== undefined) query = query.where('state', '=', filter.state);
  if (filter.cursor !== undefined) query = query.where('id', '<', filter.cursor);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(filter.limit + 1)
    .execute();
  const items = rows.slice(0, filter.limit).map(deliveryFromRow);
  return { items, nextCursor: rows.length > filter.limit ? (items.at(-1)?.id ?? null) : null };
}

export interface AttemptLogEntry {
  readonly deliveryId: string;
  readonly webhookId: string;
  readonly endpointId: string;
  readonly shipmentId: string | null;
  readonly attempt: number;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly statusCode: number | null;
  readonly outcome: string;
  readonly error: string | null;
}

/** The attempt log of some deliveries, oldest first. */
export async function attemptsOf(
  db: Executor,
  tenantId: string,
  by: { deliveryIds?: readonly string[]; shipmentId?: string },
): Promise<AttemptLogEntry[]> {
  let query = db.selectFrom('webhook_attempts').selectAll().where('tenant_id', '=', tenantId);
  if (by.deliveryIds !== undefined) {
    if (by.deliveryIds.length === 0) return [];
    query = query.where('delivery_id', 'in', [...by.deliveryIds]);
  }
  if (by.shipmentId !== undefined) query = query.where('shipment_id', '=', by.shipmentId);
  const rows = await query.orderBy('id').execute();
  return rows.map((row) => ({
    deliveryId: row.delivery_id,
    webhookId: row.webhook_id,
    endpointId: row.endpoint_id,
    shipmentId: row.shipment_id,
    attempt: row.attempt,
    startedAt: row.started_at,
    durationMs: row.duration_ms,
    statusCode: row.status_code,
    outcome: row.outcome,
    error: row.error,
  }));
}

/**
 * Puts dead-lettered deliveries back in line, due now, with a fresh retry window and the same
 * webhook id. Only deliveries of enabled endpoints: a disabled endpoint is enabled first.
 */
export async function replayDeadLetters(
  db: Executor,
  tenantId: string,
  which: { deliveryId?: string; endpointId?: string },
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  let update = db
    .updateTable('webhook_deliveries')
    .set({
      state: 'pending',
      next_attempt_at: at,
      window_started_at: at,
      dead_at: null,
      claim_token: null,
      updated_at: at,
    })
    .where('tenant_id', '=', tenantId)
    .where('state', '=', 'dead')
    .where('endpoint_id', 'in', (eb) =>
      eb
        .selectFrom('webhook_endpoints')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .where('enabled', '=', 1),
    );
  if (which.deliveryId !== undefined) update = update.where('id', '=', which.deliveryId);
  if (which.endpointId !== undefined) update = update.where('endpoint_id', '=', which.endpointId);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findDelivery(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<WebhookDelivery | undefined> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && deliveryFromRow(row);
}

/** Counts by state, for the endpoint's status and for tests. */
export async function deliveryCounts(
  db: Executor,
  endpointId: string,
): Promise<Record<DeliveryState, number>> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select(['state', sql<number>`count(*)`.as('count')])
    .where('endpoint_id', '=', endpointId)
    .groupBy('state')
    .execute();
  const counts: Record<DeliveryState, number> = { pending: 0, delivered: 0, dead: 0 };
  for (const row of rows) counts[row.state as DeliveryState] = Number(row.count);
  return counts;
}
