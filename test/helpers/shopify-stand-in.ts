import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { shopifyHmac } from '../../src/integrations/shopify/verify.js';

/**
 * A local Shopify for tests and the benchmark (shop-platforms.md §5): the Admin GraphQL API of
 * one shop, and a sender of signed webhooks.
 *
 *   const shop = await startShopifyStandIn({ accessToken: 't', bucket: { maximumAvailable: 200, restoreRate: 2000 } });
 *   shop.addOrder({ id: 1001, name: '#1001', updatedAt: '2026-03-01T09:00:00Z', fulfillments: [...] });
 *   shop.throttleNext(2, 429);  // the next two calls are THROTTLED (bucket drained), answered with 429
 *   shop.failNext(3);           // the next three calls get 503
 *   shop.events                 // fulfillment events created, in the order they arrived
 *   await shop.close();
 *
 * GraphQL: the token must be in X-Shopify-Access-Token (else 401); every reply carries
 * extensions.cost from a leaky bucket (requested cost checked against what is available, actual
 * cost taken); a throttle has no data and errors[0].extensions.code THROTTLED, under 200 or 429
 * (`throttleStatus`); cursors are opaque; `first` over 250 is a GraphQL error; fulfillmentEventCreate
 * answers userErrors for a fulfillment it does not know, and a GraphQL error for a status the URL's
 * API version lacks. Only what Waybill asks is understood: the orders query and that mutation.
 */

export interface StandInFulfillment {
  readonly id: number;
  readonly status?: string;
  readonly trackingInfo: readonly { company: string | null; number: string; url?: string | null }[];
}

export interface StandInOrder {
  readonly id: number;
  readonly name: string;
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly customerLocale?: string | null;
  readonly createdAt?: string;
  readonly updatedAt: string;
  readonly shippingAddress?: Record<string, unknown> | null;
  readonly fulfillments: readonly StandInFulfillment[];
}

export interface StandInEvent {
  readonly fulfillmentId: string;
  readonly status: string;
  readonly happenedAt?: string;
  readonly city?: string;
  readonly province?: string;
  readonly country?: string;
  readonly zip?: string;
  readonly estimatedDeliveryAt?: string;
}

export interface ShopifyStandInOptions {
  readonly accessToken?: string;
  readonly bucket?: { maximumAvailable?: number; restoreRate?: number };
  /** The HTTP status of THROTTLED answers (Shopify's is unconfirmed: 200 or 429). */
  readonly throttleStatus?: 200 | 429;
}

export interface GraphqlCall {
  readonly version: string;
  readonly token: string | undefined;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly status: number;
  readonly throttled: boolean;
}

export interface ShopifyStandIn {
  readonly url: string;
  readonly accessToken: string;
  readonly calls: readonly GraphqlCall[];
  readonly events: readonly StandInEvent[];
  addOrder(order: StandInOrder): void;
  /** The next `count` calls drain the bucket and are THROTTLED, under `status` (default: the configured one). */
  throttleNext(count: number, status?: 200 | 429): void;
  /** The next `count` calls fail with 503. */
  failNext(count: number): void;
  close(): Promise<void>;
}

const STATUSES_2024_10 = [
  'ATTEMPTED_DELIVERY',
  'CONFIRMED',
  'DELIVERED',
  'FAILURE',
  'IN_TRANSIT',
  'LABEL_PRINTED',
  'LABEL_PURCHASED',
  'OUT_FOR_DELIVERY',
  'READY_FOR_PICKUP',
];

/** FulfillmentEventStatus values in a version (shop-platforms.md §2). */
export function statusesOf(version: string): string[] {
  const statuses = [...STATUSES_2024_10];
  if (version === 'unstable' || version >= '2025-01') statuses.push('DELAYED');
  if (version === 'unstable' || version >= '2026-01') statuses.push('CARRIER_PICKED_UP');
  if (version === 'unstable') statuses.push('PICKED_UP');
  return statuses;
}

