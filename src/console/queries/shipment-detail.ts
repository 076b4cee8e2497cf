import { effectiveTimeline, orderTimeline } from '../../domain/timeline.js';
import type { TrackingEvent } from '../../domain/tracking-event.js';
import type { EstimateHistoryEntry } from '../../eta/estimate-history.js';
import type { Recipient } from '../../notify/channel.js';
import { attemptsForShipment, type AttemptLogEntry } from '../../notify/queue.js';
import { recipientsFor } from '../../notify/recipients.js';
import { listDeliveries, type WebhookDelivery } from '../../notify/webhooks/delivery-store.js';
import type { Executor } from '../../store/executor.js';
import { listEvents } from '../../store/repositories/shipments.js';
import { listAudit, type AuditRecord } from '../audit.js';
import { listedFromRow, type ListedShipment } from './shipment-list.js';

export interface QueuedNotification {
  readonly id: string;
  readonly channel: string;
  readonly recipientId: string;
  readonly eventType: string;
  readonly status: string;
  readonly attempts: number;
  readonly providerStatus: string | null;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
}

export interface Note {
  readonly id: string;
  readonly author: string;
  readonly body: string;
  readonly createdAt: string;
}

export interface RawPayload {
  readonly requestId: string;
  readonly adapter: string;
  readonly contentType: string;
  readonly body: string;
  readonly truncated: boolean;
  readonly receivedAt: string;
}

export interface ShipmentDetail {
  readonly listed: ListedShipment;
  /** Effective scans, newest first. */
  readonly scans: readonly TrackingEvent[];
  /** Scans later corrected by the carrier, kept for the record. */
  readonly replaced: number;
  readonly payloads: ReadonlyMap<string, RawPayload>;
  readonly estimateHistory: readonly EstimateHistoryEntry[];
  readonly recipients: readonly Recipient[];
  readonly messages: readonly QueuedNotification[];
  readonly attempts: readonly AttemptLogEntry[];
  readonly deliveries: readonly WebhookDelivery[];
  readonly notes: readonly Note[];
  readonly audit: readonly AuditRecord[];
}

export async function findListedShipment(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<ListedShipment | undefined> {
  const row = await db
    .selectFrom('shipments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && listedFromRow(row);
}

/** Everything the detail page shows, read for one tenant only. */
export async function loadShipmentDetail(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<ShipmentDetail | undefined> {
  const row = await db
    .selectFrom('shipments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [events, recipients, messages, attempts, deliveries, notes, audit] = await Promise.all([
    listEvents(db, tenantId, id),
    recipientsFor(db, id),
    messagesOf(db, tenantId, id),
    attemptsForShipment(db, tenantId, id),
    listDeliveries(db, { tenantId, shipmentId: id, limit: 50 }),
    notesOf(db, tenantId, id),
    listAudit(db, tenantId, { targetId: id, limit: 50 }),
  ]);
  const effective = effectiveTimeline(events);
  const scans = orderTimeline(effective).reverse();
  return {
    listed: listedFromRow(row),
    scans,
    replaced: events.length - effective.length,
    payloads: await payloadsOf(db, scans),
    estimateHistory: row.estimate_history ? (JSON.parse(row.estimate_history) as EstimateHistoryEntry[]) : [],
    recipients: recipients.filter((r) => r.tenantId === tenantId),
    messages,
    attempts,
    deliveries: deliveries.items,
    notes,
    audit,
  };
}

async function messagesOf(db: Executor, tenantId: string, shipmentId: string): Promise<QueuedNotification[]> {
  const rows = await db
    .selectFrom('notification_messages')
    .select([
      'id',
      'channel',
      'recipient_id',
      'event_type',
      'status',
      'attempts',
      'provider_status',
      'last_error',
      'created_at',
      'sent_at',
    ])
    .where('tenant_id', '=', tenantId)
    .where('shipment_id', '=', shipmentId)
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    recipientId: r.recipient_id,
    eventType: r.event_type,
    status: r.status,
    attempts: r.attempts,
    providerStatus: r.provider_status,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  }));
}

export async function notesOf(db: Executor, tenantId: string, shipmentId: string): Promise<Note[]> {
  const rows = await db
    .selectFrom('shipment_notes')
    .select(['id', 'author', 'body', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('shipment_id', '=', shipmentId)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ id: r.id, author: r.author, body: r.body, createdAt: r.created_at }));
}

async function payloadsOf(db: Executor, scans: readonly TrackingEvent[]): Promise<Map<string, RawPayload>> {
  const ids = [
    ...new Set(scans.map((s) => s.source.requestId).filter((id): id is string => id !== undefined)),
  ];
  const byId = new Map<string, RawPayload>();
  for (let i = 0; i < ids.length; i += 200) {
    const rows = await db
      .selectFrom('raw_payloads')
      .selectAll()
      .where('request_id', 'in', ids.slice(i, i + 200))
      .execute();
    for (const r of rows)
      byId.set(r.request_id, {
        requestId: r.request_id,
        adapter: r.adapter,
        contentType: r.content_type,
        body: r.body,
        truncated: r.truncated === 1,
        receivedAt: r.received_at,
      });
  }
  return byId;
}
