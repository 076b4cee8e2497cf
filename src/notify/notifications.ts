import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { OutboxRelay } from '../ingest/outbox-relay.js';
import type { Store } from '../store/open-store.js';
import type { Channel, ChannelId } from './channel.js';
import { notificationChannels } from './channels.js';
import { NotificationDispatcher } from './dispatcher.js';
import { NotificationSender } from './sender.js';

export interface NotificationsOptions {
  readonly logger?: Logger;
  readonly clock?: () => Date;
  /** Replaces the configured channels (tests, benches). */
  readonly channels?: ReadonlyMap<ChannelId, Channel>;
}

/** Customer notifications in the running system: the dispatcher on the relay, and the sender. */
export class Notifications {
  readonly dispatcher: NotificationDispatcher;
  readonly sender: NotificationSender;
  private readonly closeChannels: () => void;

  constructor(store: Store, config: Config, options: NotificationsOptions = {}) {
    const notify = config.notify;
    const configured = options.channels ? undefined : notificationChannels(config, store);
    const channels = options.channels ?? configured?.channels ?? new Map();
    this.closeChannels = () => configured?.close();
    if (configured)
      for (const reason of configured.off.values()) options.logger?.info({ scope: 'notify' }, reason);
    this.sender = new NotificationSender(store, channels, {
      publicBaseUrl: config.publicBaseUrl,
      defaultLocale: notify.defaultLocale,
      quietHours: notify.quietHours,
      ...notify.sender,
      clock: options.clock,
      logger: options.logger,
      missingChannelReason: (channel) => configured?.off.get(channel) ?? `channel ${channel} is off`,
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
    this.sender.start();
  }

  async stop(): Promise<void> {
    await this.sender.stop();
    this.closeChannels();
  }
}
