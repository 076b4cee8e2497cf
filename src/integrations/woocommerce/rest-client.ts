import type { WooShop } from './shops.js';
import { restBaseOf } from './shops.js';

// WooCommerce REST v3, the two reads Waybill makes: orders changed since a time (the backfill)
// and an order's notes (tracking numbers written there). I/O only. Authenticated with the
// consumer key and secret by Basic auth, which WooCommerce accepts over HTTPS only (plain HTTP
// would need OAuth 1.0a); plain HTTP is allowed to a loopback address, for stand-ins.

export type WooRestFailure = 'auth' | 'unavailable' | 'bad_response' | 'insecure';

/** A REST call that did not give what was asked; the message is one line with no secret in it. */
export class WooCommerceError extends Error {
  override name = 'WooCommerceError';
  constructor(
    message: string,
    readonly kind: WooRestFailure,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

export interface OrdersPage {
  readonly orders: readonly unknown[];
  /** X-WP-Total and X-WP-TotalPages, when sent. */
  readonly total: number | null;
  readonly totalPages: number | null;
  /** Whether another page follows (Link rel="next", else X-WP-TotalPages, else a full page). */
  readonly hasNext: boolean;
}

export interface WooRest {
  ordersPage(query: { page: number; perPage: number; modifiedAfter?: string | null }): Promise<OrdersPage>;
  orderNotes(orderId: string): Promise<unknown>;
}

export interface WooRestOptions {
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function wooRest(shop: WooShop, options: WooRestOptions = {}): WooRest {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const base = restBaseOf(shop);
  const authorization = `Basic ${Buffer.from(`${shop.consumerKey}:${shop.consumerSecret}`).toString('base64')}`;

  const get = async (path: string, query: Record<string, string>, what: string) => {
    let url: URL;
    try {
      url = resolve(base, path);
    } catch (error) {
      throw new WooCommerceError(`the WooCommerce REST base ${base} is not a URL`, 'bad_response', {
        cause: error,
      });
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
      throw new WooCommerceError(
        `the WooCommerce REST base ${base} is not HTTPS: the consumer secret would travel in clear`,
        'insecure',
      );
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    const where = `WooCommerce at ${shop.siteUrl}`;
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { authorization, accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      const reason = timedOut ? `no answer within ${Math.round(timeoutMs / 1000)} s` : causeText(error);
      throw new WooCommerceError(`${where} could not be reached for ${what}: ${reason}`, 'unavailable', {
        cause: error,
      });
    }
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      body = undefined;
    }
    if (response.status === 401 || response.status === 403) {
      const code = errorCode(body);
      const hint =
        code === 'woocommerce_rest_authentication_error'
          ? 'check consumerKey and consumerSecret in shops.woocommerce'
          : 'the key needs Read access';
      throw new WooCommerceError(
        `${where} refused the consumer key for ${what} (${response.status}${code ? ` ${code}` : ''}): ${hint}`,
        'auth',
      );
    }
    if (!response.ok) {
      const code = errorCode(body);
      throw new WooCommerceError(
        `${where} answered ${response.status}${code ? ` ${code}` : ''} to ${what}`,
        response.status >= 500 || response.status === 429 ? 'unavailable' : 'bad_response',
      );
    }
    return { response, body };
  };

  return {
    async ordersPage({ page, perPage, modifiedAfter }) {
      const query: Record<string, string> = {
        page: String(page),
        per_page: String(perPage),
        orderby: 'id',
        order: 'asc',
        dates_are_gmt: 'true',
      };
      if (modifiedAfter) query.modified_after = modifiedAfter;
      const what = `GET orders page ${page}`;
      const { response, body } = await get('orders', query, what);
      if (!Array.isArray(body))
        throw new WooCommerceError(
          `WooCommerce at ${shop.siteUrl} answered ${what} with no list of orders`,
          'bad_response',
        );
      const total = headerNumber(response.headers.get('x-wp-total'));
      const totalPages = headerNumber(response.headers.get('x-wp-totalpages'));
      const link = response.headers.get('link');
      const hasNext =
        link !== null && /rel="?next"?/i.test(link)
          ? true
          : totalPages !== null
            ? page < totalPages
            : body.length >= perPage;
      return { orders: body, total, totalPages, hasNext };
    },
    async orderNotes(orderId) {
      const { body } = await get(
        `orders/${encodeURIComponent(orderId)}/notes`,
        {},
        `GET orders/${orderId}/notes`,
      );
      return body;
    },
  };
}

/** <base><path>; with "Plain" permalinks the route rides in ?rest_route=/wc/v3/… instead. */
function resolve(base: string, path: string): URL {
  const url = new URL(base);
  const route = url.searchParams.get('rest_route');
  if (route === null) return new URL(path, url);
  url.searchParams.set('rest_route', `${route.replace(/\/+$/, '')}/${path}`);
  return url;
}

function errorCode(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || !('code' in body)) return undefined;
  const code = (body as { code: unknown }).code;
  return typeof code === 'string' && /^[a-z0-9_]{1,80}$/.test(code) ? code : undefined;
}

function headerNumber(value: string | null): number | null {
  return value !== null && /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** Node's fetch hides the reason (ECONNREFUSED…) in `cause`. */
function causeText(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'failed') : 'failed';
}
