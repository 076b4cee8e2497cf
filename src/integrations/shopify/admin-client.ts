import { listOf, recordOf, type JsonRecord } from './payload-fields.js';
import { CostPacer, queryCostOf } from './throttle.js';

/** What calling a shop's Admin API needs (a `shops.shopify[]` entry has it). */
export interface ShopifyAdminTarget {
  readonly shopDomain: string;
  readonly accessToken: string;
  readonly apiVersion: string;
  readonly baseUrl?: string | undefined;
}

/**
 * transient: worth trying again later (network, timeout, 5xx, 429, THROTTLED); auth: the token
 * is refused (401/403); rejected: Shopify understood and said no (a GraphQL error, another 4xx).
 */
export type ShopifyErrorKind = 'transient' | 'auth' | 'rejected';

export class ShopifyRequestError extends Error {
  override name = 'ShopifyRequestError';
  constructor(
    message: string,
    readonly kind: ShopifyErrorKind,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface AdminClientOptions {
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  /** The pacer's clock (ms). */
  readonly now?: () => number;
  readonly timeoutMs?: number;
  /** Tries after the first for a throttled, 429, 5xx or network failure (default 8). */
  readonly retries?: number;
  /** Told before every wait: how long and why (for progress lines and logs). */
  readonly onWait?: (ms: number, why: string) => void;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function adminEndpoint(shop: ShopifyAdminTarget): string {
  const base = (shop.baseUrl ?? `https://${shop.shopDomain}`).replace(/\/+$/, '');
  return `${base}/admin/api/${shop.apiVersion}/graphql.json`;
}

/**
 * One shop's Admin GraphQL API: `POST …/admin/api/<version>/graphql.json` with the access token,
 * paced by the cost-based bucket (throttle.ts) and answering a throttle (THROTTLED in the body,
 * under 200 or 429) or a 429/5xx by waiting and sending the same request again. Returns `data`;
 * everything else is a ShopifyRequestError whose message names no secret.
 */
export class ShopifyAdminClient {
  readonly endpoint: string;
  readonly pacer: CostPacer;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly retries: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly shop: ShopifyAdminTarget,
    private readonly options: AdminClientOptions = {},
  ) {
    this.endpoint = adminEndpoint(shop);
    this.pacer = new CostPacer(options.now);
    this.fetch = options.fetch ?? fetch;
    this.sleep = options.sleep ?? sleepFor;
    this.retries = options.retries ?? 8;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** `name` keys the query's cost for pacing (the same query costs about the same every time). */
  async request(name: string, query: string, variables: Record<string, unknown>): Promise<JsonRecord> {
    const body = JSON.stringify({ query, variables });
    for (let attempt = 0; ; attempt += 1) {
      const paced = this.pacer.waitMs(name);
      if (paced > 0) await this.wait(paced, 'cost budget');
      const outcome = await this.send(name, body);
      if ('data' in outcome) return outcome.data;
      if (outcome.error.kind !== 'transient' || attempt >= this.retries) throw outcome.error;
      await this.wait(outcome.retryInMs ?? backoffMs(attempt), outcome.why ?? outcome.error.message);
    }
  }

  private async wait(ms: number, why: string): Promise<void> {
    this.options.onWait?.(ms, why);
    await this.sleep(ms);
  }

  private async send(
    name: string,
    body: string,
  ): Promise<{ data: JsonRecord } | { error: ShopifyRequestError; retryInMs?: number; why?: string }> {
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(this.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'x-shopify-access-token': this.shop.accessToken,
        },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return {
        error: new ShopifyRequestError(
          timedOut
            ? `no answer from ${this.shop.shopDomain} within ${this.timeoutMs} ms`
            : `${this.shop.shopDomain} could not be reached`,
          'transient',
          { cause: error },
        ),
        why: timedOut ? 'no answer' : 'unreachable',
      };
    }
    let answer: unknown;
    try {
      answer = JSON.parse(text) as unknown;
    } catch {
      answer = undefined;
    }
    const cost = queryCostOf(answer);
    if (cost) this.pacer.observe(name, cost);
    const status = response.status;
    if (status === 401 || status === 403)
      return {
        error: new ShopifyRequestError(
          `${this.shop.shopDomain} refused the access token (HTTP ${status})`,
          'auth',
        ),
      };
    const errors = listOf(recordOf(answer)?.errors);
    const firstCode = recordOf(recordOf(errors[0])?.extensions)?.code;
    const retryAfter = retryAfterMs(response.headers.get('retry-after'));
    if (firstCode === 'THROTTLED')
      return {
        error: new ShopifyRequestError(
          `${this.shop.shopDomain} throttled the request (HTTP ${status})`,
          'transient',
        ),
        retryInMs: retryAfter ?? Math.max(this.pacer.waitMs(name), 100),
        why: `throttled (HTTP ${status})`,
      };
    if (status === 429 || status >= 500)
      return {
        error: new ShopifyRequestError(`${this.shop.shopDomain} answered HTTP ${status}`, 'transient'),
        ...(retryAfter !== undefined ? { retryInMs: retryAfter } : {}),
        why: `HTTP ${status}`,
      };
    if (status !== 200)
      return {
        error: new ShopifyRequestError(`${this.shop.shopDomain} answered HTTP ${status}`, 'rejected'),
      };
    if (errors.length > 0) {
      const message = recordOf(errors[0])?.message;
      return {
        error: new ShopifyRequestError(
          `${this.shop.shopDomain} refused the query: ${typeof message === 'string' ? message.slice(0, 300) : 'a GraphQL error'}`,
          'rejected',
        ),
      };
    }
    const data = recordOf(recordOf(answer)?.data);
    if (!data)
      return { error: new ShopifyRequestError(`${this.shop.shopDomain} answered without data`, 'rejected') };
    return { data };
  }
}

/** 0.5 s, 1 s, 2 s … up to 30 s. */
function backoffMs(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** attempt);
}

/** Retry-After in seconds (Shopify sends seconds, sometimes fractional), capped at a minute. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null || !/^\d+(\.\d+)?$/.test(header.trim())) return undefined;
  return Math.min(60_000, Math.round(Number(header) * 1000));
}
