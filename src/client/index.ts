import createClient, { type Client } from 'openapi-fetch';
import { Webhook } from 'standardwebhooks';
import type { operations, paths } from './openapi.js';

// `waybill/client`: a typed client for Waybill's HTTP API, generated from the OpenAPI document the
// server serves (src/client/openapi.ts, `npm run client:generate`), on openapi-fetch.
//
//   const waybill = createWaybillClient({ baseUrl: 'https://track.example.com', apiKey });
//   const shipment = await unwrap(waybill.POST('/v1/shipments', { body: { trackingNumber } }));
//   for await (const s of eachShipment(waybill, { status: 'exception' })) console.log(s.id);

export type { components, operations, paths } from './openapi.js';

export type WaybillClient = Client<paths>;

/** Waybill's problem+json body (RFC 9457). */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly errors?: readonly { field: string; message: string }[];
  readonly [extra: string]: unknown;
}

/** A refused request: the answer's status and its problem body, typed. */
export class WaybillProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.code}: ${problem.detail}`);
    this.name = 'WaybillProblem';
  }

  /** The stable error code (`not_found`, `validation_failed`, `idempotency_key_reused`…). */
  get code(): string {
    return this.problem.code;
  }
}

export interface WaybillClientOptions {
  /** The server's address, as its OpenAPI document's `servers` entry gives it. */
  readonly baseUrl: string;
  /** An API key (`wb_…`). */
  readonly apiKey: string;
  /** Another fetch (a test double, a proxy agent); the global one by default. */
  readonly fetch?: typeof globalThis.fetch;
}

export function createWaybillClient(options: WaybillClientOptions): WaybillClient {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: { authorization: `Bearer ${options.apiKey}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** The answer's data, or a thrown WaybillProblem for any answer that is not 2xx (or 304). */
export async function unwrap<Data>(
  call: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<Data> {
  const { data, error, response } = await call;
  if (response.ok || response.status === 304) return data as Data;
  throw new WaybillProblem(response.status, asProblem(error, response));
}

type ShipmentQuery = NonNullable<operations['listShipments']['parameters']['query']>;
type ListedShipment =
  operations['listShipments']['responses'][200]['content']['application/json']['data'][number];

/** Every shipment the query finds, newest first, reading page after page (200 a page by default). */
export async function* eachShipment(
  client: WaybillClient,
  query: Omit<ShipmentQuery, 'cursor'> = {},
): AsyncGenerator<ListedShipment> {
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      client.GET('/v1/shipments', {
        params: { query: { limit: 200, ...query, ...(cursor ? { cursor } : {}) } },
      }),
    );
    yield* page.data;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/**
 * Checks a Waybill webhook (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
 * `webhook-signature`) against the endpoint's secret, on the raw body as received, and returns
 * the parsed event. Throws unless it is signed with that secret and less than 5 minutes old.
 */
export function verifyWebhook(
  secret: string,
  rawBody: string | Uint8Array,
  headers: Record<string, string | string[] | undefined> | Headers,
): unknown {
  const get = (name: string): string => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return (Array.isArray(value) ? value[0] : value) ?? '';
  };
  const body = typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody).toString('utf8');
  return new Webhook(secret).verify(body, {
    'webhook-id': get('webhook-id'),
    'webhook-timestamp': get('webhook-timestamp'),
    'webhook-signature': get('webhook-signature'),
  });
}

function asProblem(error: unknown, response: Response): Problem {
  if (error !== null && typeof error === 'object' && 'code' in error) return error as Problem;
  return {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: typeof error === 'string' && error !== '' ? error : `HTTP ${response.status}`,
    instance: new URL(response.url || 'http://unknown/').pathname,
    code: 'unknown',
  };
}
