import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local WooCommerce site: REST v3 orders and notes, and a webhook sender, as described in
 * /work/shared/reference/shop-platforms.md §3 and §5.
 *
 *   const shop = await startWooCommerceStandIn();
 *   const order = shop.addOrder({ status: 'processing', meta_data: [...] });  // number ≠ id
 *   shop.setNotes(order.id, ['Shipped with FedEx: 986578788855']);
 *   const sender = shop.webhookSender(post);   // post: how a request reaches the app (inject)
 *   await sender.ping();                       // unsigned form body; anything but 200 throws
 *   await sender.send('order.updated', order.id);  // JSON rendered now, signed, new Delivery-ID
 *   shop.updateOrder(order.id, (o) => { o.status = 'completed'; });  // moves date_modified_gmt
 *   await shop.close();
 *
 * REST: Basic auth or the query keys (checked first); a bad secret is 401
 * woocommerce_rest_authentication_error, none at all 401 woocommerce_rest_cannot_view. Lists take
 * page, per_page (≤ 100, else 400), modified_after (GMT with dates_are_gmt=true), orderby id|date
 * and order, and answer X-WP-Total, X-WP-TotalPages and Link. `failWhen` makes requests fail.
 */

export type StandInOrder = Record<string, unknown> & {
  id: number;
  number: string;
  date_modified_gmt: string;
};

export interface StandInRestRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
}

export interface WebhookPost {
  readonly headers: Record<string, string>;
  readonly body: string;
}

export type WebhookTransport = (request: WebhookPost) => Promise<{ status: number; body: string }>;

export interface SentDelivery {
  readonly status: number;
  readonly body: string;
  readonly deliveryId: string;
  /** The exact bytes sent. */
  readonly payload: string;
}

export interface WebhookSender {
  /** The ping on saving a webhook: `webhook_id=<id>`, no X-WC headers. Throws unless exactly 200. */
  ping(): Promise<number>;
  /**
   * One delivery of an order as it is now. `secret` signs with another secret (a forgery);
   * `signature` sends that header value instead. Never retried. Undefined once disabled.
   */
  send(
    topic: 'order.created' | 'order.updated',
    orderId: number,
    forge?: { secret?: string; signature?: string | null },
  ): Promise<SentDelivery | undefined>;
  /** order.deleted: the body is only `{"id":N}`. */
  sendDeleted(orderId: number): Promise<SentDelivery | undefined>;
  /** Consecutive failures; more than 5 and the next failure disables the webhook. */
  readonly failures: number;
  readonly disabled: boolean;
}

export interface WooCommerceStandIn {
  /** The site's home URL, with its trailing slash (X-WC-Webhook-Source). */
  readonly url: string;
  readonly restBase: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  /** Contains `&` (and an entity, which WooCommerce decodes before signing). */
  readonly webhookSecret: string;
  /** Every REST request, in order (a test may empty it). */
  readonly requests: StandInRestRequest[];
  /** Adds an order; its number is not its id. Returns the stored order (edit it with updateOrder). */
  addOrder(fields?: Record<string, unknown>): StandInOrder;
  /** Changes an order and moves its date_modified_gmt forward. */
  updateOrder(id: number, change: (order: StandInOrder) => void): StandInOrder;
  order(id: number): StandInOrder;
  setNotes(id: number, notes: readonly string[]): void;
  /** The next `times` REST requests that `match` answer `status`. */
  failWhen(match: (request: StandInRestRequest) => boolean, status?: number, times?: number): void;
  webhookSender(transport: WebhookTransport, webhookId?: number): WebhookSender;
  close(): Promise<void>;
}

const REST_PREFIX = '/wp-json/wc/v3/';

