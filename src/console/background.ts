import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { OutboxRelay } from '../ingest/outbox-relay.js';
import type { Store } from '../store/open-store.js';
import { analyticsSubscriber } from './analytics/subscriber.js';
import { pruneSessions } from './auth/sessions.js';
import { consoleMailSubscriber } from './mail/console-mail.js';
import { prunePayloads } from './payloads.js';

const PRUNE_EVERY_MS = 3_600_000;

/** What the console runs beside the HTTP routes: the analytics rollups, its emails, and pruning. */
export class ConsoleBackground {
  private readonly mail: ReturnType<typeof consoleMailSubscriber> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly config: Config,
    private readonly options: { logger?: Logger; clock?: () => Date } = {},
  ) {
    this.mail = config.notify.smtp.url ? consoleMailSubscriber(store, config, options) : undefined;
  }

  attach(relay: OutboxRelay): void {
    relay.subscribe(analyticsSubscriber(this.store, this.options));
    if (this.mail) relay.subscribe(this.mail.subscriber);
  }

  start(): void {
    const prune = () =>
      void this.prune().catch((error: unknown) =>
        this.options.logger?.warn({ err: error, scope: 'console' }, 'pruning sessions and payloads failed'),
      );
    this.timer = setInterval(prune, PRUNE_EVERY_MS);
    this.timer.unref();
    prune();
  }

  async prune(): Promise<void> {
    const now = (this.options.clock ?? (() => new Date()))();
    await pruneSessions(this.store.db, now);
    await prunePayloads(
      this.store.db,
      new Date(now.getTime() - this.config.console.payloadRetentionDays * 86_400_000),
    );
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.mail?.close();
  }
}
