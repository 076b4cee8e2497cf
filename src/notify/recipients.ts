import { randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import { chunksFor, type Executor } from '../store/executor.js';
import { newId } from '../store/ids.js';
import type { NotificationRecipientTable } from '../store/tables/notify.js';
import { ID_LIST_LIMIT, unique } from './batch-reads.js';
import type { ChannelId, Recipient } from './channel.js';

export type NewRecipient = Omit<Recipient, 'id'> & { readonly consentText: string };

/**
 * Adds someone to a shipment's notifications. Idempotent on (tenant, shipment, channel, address):
 * adding again returns the same recipient, with its locale, zone and details brought up to date
 * (a browser re-subscribing to push may hand over new keys).
 */
export async function addRecipient(db: Executor, input: NewRecipient, now: Date): Promise<Recipient> {
  const at = now.toISOString();
  const row = await db
    .insertInto('notification_recipients')
    .values({
      id: newId(now.getTime()),
      tenant_id: input.tenantId,
      shipment_id: input.shipmentId,
      channel: input.channel,
      address: input.address,
      details: JSON.stringify(input.details),
      locale: input.locale,
      time_zone: input.timeZone,
      consent_text: input.consentText,
      consented_at: at,
      unsubscribe_token: randomBytes(18).toString('base64url'),
      created_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'shipment_id', 'channel', 'address']).doUpdateSet({
        details: JSON.stringify(input.details),
        locale: input.locale,
        time_zone: input.timeZone,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return recipientFromRow(row);
}

/** Removes a recipient; their queued messages are skipped when their turn comes. */
export async function removeRecipient(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('notification_recipients').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function recipientsFor(db: Executor, shipmentId: string): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('notification_recipients')
    .selectAll()
    .where('shipment_id', '=', shipmentId)
    .orderBy('id')
    .execute();
  return rows.map(recipientFromRow);
}

/** The recipients of many shipments at once (a relay batch), by shipment, oldest first. */
export async function recipientsOfShipments(
  db: Executor,
  shipmentIds: readonly string[],
): Promise<Map<string, Recipient[]>> {
  const byShipment = new Map<string, Recipient[]>();
  for (const ids of chunksFor(unique(shipmentIds), 1, ID_LIST_LIMIT)) {
    const rows = await db
      .selectFrom('notification_recipients')
      .selectAll()
      .where('shipment_id', 'in', ids)
      .orderBy('id')
      .execute();
    for (const row of rows) {
      const list = byShipment.get(row.shipment_id) ?? [];
      list.push(recipientFromRow(row));
      byShipment.set(row.shipment_id, list);
    }
  }
  return byShipment;
}

/** Recipients with their unsubscribe tokens, by id: what a sender round needs, in one read. */
export async function recipientsById(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { recipient: Recipient; unsubscribeToken: string }>> {
  const byId = new Map<string, { recipient: Recipient; unsubscribeToken: string }>();
  for (const chunk of chunksFor(unique(ids), 1, ID_LIST_LIMIT)) {
    const rows = await db
      .selectFrom('notification_recipients')
      .selectAll()
      .where('id', 'in', chunk)
      .execute();
    for (const row of rows)
      byId.set(row.id, { recipient: recipientFromRow(row), unsubscribeToken: row.unsubscribe_token });
  }
  return byId;
}

/** The recipient an unsubscribe link names, with the token itself for building links. */
export async function recipientByUnsubscribeToken(
  db: Executor,
  token: string,
): Promise<Recipient | undefined> {
  const row = await db
    .selectFrom('notification_recipients')
    .selectAll()
    .where('unsubscribe_token', '=', token)
    .executeTakeFirst();
  return row && recipientFromRow(row);
}

function recipientFromRow(row: Selectable<NotificationRecipientTable>): Recipient {
  const details: unknown = JSON.parse(row.details);
  return {
    id: row.id,
    tenantId: row.tenant_id,
    shipmentId: row.shipment_id,
    channel: row.channel as ChannelId,
    address: row.address,
    details: details !== null && typeof details === 'object' ? (details as Record<string, unknown>) : {},
    locale: row.locale,
    timeZone: row.time_zone,
  };
}