export async function startShopifyStandIn(options: ShopifyStandInOptions = {}): Promise<ShopifyStandIn> {
  const accessToken = options.accessToken ?? `shpat_${randomBytes(8).toString('hex')}`;
  const maximumAvailable = options.bucket?.maximumAvailable ?? 1000;
  const restoreRate = options.bucket?.restoreRate ?? 50;
  const salt = randomBytes(4).toString('hex');
  let available = maximumAvailable;
  let seenAt = performance.now();
  let throttles: (200 | 429)[] = [];
  let failures = 0;
  const orders: StandInOrder[] = [];
  const calls: GraphqlCall[] = [];
  const events: StandInEvent[] = [];

  const refill = () => {
    const now = performance.now();
    available = Math.min(maximumAvailable, available + ((now - seenAt) / 1000) * restoreRate);
    seenAt = now;
  };
  const cost = (requested: number, actual: number | null) => ({
    cost: {
      requestedQueryCost: requested,
      actualQueryCost: actual,
      throttleStatus: { maximumAvailable, currentlyAvailable: Math.floor(available), restoreRate },
    },
  });
  const cursorOf = (index: number) => Buffer.from(JSON.stringify({ salt, index })).toString('base64url');
  const indexOf = (cursor: unknown): number | undefined => {
    if (cursor === null || cursor === undefined) return -1;
    try {
      const parsed = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8')) as {
        salt?: string;
        index?: number;
      };
      return parsed.salt === salt && Number.isInteger(parsed.index) ? parsed.index : undefined;
    } catch {
      return undefined;
    }
  };

  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const match = /^\/admin\/api\/([^/]+)\/graphql\.json$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (req.method !== 'POST' || !match) return send(404, { errors: 'Not Found' });
    const version = match[1]!;
    const token = req.headers['x-shopify-access-token'];
    let request: { query?: unknown; variables?: unknown } = {};
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof request;
    } catch {
      return send(400, { errors: 'Bad Request' });
    }
    const query = typeof request.query === 'string' ? request.query : '';
    const variables = (request.variables ?? {}) as Record<string, unknown>;
    const record = (status: number, throttled = false) =>
      calls.push({
        version,
        token: typeof token === 'string' ? token : undefined,
        query,
        variables,
        status,
        throttled,
      });
    if (token !== accessToken) {
      record(401);
      return send(401, {
        errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
      });
    }
    if (failures > 0) {
      failures -= 1;
      record(503);
      return send(503, { errors: 'Service Unavailable' });
    }
    const isMutation = query.includes('fulfillmentEventCreate');
    const first = Number(/orders\(first:\s*(\d+)/.exec(query)?.[1] ?? 0);
    const requested = isMutation ? 10 : 2 + first * 3;
    refill();
    const forced = throttles.shift();
    if (forced !== undefined) available = 0;
    if (forced !== undefined || available < requested) {
      const status = forced ?? options.throttleStatus ?? 200;
      record(status, true);
      return send(status, {
        errors: [
          {
            message: 'Throttled',
            extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
          },
        ],
        extensions: cost(requested, null),
      });
    }
    if (isMutation) {
      available -= 10;
      record(200);
      const input = (variables.fulfillmentEvent ?? {}) as Record<string, unknown>;
      if (!statusesOf(version).includes(String(input.status)))
        return send(200, {
          errors: [
            {
              message: `Variable $fulfillmentEvent of type FulfillmentEventInput! was provided invalid value for status (Expected "${String(input.status)}" to be one of: ${statusesOf(version).join(', ')})`,
              extensions: { code: 'INVALID_VARIABLE' },
            },
          ],
          extensions: cost(10, null),
        });
      const known = orders.some((order) =>
        order.fulfillments.some((f) => `gid://shopify/Fulfillment/${f.id}` === input.fulfillmentId),
      );
      if (!known)
        return send(200, {
          data: {
            fulfillmentEventCreate: {
              fulfillmentEvent: null,
              userErrors: [
                { field: ['fulfillmentEvent', 'fulfillmentId'], message: 'Fulfillment does not exist.' },
              ],
            },
          },
          extensions: cost(10, 10),
        });
      events.push(input as unknown as StandInEvent);
      return send(200, {
        data: {
          fulfillmentEventCreate: {
            fulfillmentEvent: { id: `gid://shopify/FulfillmentEvent/${events.length}`, status: input.status },
            userErrors: [],
          },
        },
        extensions: cost(10, 10),
      });
    }
    if (first > 250) {
      record(200);
      return send(200, {
        errors: [
          { message: 'The first argument must not exceed 250.', extensions: { code: 'MAX_PAGE_SIZE' } },
        ],
        extensions: cost(requested, null),
      });
    }
    const after = indexOf(variables.cursor);
    if (after === undefined) {
      record(200);
      return send(200, {
        errors: [{ message: 'Invalid cursor for current pagination sort.' }],
        extensions: cost(requested, null),
      });
    }
    const since = /updated_at:>=(\S+)/.exec(String(variables.query ?? ''))?.[1];
    const matching = [...orders]
      .filter((order) => since === undefined || order.updatedAt >= since)
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id - b.id);
    const page = matching.slice(after + 1, after + 1 + first);
    const actual = 2 + page.length * 3;
    available -= actual;
    record(200);
    return send(200, {
      data: {
        orders: {
          nodes: page.map((order) => ({
            id: `gid://shopify/Order/${order.id}`,
            name: order.name,
            email: order.email ?? null,
            phone: order.phone ?? null,
            customerLocale: order.customerLocale ?? null,
            createdAt: order.createdAt ?? order.updatedAt,
            updatedAt: order.updatedAt,
            shippingAddress: order.shippingAddress ?? null,
            fulfillments: order.fulfillments.map((f) => ({
              id: `gid://shopify/Fulfillment/${f.id}`,
              legacyResourceId: String(f.id),
              status: f.status ?? 'SUCCESS',
              updatedAt: order.updatedAt,
              trackingInfo: f.trackingInfo.map((info) => ({
                company: info.company,
                number: info.number,
                url: info.url ?? null,
              })),
            })),
          })),
          pageInfo: {
            hasNextPage: after + 1 + first < matching.length,
            endCursor: page.length > 0 ? cursorOf(after + page.length) : null,
          },
        },
      },
      extensions: cost(requested, actual),
    });
  };

  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accessToken,
    calls,
    events,
    addOrder: (order) => void orders.push(order),
    throttleNext: (count, status) => {
      throttles = [
        ...throttles,
        ...Array.from({ length: count }, () => status ?? options.throttleStatus ?? 200),
      ];
    },
    failNext: (count) => void (failures += count),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface WebhookToSend {
  readonly topic: string;
  readonly shopDomain: string;
  /** Signs with it; `signature` overrides what is sent. */
  readonly secret: string;
  /** An object is serialised; a string is sent as the exact bytes. */
  readonly body: unknown;
  readonly webhookId?: string;
  readonly apiVersion?: string;
  readonly triggeredAt?: string;
  /** 'missing' leaves the header out; a string is sent instead of the real signature. */
  readonly signature?: 'missing' | string;
  /** Header names as Shopify writes them (X-Shopify-…) or all lower case. */
  readonly headerCase?: 'canonical' | 'lower';
}

