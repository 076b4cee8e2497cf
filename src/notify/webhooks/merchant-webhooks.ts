import type { Logger } from 'pino';
import type { OutboxRelay } from '../../ingest/outbox-relay.js';
import type { Store } from '../../store/open-store.js';
import { isWebhookEventType } from './event-types.js';
import { fanOut, fanOutBatch } from './fan-out.js';
import { WebhookSender, type WebhooksSettings } from './sender.js';

/** The outbox cursor of the fan-out: durable, so a restart resumes where it stopped. */
export const WEBHOOKS_SUBSCRIBER = 'merchant-webhooks';

export interface MerchantWebhooksOptions {
  readonly clock?: () => Date;
  readonly logger?: Logger;
  readonly random?: () => number;
  /** Wakes the relay after the sender commits an outbox message (an endpoint disabled). */
  readonly onCommitted?: () => void;
}

/**
 * Merchant webhooks in the running system: a durable outbox subscriber turns each domain event
 * into delivery rows for the tenant's matching endpoints (a relay batch at a time, in one
 * commit), and the sender delivers them.
 */
export class MerchantWebhooks {
  readonly sender: WebhookSender;
  private readonly clock: () => Date;

  constructor(
    private readonly store: Store,
    settings: WebhooksSettings,
    options: MerchantWebhooksOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.sender = new WebhookSender(store, settings, options);
  }

  attach(relay: OutboxRelay): void {
    relay.subscribe({
      name: WEBHOOKS_SUBSCRIBER,
      durable: true,
      accepts: (message) => isWebhookEventType(message.type),
      handle: async (message) => {
        if ((await fanOut(this.store.db, message, this.clock())) > 0) this.sender.wake();
      },
      handleBatch: async (messages) => {
        if ((await fanOutBatch(this.store.db, messages, this.clock())) > 0) this.sender.wake();
      },
    });
  }

  start(): void {
    this.sender.start();
  }

  /** Deliveries due after a replay are picked up now rather than at the next poll. */
  wake(): void {
    this.sender.wake();
  }

  stop(): Promise<void> {
    return this.sender.stop();
  }
}
