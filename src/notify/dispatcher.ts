import type { Logger } from 'pino';
import type { DomainEvent, DomainEventType } from '../domain/domain-events.js';
import type { OutboxSubscriber } from '../ingest/outbox-relay.js';
import type { Store } from '../store/open-store.js';
import type { OutboxMessage } from '../store/repositories/outbox.js';
import { tenantSettings } from '../store/repositories/tenants.js';
import { shipmentsById, unique } from './batch-reads.js';
import { confirmationAudience, confirmationRecipients } from './confirmation/audience.js';
import { shipmentZone } from './facts.js';
import { ensurePageTokens } from './page-tokens.js';
import { planBatch, type DispatchOutcome, type Firing } from './plan-batch.js';
import { localDay } from './quiet-hours.js';
import { recipientsOfShipments } from './recipients.js';
import { dailyCapIn, rulesFor, type Rule } from './rules.js';
import { NOTIFYING_EVENT_TYPES, topicOf, type Topic } from './topics.js';

export interface DispatcherOptions {
  readonly clock?: () => Date;
  readonly logger?: Logger;
  readonly dailyCap: number;
  readonly digestWindowMs: number;
  /** Called after messages were queued, with the time the first is due. */
  readonly onQueued?: (dueAt: Date) => void;
}

export type { DispatchOutcome };

/**
 * The durable outbox subscriber 'notifications': turns each domain event into queued messages,
 * one per recipient, following the tenant's rules. It dedupes per (shipment, topic, local day),
 * caps messages per shipment and day, and folds an event into a message still waiting to go out
 * (a digest) rather than sending a second. A relay batch commits in one transaction (one commit,
 * not one per event), its events decided one after the other in outbox order (planBatch), so a
 * later event sees what an earlier one planned. Each event is keyed by its outbox message id, so
 * handling a batch twice changes nothing.
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
      handleBatch: async (messages) => {
        await this.dispatchBatch(messages);
      },
    };
  }

  async dispatch(message: OutboxMessage): Promise<DispatchOutcome> {
    const [outcome] = await this.dispatchBatch([message]);
    return outcome ?? 'not_notifying';
  }

  /** Outcomes in the order of `messages`, which must be outbox (seq) order. */
  async dispatchBatch(messages: readonly OutboxMessage[]): Promise<DispatchOutcome[]> {
    const outcomes: DispatchOutcome[] = messages.map(() => 'not_notifying');
    const firings = await this.firingsOf(messages, outcomes);
    if (firings.length === 0) return outcomes;
    const now = this.clock();
    const dueAt = new Date(now.getTime() + this.options.digestWindowMs);
    await this.store.db.transaction().execute(async (trx) => {
      const decided = await planBatch(
        trx,
        this.store.caps,
        firings.map(({ firing }) => firing),
        now,
        dueAt,
      );
      firings.forEach(({ index }, i) => (outcomes[index] = decided[i]!));
      // The tracking links' tokens, made now inside this commit rather than by the sender later.
      const planned = firings.filter(({ index }) => outcomes[index] === 'planned');
      await ensurePageTokens(
        trx,
        planned.map(({ firing }) => ({ id: firing.shipmentId, tenantId: firing.message.tenantId })),
        now,
      );
    });
    if (outcomes.some((outcome) => outcome === 'planned' || outcome === 'merged'))
      this.options.onQueued?.(dueAt);
    for (const { index, firing } of firings)
      if (outcomes[index] === 'capped')
        this.options.logger?.info(
          {
            scope: 'notify',
            reqId: firing.message.requestId ?? undefined,
            shipmentId: firing.shipmentId,
            topic: firing.topic,
            day: firing.day,
          },
          'daily message cap reached; event not sent',
        );
    return outcomes;
  }

  /**
   * The events that fire a topic for someone, with what they need read for the whole batch at
   * once: settings per tenant, recipients and shipments per shipment. Marks the others' outcomes.
   */
  private async firingsOf(
    messages: readonly OutboxMessage[],
    outcomes: DispatchOutcome[],
  ): Promise<{ index: number; firing: Firing }[]> {
    const notifying = messages.flatMap((message, index) => {
      if (message.shipmentId === null) return [];
      const event = { type: message.type, payload: message.payload } as DomainEvent;
      const topic = topicOf(event);
      return topic === null ? [] : [{ index, message, shipmentId: message.shipmentId, event, topic }];
    });
    if (notifying.length === 0) return [];
    const db = this.store.db;
    const rulesOf = new Map<string, { rules: Record<Topic, Rule>; cap: number }>();
    for (const tenantId of unique(notifying.map((n) => n.message.tenantId))) {
      const settings = await tenantSettings(db, tenantId);
      rulesOf.set(tenantId, { rules: rulesFor(settings), cap: dailyCapIn(settings, this.options.dailyCap) });
    }
    const shipmentIds = unique(notifying.map((n) => n.shipmentId));
    const recipientsOf = await recipientsOfShipments(db, shipmentIds);
    const paused = new Set<string>();
    // Most registrations (imports, the API) come without recipients: nothing more to read for them.
    const notified = shipmentIds.filter((id) => recipientsOf.has(id));
    const shipments = await shipmentsById(db, notified, paused);
    const confirming = notifying
      .filter((n) => n.topic === 'shipping_confirmation' && recipientsOf.has(n.shipmentId))
      .map((n) => n.shipmentId);
    const audience = confirming.length > 0 ? await confirmationAudience(db, confirming) : null;
    return notifying.flatMap(({ index, message, shipmentId, event, topic }) => {
      const tenant = rulesOf.get(message.tenantId);
      const channels = tenant?.rules[topic].channels ?? [];
      let recipients = (recipientsOf.get(shipmentId) ?? []).filter(
        (r) => r.tenantId === message.tenantId && channels.includes(r.channel),
      );
      let orderId: string | undefined;
      if (topic === 'shipping_confirmation') {
        const confirmation =
          audience && confirmationRecipients(audience, shipmentId, message.createdAt, recipients);
        orderId = confirmation?.orderId;
        recipients = confirmation?.recipients ?? [];
      }
      const shipment = shipments.get(shipmentId);
      if (!tenant || recipients.length === 0 || shipment?.tenantId !== message.tenantId) {
        outcomes[index] = 'no_recipients';
        return [];
      }
      // Paused in the console: nothing is planned for this shipment until it is resumed.
      if (paused.has(shipmentId)) {
        outcomes[index] = 'paused';
        return [];
      }
      const firing: Firing = {
        message,
        shipmentId,
        topic,
        fired: { topic, event, at: message.createdAt },
        recipients,
        day: localDay(new Date(message.createdAt), shipmentZone(shipment)),
        cap: tenant.cap,
        orderId,
      };
      return [{ index, firing }];
    });
  }
}
