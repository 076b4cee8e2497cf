import type { Logger } from 'pino';
import type { DomainEvent } from '../domain/domain-events.js';
import type { OutboxSubscriber } from '../ingest/outbox-relay.js';
import type { Store } from '../store/open-store.js';
import type { OutboxMessage } from '../store/repositories/outbox.js';
import { findShipment } from '../store/repositories/shipments.js';
import { tenantSettings } from '../store/repositories/tenants.js';
import { newId } from '../store/ids.js';
import type { Executor } from '../store/executor.js';
import { pageTokenFor } from '../web/page-token.js';
import { shipmentZone } from './facts.js';
import { localDay } from './quiet-hours.js';
import { idempotencyKeyFor, type MessageContext } from './queue.js';
import { recipientsFor } from './recipients.js';
import { dailyCapIn, rulesFor } from './rules.js';
import type { FiredTopic } from './templates/compose.js';
import { NOTIFYING_EVENT_TYPES, topicOf } from './topics.js';
import type { DomainEventType } from '../domain/domain-events.js';

export interface DispatcherOptions {
  readonly clock?: () => Date;
  readonly logger?: Logger;
  readonly dailyCap: number;
  readonly digestWindowMs: number;
  /** Called after messages were queued, with the time the first is due. */
  readonly onQueued?: (dueAt: Date) => void;
}

export type DispatchOutcome =
  'planned' | 'merged' | 'duplicate' | 'capped' | 'no_recipients' | 'not_notifying';

/**
 * The durable outbox subscriber 'notifications': turns each domain event into queued messages,
 * one per recipient, following the tenant's rules. It dedupes per (shipment, topic, local day),
 * caps messages per shipment and day, and folds an event into a message still waiting to go out
 * (a digest) rather than sending a second. Everything for one event commits in one transaction,
 * keyed by the outbox message id, so handling an event twice changes nothing.
 */
export class NotificationDispatcher {
  private readonly clock: () => Date;

