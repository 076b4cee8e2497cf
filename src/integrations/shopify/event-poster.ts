import type { Logger } from 'pino';
import type { Store } from '../../store/open-store.js';
import { ShopifyAdminClient, ShopifyRequestError, type AdminClientOptions } from './admin-client.js';
import { claimPost, duePosts, finishPost, type EventPost, type PostResult } from './event-posts.js';
import { noteIntegrationError } from './integration-store.js';
import { listOf, recordOf, type JsonRecord } from './payload-fields.js';
import type { ShopifyShop } from './shops.js';

export const FULFILLMENT_EVENT_MUTATION = `mutation WaybillFulfillmentEvent($fulfillmentEvent: FulfillmentEventInput!) {
  fulfillmentEventCreate(fulfillmentEvent: $fulfillmentEvent) {
    fulfillmentEvent { id status }
    userErrors { field message }
  }
}`;

export interface EventPosterOptions {
  readonly clock?: () => Date;
  readonly logger?: Logger;
  /** How often it looks for due posts without being woken (default 2 s). */
  readonly pollIntervalMs?: number;
  /** How long a post stays claimed while it is being sent (default 60 s). */
  readonly claimMs?: number;
  /** Delay before the next try after a transient failure (default 5 s doubling to 10 min). */
  readonly retryDelayMs?: (attempt: number) => number;
  /** A post still failing this long after it was queued is given up (default 24 h). */
  readonly giveUpAfterMs?: number;
  /** For tests: the client options (fetch, sleep) of every shop's Admin API client. */
  readonly client?: AdminClientOptions;
}

interface ShopPause {
  failures: number;
  until: number;
}

/**
 * Posts queued fulfillment events (event-posts.ts) with fulfillmentEventCreate. Each fulfillment's
 * events go in order, one at a time; shops are worked side by side. A transient failure (network,
 * 5xx, 429, THROTTLED) puts the post back with a growing delay, and pauses only its own shop for a
 * while; userErrors or a refused query fail the post for good and become the integration's last
 * error. Claims in the rows keep two nodes from posting the same event.
 */
export class ShopifyEventPoster {
  private readonly clock: () => Date;
  private readonly clients = new Map<string, ShopifyAdminClient>();
  private readonly paused = new Map<string, ShopPause>();
  private timer: NodeJS.Timeout | undefined;
  private pumping: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly store: Store,
    private readonly shops: ReadonlyMap<string, ShopifyShop>,
    private readonly options: EventPosterOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 2_000);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.pumping;
  }

  wake(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump()
      .catch((error: unknown) =>
        this.options.logger?.warn(
          { err: error, scope: 'shopify' },
          'posting fulfillment events failed; will retry',
        ),
      )
      .finally(() => {
        this.pumping = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Posts until nothing is due: each pass takes the due head of every fulfillment. */
  private async pump(): Promise<void> {
    while (!this.stopped) {
      const due = await duePosts(this.store.db, this.clock());
      const byShop = new Map<string, EventPost[]>();
      const now = this.clock().getTime();
      for (const post of due) {
        if ((this.paused.get(post.shopDomain)?.until ?? 0) > now) continue;
        byShop.set(post.shopDomain, [...(byShop.get(post.shopDomain) ?? []), post]);
      }
      if (byShop.size === 0) return;
      const posted = await Promise.all(
        [...byShop.entries()].map(([domain, posts]) => this.postForShop(domain, posts)),
      );
      if (!posted.some(Boolean)) return;
    }
  }

  /** The shop's due posts one after another; stops at its first transient failure. True when any was done. */
  private async postForShop(domain: string, posts: readonly EventPost[]): Promise<boolean> {
    let done = false;
    for (const post of posts) {
      if (this.stopped) break;
      const now = this.clock();
      if (!(await claimPost(this.store.db, post.id, now, this.options.claimMs ?? 60_000))) continue;
      const result = await this.post(post);
      // A refusal becomes the integration's last error in the same commit as the post's state.
      await this.store.db.transaction().execute(async (trx) => {
        await finishPost(trx, post.id, result, this.clock());
        if (result.state === 'failed')
          await noteIntegrationError(trx, post.tenantId, result.error, this.clock());
      });
      if (result.state === 'pending') {
        const pause = this.paused.get(domain) ?? { failures: 0, until: 0 };
        pause.failures += 1;
        pause.until = this.clock().getTime() + this.delay(pause.failures);
        this.paused.set(domain, pause);
        this.options.logger?.warn(
          { scope: 'shopify', shop: domain, fulfillment: post.fulfillmentId, reason: result.error },
          'fulfillment event not posted; will retry',
        );
        break;
      }
      this.paused.delete(domain);
      done = true;
      if (result.state === 'failed')
        this.options.logger?.warn(
          { scope: 'shopify', shop: domain, fulfillment: post.fulfillmentId, reason: result.error },
          'fulfillment event refused by Shopify',
        );
    }
    return done;
  }

  private async post(post: EventPost): Promise<PostResult> {
    const shop = this.shops.get(post.shopDomain);
    if (!shop) return { state: 'failed', error: `shop ${post.shopDomain} is no longer configured` };
    let data: JsonRecord;
    try {
      data = await this.clientFor(shop).request('fulfillmentEventCreate', FULFILLMENT_EVENT_MUTATION, {
        fulfillmentEvent: post.input,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof ShopifyRequestError && error.kind === 'rejected')
        return {
          state: 'failed',
          error: `fulfillmentEventCreate ${post.input.status} for ${post.fulfillmentId}: ${message}`,
        };
      const now = this.clock();
      if (now.getTime() - Date.parse(post.createdAt) > (this.options.giveUpAfterMs ?? 86_400_000))
        return {
          state: 'failed',
          error: `gave up on ${post.input.status} for ${post.fulfillmentId} after ${post.attempts + 1} tries: ${message}`,
        };
      return {
        state: 'pending',
        error: message,
        nextAttemptAt: new Date(now.getTime() + this.delay(post.attempts + 1)),
      };
    }
    const created = recordOf(data.fulfillmentEventCreate);
    const userErrors = listOf(created?.userErrors);
    if (userErrors.length > 0) {
      const first = recordOf(userErrors[0]);
      const message = typeof first?.message === 'string' ? first.message.slice(0, 300) : 'a user error';
      return {
        state: 'failed',
        error: `fulfillmentEventCreate ${post.input.status} for ${post.fulfillmentId}: ${message}`,
      };
    }
    return { state: 'posted' };
  }

  private delay(attempt: number): number {
    return this.options.retryDelayMs?.(attempt) ?? Math.min(600_000, 5_000 * 2 ** (attempt - 1));
  }

  private clientFor(shop: ShopifyShop): ShopifyAdminClient {
    let client = this.clients.get(shop.shopDomain);
    if (!client) {
      // One retry in place for a throttle (the pacer knows how long); anything longer waits in the queue.
      client = new ShopifyAdminClient(shop, { retries: 1, timeoutMs: 10_000, ...this.options.client });
      this.clients.set(shop.shopDomain, client);
    }
    return client;
  }
}
