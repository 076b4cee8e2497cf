import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';
import type { OutboxRelay } from '../../ingest/outbox-relay.js';
import type { Store } from '../../store/open-store.js';
import { enqueueEventPosts, eventPostsFor } from './event-posts.js';
import { ShopifyEventPoster, type EventPosterOptions } from './event-poster.js';
import { shopifyShops, type ShopifyShop } from './shops.js';

/** The outbox cursor of the fulfillment-event queue: durable, so a restart resumes where it stopped. */
export const SHOPIFY_EVENTS_SUBSCRIBER = 'shopify-fulfillment-events';

/**
 * Shopify in the running system (the worker role): a durable outbox subscriber turns each status
 * change of a parcel of a Shopify order into a queued fulfillment event, in the relay batch's one
 * commit, and the poster sends them. Only built when a shop posts events.
 */
export class ShopifyIntegration {
  readonly poster: ShopifyEventPoster;
  private readonly shops: ReadonlyMap<string, ShopifyShop>;
  private readonly clock: () => Date;

  constructor(
    private readonly store: Store,
    config: Pick<Config, 'shops'>,
    options: EventPosterOptions & { readonly logger?: Logger } = {},
  ) {
    this.shops = shopifyShops(config);
    this.clock = options.clock ?? (() => new Date());
    this.poster = new ShopifyEventPoster(store, this.shops, options);
  }

  /** Whether any configured shop wants its status changes posted back. */
  static wanted(config: Pick<Config, 'shops'>): boolean {
    return config.shops.shopify.some((shop) => shop.postEvents);
  }

  attach(relay: OutboxRelay): void {
    const enqueue = async (messages: Parameters<typeof eventPostsFor>[2]) => {
      const posts = await eventPostsFor(this.store.db, this.shops, messages);
      if ((await enqueueEventPosts(this.store.db, posts, this.clock())) > 0) this.poster.wake();
    };
    relay.subscribe({
      name: SHOPIFY_EVENTS_SUBSCRIBER,
      durable: true,
      accepts: (message) => message.type === 'status.changed',
      handle: (message) => enqueue([message]),
      handleBatch: (messages) => enqueue(messages),
    });
  }

  start(): void {
    this.poster.start();
  }

  stop(): Promise<void> {
    return this.poster.stop();
  }
}