/** The request Shopify would make: the exact bytes, their HMAC and every §1 header. */
export function shopifyWebhookRequest(webhook: WebhookToSend): {
  body: string;
  headers: Record<string, string>;
} {
  const body = typeof webhook.body === 'string' ? webhook.body : JSON.stringify(webhook.body);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Shopify-Topic': webhook.topic,
    'X-Shopify-Shop-Domain': webhook.shopDomain,
    'X-Shopify-API-Version': webhook.apiVersion ?? '2026-01',
    'X-Shopify-Webhook-Id': webhook.webhookId ?? randomUUID(),
    'X-Shopify-Event-Id': randomUUID(),
    'X-Shopify-Triggered-At': webhook.triggeredAt ?? new Date().toISOString(),
    'X-Shopify-Name': 'waybill',
  };
  if (webhook.signature !== 'missing')
    headers['X-Shopify-Hmac-Sha256'] = webhook.signature ?? shopifyHmac(body, webhook.secret);
  const cased =
    webhook.headerCase === 'lower'
      ? Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
      : headers;
  return { body, headers: cased };
}

/** Sends a webhook to a listening Waybill (`url` is the full webhook URL). */
export async function sendShopifyWebhook(
  url: string,
  webhook: WebhookToSend,
): Promise<{ status: number; body: unknown }> {
  const { body, headers } = shopifyWebhookRequest(webhook);
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    // Not JSON: returned as text.
  }
  return { status: response.status, body: parsed };
}