export async function startWooCommerceStandIn(
  options: {
    consumerKey?: string;
    consumerSecret?: string;
    webhookSecret?: string;
    /** The site's clock (ms), for date_created_gmt and date_modified_gmt; Date.now by default. */
    clock?: () => number;
  } = {},
): Promise<WooCommerceStandIn> {
  const consumerKey = options.consumerKey ?? `ck_${randomBytes(20).toString('hex')}`;
  const consumerSecret = options.consumerSecret ?? `cs_${randomBytes(20).toString('hex')}`;
  const webhookSecret = options.webhookSecret ?? `wc&s3cr3t&amp;${randomBytes(6).toString('base64')}<&>`;
  const orders = new Map<number, StandInOrder>();
  const notes = new Map<number, string[]>();
  const requests: StandInRestRequest[] = [];
  const failures: { match: (r: StandInRestRequest) => boolean; status: number; left: number }[] = [];
  let nextId = 801;
  // The site's clock, in whole seconds as WooCommerce has it: each change at least a second
  // after the one before, so every change is a new date_modified_gmt.
  const clock = options.clock ?? Date.now;
  let tick = 0;
  const nowGmt = () => {
    tick = Math.max(tick + 1000, Math.floor(clock() / 1000) * 1000);
    return new Date(tick).toISOString().slice(0, 19);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      reply(response, 500, { code: 'internal', message: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for await (const chunk of request) void chunk;
    const parsed = new URL(request.url ?? '/', url);
    const rest: StandInRestRequest = {
      method: request.method ?? 'GET',
      path: parsed.pathname,
      query: parsed.searchParams,
      authorization: request.headers.authorization,
    };
    requests.push(rest);
    if (!parsed.pathname.startsWith(REST_PREFIX)) return reply(response, 404, { code: 'rest_no_route' });
    const auth = checkAuth(rest);
    if (auth) return reply(response, 401, auth);
    const failure = failures.find((f) => f.left > 0 && f.match(rest));
    if (failure) {
      failure.left -= 1;
      return reply(response, failure.status, { code: 'internal_server_error', message: 'scripted failure' });
    }
    const route = parsed.pathname.slice(REST_PREFIX.length);
    if (rest.method === 'GET' && route === 'orders') return listOrders(rest, response);
    const notesMatch = /^orders\/(\d+)\/notes$/.exec(route);
    if (rest.method === 'GET' && notesMatch) {
      const id = Number(notesMatch[1]);
      if (!orders.has(id))
        return reply(response, 404, {
          code: 'woocommerce_rest_order_invalid_id',
          message: 'Invalid order ID.',
        });
      return reply(
        response,
        200,
        (notes.get(id) ?? []).map((note, i) => ({
          id: id * 100 + i,
          author: 'WooCommerce',
          date_created_gmt: nowGmt(),
          note,
          customer_note: false,
        })),
      );
    }
    const orderMatch = /^orders\/(\d+)$/.exec(route);
    if (rest.method === 'GET' && orderMatch && orders.has(Number(orderMatch[1])))
      return reply(response, 200, orders.get(Number(orderMatch[1])));
    return reply(response, 404, { code: 'rest_no_route', message: 'No route was found.' });
  }

  /** Query keys are checked first, as WooCommerce does; then Basic auth. */
  function checkAuth(request: StandInRestRequest): Record<string, unknown> | undefined {
    let key = request.query.get('consumer_key');
    let secret = request.query.get('consumer_secret');
    if (key === null && request.authorization?.startsWith('Basic ')) {
      const decoded = Buffer.from(request.authorization.slice(6), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      key = decoded.slice(0, colon);
      secret = decoded.slice(colon + 1);
    }
    if (key === null)
      return {
        code: 'woocommerce_rest_cannot_view',
        message: 'Sorry, you cannot list resources.',
        data: { status: 401 },
      };
    if (key !== consumerKey)
      return {
        code: 'woocommerce_rest_authentication_error',
        message: 'Consumer key is invalid.',
        data: { status: 401 },
      };
    if (secret !== consumerSecret)
      return {
        code: 'woocommerce_rest_authentication_error',
        message: 'Invalid signature - provided signature does not match.',
        data: { status: 401 },
      };
    return undefined;
  }

  function listOrders(request: StandInRestRequest, response: ServerResponse): void {
    const q = request.query;
    const perPage = Number(q.get('per_page') ?? '10');
    const page = Number(q.get('page') ?? '1');
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100)
      return reply(response, 400, {
        code: 'rest_invalid_param',
        message: 'Invalid parameter(s): per_page',
        data: {
          status: 400,
          params: { per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)' },
        },
      });
    let list = [...orders.values()];
    const after = q.get('modified_after');
    if (after !== null) {
      // With dates_are_gmt the time is GMT; without, the stand-in's site time is GMT too.
      const since = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(after) ? after : `${after}Z`);
      list = list.filter((o) => Date.parse(`${o.date_modified_gmt}Z`) > since);
    }
    const orderby = q.get('orderby') ?? 'date';
    const direction = (q.get('order') ?? 'desc') === 'asc' ? 1 : -1;
    list.sort((a, b) =>
      orderby === 'id'
        ? (a.id - b.id) * direction
        : String(a['date_created_gmt']).localeCompare(String(b['date_created_gmt'])) * direction ||
          a.id - b.id,
    );
    const total = list.length;
    const totalPages = Math.ceil(total / perPage);
    const body = list.slice((page - 1) * perPage, page * perPage);
    const link = (p: number) => {
      const next = new URL(`${url}wp-json/wc/v3/orders`);
      for (const [name, value] of q) if (!name.startsWith('consumer_')) next.searchParams.set(name, value);
      next.searchParams.set('page', String(p));
      return next.toString();
    };
    const links: string[] = [];
    if (page > 1) links.push(`<${link(page - 1)}>; rel="prev"`);
    if (page < totalPages) links.push(`<${link(page + 1)}>; rel="next"`);
    reply(response, 200, body, {
      'x-wp-total': String(total),
      'x-wp-totalpages': String(totalPages),
      ...(links.length > 0 ? { link: links.join(', ') } : {}),
    });
  }

  function reply(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
    response.end(JSON.stringify(body));
  }

  const standIn: WooCommerceStandIn = {
    url,
    restBase: `${url}wp-json/wc/v3/`,
    consumerKey,
    consumerSecret,
    webhookSecret,
    requests,
    addOrder(fields = {}) {
      const id = nextId;
      nextId += 1;
      const at = nowGmt();
      const order: StandInOrder = {
        id,
        // A sequential-numbers plugin: what the customer sees is not the post id.
        number: `WC-${id + 4000}`,
        status: 'processing',
        currency: 'EUR',
        date_created: at,
        date_created_gmt: at,
        date_modified: at,
        date_modified_gmt: at,
        billing: {
          first_name: 'Ada',
          last_name: 'Lee',
          email: `ada${id}@example.com`,
          phone: '+49 30 1234567',
          country: 'DE',
        },
        shipping: {
          first_name: 'Ada',
          last_name: 'Lee',
          address_1: 'Hauptstr. 1',
          city: 'Berlin',
          postcode: '10115',
          country: 'DE',
        },
        meta_data: [],
        ...fields,
      };
      orders.set(id, order);
      return order;
    },
    updateOrder(id, change) {
      const order = standIn.order(id);
      change(order);
      const at = nowGmt();
      order.date_modified = at;
      order.date_modified_gmt = at;
      return order;
    },
    order(id) {
      const order = orders.get(id);
      if (!order) throw new Error(`the stand-in has no order ${id}`);
      return order;
    },
    setNotes(id, list) {
      notes.set(id, [...list]);
    },
    failWhen(match, status = 503, times = 1) {
      failures.push({ match, status, left: times });
    },
    webhookSender(transport, webhookId = 7) {
      let failureCount = 0;
      let disabled = false;
      const deliver = async (
        topic: string,
        payload: string,
        forge: { secret?: string; signature?: string | null } = {},
      ) => {
        if (disabled) return undefined;
        const deliveryId = createHmac('sha256', randomBytes(16))
          .update(`${webhookId}${Date.now()}`)
          .digest('hex');
        const [resource = 'order', event = ''] = topic.split('.');
        const signature =
          forge.signature !== undefined
            ? forge.signature
            : createHmac('sha256', decodeSpecialChars(forge.secret ?? webhookSecret))
                .update(payload)
                .digest('base64');
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'user-agent': 'WooCommerce/9.8.1 Hookshot (WordPress/6.8.1)',
          'x-wc-webhook-source': url,
          'x-wc-webhook-topic': topic,
          'x-wc-webhook-resource': resource,
          'x-wc-webhook-event': event,
          'x-wc-webhook-id': String(webhookId),
          'x-wc-webhook-delivery-id': deliveryId,
          ...(signature === null ? {} : { 'x-wc-webhook-signature': signature }),
        };
        const answer = await transport({ headers, body: payload });
        // WooCommerce's rule: 2xx, 301 and 302 reset the count; once above 5, a failure disables.
        if ((answer.status >= 200 && answer.status < 300) || answer.status === 301 || answer.status === 302)
          failureCount = 0;
        else if (failureCount > 5) disabled = true;
        else failureCount += 1;
        return { status: answer.status, body: answer.body, deliveryId, payload };
      };
      return {
        async ping() {
          const answer = await transport({
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: `webhook_id=${webhookId}`,
          });
          if (answer.status !== 200)
            throw new Error(`the ping got ${answer.status}: WooCommerce would refuse to save the webhook`);
          return answer.status;
        },
        // Rendered at send time: what the order is now, not when it changed.
        send: (topic, orderId, forge) => deliver(topic, JSON.stringify(standIn.order(orderId)), forge),
        sendDeleted: (orderId) => deliver('order.deleted', JSON.stringify({ id: orderId })),
        get failures() {
          return failureCount;
        },
        get disabled() {
          return disabled;
        },
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return standIn;
}

/** What WooCommerce does to the secret before signing (wp_specialchars_decode, ENT_QUOTES). */
function decodeSpecialChars(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#039;', "'")
    .replaceAll('&amp;', '&');
}
