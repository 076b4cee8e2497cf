import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { OutboxRelay } from '../ingest/outbox-relay.js';
import type { Store } from '../store/open-store.js';
import type { Channel, ChannelId } from './channel.js';
import { channelsOff, notificationChannels } from './channels.js';
import { LocalDelivery, type Delivery } from './delivery.js';
import { NotificationDispatcher } from './dispatcher.js';
import { NotificationSender } from './sender.js';
import { DeliveryThread } from './thread/delivery-thread.js';

export interface NotificationsOptions {
  readonly logger?: Logger;
  readonly clock?: () => Date;
  /** Replaces the configured channels (tests, benches). */
  readonly channels?: ReadonlyMap<ChannelId, Channel>;
  /**
   * The store's URL. With it, and `notify.sender.thread` on, rendering and the provider clients
   * run on a worker thread with its own connection (not for an in-memory SQLite store, which a
   * thread cannot open, nor with injected channels, which it cannot share).
   */
  readonly databaseUrl?: string;
}

const STOP_GRACE_MS = 10_000;

/** Customer notifications in the running system: the dispatcher on the relay, and the sender. */
export class Notifications {
  readonly dispatcher: NotificationDispatcher;
  readonly sender: NotificationSender;
  /** Where messages are rendered and handed to providers: this thread or a worker thread. */
  readonly delivery: Delivery;

  private readonly logger: Logger | undefined;

  constructor(store: Store, config: Config, options: NotificationsOptions = {}) {
    const notify = config.notify;
    this.logger = options.logger;
    this.delivery = deliveryFor(store, config, options);
    this.sender = new NotificationSender(store, this.delivery, {
      publicBaseUrl: config.publicBaseUrl,
      defaultLocale: notify.defaultLocale,
      quietHours: notify.quietHours,
      ...notify.sender,
      clock: options.clock,
      logger: options.logger,
    });
    this.dispatcher = new NotificationDispatcher(store, {
      clock: options.clock,
      logger: options.logger,
      dailyCap: notify.dailyCap,
      digestWindowMs: notify.digestWindowMs,
      onQueued: (dueAt) => this.sender.wakeAt(dueAt),
    });
  }

  attach(relay: OutboxRelay): void {
    relay.subscribe(this.dispatcher.subscriber());
  }

  start(): void {
    this.delivery.start();
    this.sender.start();
  }

  /**
   * Lets the sends under way finish, for a while: past it, closing the delivery fails those
   * still out, their claims run out, and they go again later with their idempotency keys.
   */
  async stop(): Promise<void> {
    const stopped = this.sender.stop();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_GRACE_MS)));
    if (await Promise.race([stopped.then(() => false), late]))
      this.logger?.warn({ scope: 'notify' }, 'sends still under way at shutdown; they go again later');
    clearTimeout(timer);
    await this.delivery.close();
  }
}

function deliveryFor(store: Store, config: Config, options: NotificationsOptions): Delivery {
  if (options.channels) return new LocalDelivery(options.channels);
  for (const reason of channelsOff(config).values()) options.logger?.info({ scope: 'notify' }, reason);
  const url = options.databaseUrl;
  if (config.notify.sender.thread && url && !/^(sqlite:)?:memory:$/.test(url))
    return new DeliveryThread({ databaseUrl: url, config }, options.logger);
  const configured = notificationChannels(config, store);
  return new LocalDelivery(configured.channels, configured.off, () => configured.close());
}
