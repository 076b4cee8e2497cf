import { createHash } from 'node:crypto';
import type { Executor } from '../../store/executor.js';
import { newId } from '../../store/ids.js';
import type { Store } from '../../store/open-store.js';
import { carrierAdapter } from '../../carriers/registry.js';
import { audit, type Actor } from '../audit.js';
import { NEXT_VERSION } from '../../store/repositories/shipments.js';

// What the console's shipment actions change, each in one transaction with its audit entry.
// The routes check the person's role and the tenant before calling these.

export async function addNote(
  store: Store,
  input: { tenantId: string; shipmentId: string; actor: Actor; author: string; body: string },
  now: Date,
): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    const id = newId(now.getTime());
    await trx
      .insertInto('shipment_notes')
      .values({
        id,
        tenant_id: input.tenantId,
        shipment_id: input.shipmentId,
        user_id: input.actor.userId,
        author: input.author,
        body: input.body,
        created_at: now.toISOString(),
      })
      .execute();
    await audit(
      trx,
      {
        tenantId: input.tenantId,
        actor: input.actor,
        action: 'note.added',
        targetType: 'shipment',
        targetId: input.shipmentId,
        detail: { note: id },
      },
      now,
    );
  });
}

/**
 * Sets the carrier the merchant says is right. The poller learns of it at once: the number
 * gets a poll row under the new carrier when that carrier is polled.
 */
export async function correctCarrier(
  store: Store,
  input: {
    tenantId: string;
    shipmentId: string;
    trackingNumber: string;
    from: string;
    to: string;
    actor: Actor;
    detected: readonly string[];
  },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('shipments')
      .set({ carrier: input.to, updated_at: at, version: NEXT_VERSION })
      .where('tenant_id', '=', input.tenantId)
      .where('id', '=', input.shipmentId)
      .execute();
    if (carrierAdapter(input.to)?.manifest.capabilities.pull) {
      await trx
        .insertInto('carrier_polls')
        .values({
          carrier: input.to,
          tracking_number: input.trackingNumber,
          next_poll_at: at,
          claimed_by: null,
          claimed_until: null,
          unchanged_polls: 0,
          status: 'pending',
          last_event_at: null,
          answer_digest: null,
          last_polled_at: null,
          first_seen_by_carrier_at: null,
          delivered_at: null,
          finished_at: null,
          registered_at: at,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc
            .columns(['carrier', 'tracking_number'])
            .doUpdateSet({ next_poll_at: at, finished_at: null, updated_at: at }),
        )
        .execute();
    }
    await audit(
      trx,
      {
        tenantId: input.tenantId,
        actor: input.actor,
        action: 'carrier.corrected',
        targetType: 'shipment',
        targetId: input.shipmentId,
        detail: { from: input.from, to: input.to, detected: input.detected },
      },
      now,
    );
  });
}

export async function setArchived(
  store: Store,
  input: { tenantId: string; shipmentId: string; archived: boolean; actor: Actor },
  now: Date,
): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('shipments')
      .set({ archived_at: input.archived ? now.toISOString() : null, version: NEXT_VERSION })
      .where('tenant_id', '=', input.tenantId)
      .where('id', '=', input.shipmentId)
      .execute();
    await audit(
      trx,
      {
        tenantId: input.tenantId,
        actor: input.actor,
        action: input.archived ? 'shipment.archived' : 'shipment.unarchived',
        targetType: 'shipment',
        targetId: input.shipmentId,
      },
      now,
    );
  });
}

/**
 * Pauses or resumes customer notifications for one shipment. Pausing also withdraws the
 * messages still waiting to go out; nothing new is planned until it is resumed.
 */
export async function setNotificationsPaused(
  store: Store,
  input: { tenantId: string; shipmentId: string; paused: boolean; actor: Actor },
  now: Date,
): Promise<number> {
  return store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('shipments')
      .set({ notifications_paused: input.paused ? 1 : 0, version: NEXT_VERSION })
      .where('tenant_id', '=', input.tenantId)
      .where('id', '=', input.shipmentId)
      .execute();
    let withdrawn = 0;
    if (input.paused) {
      const result = await trx
        .updateTable('notification_messages')
        .set({
          status: 'skipped',
          last_error: 'notifications paused by the merchant',
          updated_at: now.toISOString(),
        })
        .where('tenant_id', '=', input.tenantId)
        .where('shipment_id', '=', input.shipmentId)
        .where('status', '=', 'pending')
        .where('claimed_by', 'is', null)
        .executeTakeFirst();
      withdrawn = Number(result.numUpdatedRows);
    }
    await audit(
      trx,
      {
        tenantId: input.tenantId,
        actor: input.actor,
        action: input.paused ? 'notifications.paused' : 'notifications.resumed',
        targetType: 'shipment',
        targetId: input.shipmentId,
        detail: input.paused ? { withdrawn } : {},
      },
      now,
    );
    return withdrawn;
  });
}

/**
 * Queues a sent (or failed) message again, as a new message with its own idempotency key: the
 * provider must not drop it as a duplicate of the first. Returns false when there is no such
 * message for this shipment and tenant.
 */
export async function resendMessage(
  store: Store,
  input: { tenantId: string; shipmentId: string; messageId: string; actor: Actor },
  now: Date,
): Promise<boolean> {
  return store.db.transaction().execute(async (trx) => {
    const original = await trx
      .selectFrom('notification_messages')
      .selectAll()
      .where('tenant_id', '=', input.tenantId)
      .where('shipment_id', '=', input.shipmentId)
      .where('id', '=', input.messageId)
      .executeTakeFirst();
    if (!original || !['sent', 'failed', 'skipped'].includes(original.status)) return false;
    const at = now.toISOString();
    const id = newId(now.getTime());
    await trx
      .insertInto('notification_messages')
      .values({
        ...original,
        id,
        idempotency_key: resendKey(original.idempotency_key, id),
        status: 'pending',
        due_at: at,
        attempts: 0,
        claimed_by: null,
        claimed_until: null,
        provider_id: null,
        provider_status: null,
        last_error: null,
        created_at: at,
        updated_at: at,
        sent_at: null,
      })
      .execute();
    await audit(
      trx,
      {
        tenantId: input.tenantId,
        actor: input.actor,
        action: 'notification.resent',
        targetType: 'shipment',
        targetId: input.shipmentId,
        detail: { message: input.messageId, resend: id },
      },
      now,
    );
    return true;
  });
}

function resendKey(original: string, id: string): string {
  return createHash('sha256').update(`${original}:resend:${id}`).digest('base64url').slice(0, 32);
}

export type { Executor };