  constructor(
    private readonly store: Store,
    private readonly options: DispatcherOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  subscriber(): OutboxSubscriber {
    return {
      name: 'notifications',
      durable: true,
      accepts: (message) =>
        message.shipmentId !== null && NOTIFYING_EVENT_TYPES.has(message.type as DomainEventType),
      handle: async (message) => {
        await this.dispatch(message);
      },
    };
  }

  async dispatch(message: OutboxMessage): Promise<DispatchOutcome> {
    const shipmentId = message.shipmentId;
    if (shipmentId === null) return 'not_notifying';
    const event = { type: message.type, payload: message.payload } as DomainEvent;
    const topic = topicOf(event);
    if (topic === null) return 'not_notifying';
    const db = this.store.db;
    const settings = await tenantSettings(db, message.tenantId);
    const channels = rulesFor(settings)[topic].channels;
    const recipients = (await recipientsFor(db, shipmentId)).filter(
      (r) => r.tenantId === message.tenantId && channels.includes(r.channel),
    );
    if (recipients.length === 0) return 'no_recipients';
    const shipment = await findShipment(db, message.tenantId, shipmentId);
    if (!shipment) return 'no_recipients';
    const now = this.clock();
    const day = localDay(new Date(message.createdAt), shipmentZone(shipment));
    const fired: FiredTopic = { topic, event, at: message.createdAt };
    const cap = dailyCapIn(settings, this.options.dailyCap);
    const firingId = newId(now.getTime());
    const dueAt = new Date(now.getTime() + this.options.digestWindowMs);

    const outcome = await db.transaction().execute(async (trx): Promise<DispatchOutcome> => {
      const firing = await trx
        .insertInto('notification_firings')
        .values({
          id: firingId,
          tenant_id: message.tenantId,
          shipment_id: shipmentId,
          outbox_id: message.id,
          event_type: message.type,
          topic,
          local_day: day,
          outcome: 'planned',
          merged_into: null,
          created_at: now.toISOString(),
        })
        .onConflict((oc) => oc.column('outbox_id').doNothing())
        .executeTakeFirst();
      if (Number(firing.numInsertedOrUpdatedRows ?? 0n) === 0) return 'duplicate'; // this event, again
      const fresh = await trx
        .insertInto('notification_topic_days')
        .values({ shipment_id: shipmentId, topic, local_day: day, firing_id: firingId })
        .onConflict((oc) => oc.columns(['shipment_id', 'topic', 'local_day']).doNothing())
        .executeTakeFirst();
      if (Number(fresh.numInsertedOrUpdatedRows ?? 0n) === 0) return settle(trx, firingId, 'duplicate', null);

      // A message not yet sent to a recipient takes this topic as one more digest line.
      const waiting = await trx
        .selectFrom('notification_messages')
        .select(['id', 'recipient_id', 'firing_id', 'context'])
        .where('shipment_id', '=', shipmentId)
        .where('status', '=', 'pending')
        .where('attempts', '=', 0)
        .execute();
      const unmerged = [];
      let mergedInto: string | null = null;
      for (const recipient of recipients) {
        const pending = waiting.find((row) => row.recipient_id === recipient.id);
        if (pending) {
          const context = JSON.parse(pending.context) as MessageContext;
          const merged = await trx
            .updateTable('notification_messages')
            .set({
              context: JSON.stringify({ topics: [...context.topics, fired] } satisfies MessageContext),
              event_type: message.type,
              updated_at: now.toISOString(),
            })
            .where('id', '=', pending.id)
            .where('status', '=', 'pending')
            .where('attempts', '=', 0)
            .executeTakeFirst();
          if (Number(merged.numUpdatedRows) > 0) {
            mergedInto = pending.firing_id;
            continue;
          }
        }
        unmerged.push(recipient);
      }
      if (unmerged.length === 0) return settle(trx, firingId, 'merged', mergedInto);

      const planned = await trx
        .selectFrom('notification_firings')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('shipment_id', '=', shipmentId)
        .where('local_day', '=', day)
        .where('outcome', '=', 'planned')
        .where('id', '!=', firingId)
        .executeTakeFirstOrThrow();
      if (Number(planned.count) >= cap) return settle(trx, firingId, 'capped', mergedInto);

      const context = JSON.stringify({ topics: [fired] } satisfies MessageContext);
      await trx
        .insertInto('notification_messages')
        .values(
          unmerged.map((recipient) => ({
            id: newId(now.getTime()),
            tenant_id: message.tenantId,
            shipment_id: shipmentId,
            recipient_id: recipient.id,
            firing_id: firingId,
            channel: recipient.channel,
            idempotency_key: idempotencyKeyFor(firingId, recipient.id),
            event_type: message.type,
            context,
            status: 'pending',
            due_at: dueAt.toISOString(),
            attempts: 0,
            claimed_by: null,
            claimed_until: null,
            provider_id: null,
            provider_status: null,
            last_error: null,
            created_at: now.toISOString(),
            updated_at: now.toISOString(),
            sent_at: null,
          })),
        )
        .execute();
      // The tracking link's token, made now inside this commit rather than by the sender later.
      await pageTokenFor(trx, { id: shipmentId, tenantId: message.tenantId }, now);
      return 'planned';
    });
    if (outcome === 'planned' || outcome === 'merged') this.options.onQueued?.(dueAt);
    if (outcome === 'capped')
      this.options.logger?.info(
        { scope: 'notify', shipmentId, topic, day },
        'daily message cap reached; event not sent',
      );
    return outcome;
  }
}

async function settle(
  trx: Executor,
  firingId: string,
  outcome: DispatchOutcome,
  mergedInto: string | null,
): Promise<DispatchOutcome> {
  await trx
    .updateTable('notification_firings')
    .set({ outcome, merged_into: mergedInto })
    .where('id', '=', firingId)
    .execute();
  return outcome;
}
