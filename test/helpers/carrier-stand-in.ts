import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that answers like a carrier's API, scripted per request. Clients under test
 * get `standIn.url` as their base URL and the real global `fetch`.
 *
 *   const standIn = await startCarrierStandIn();
 *   standIn.route('POST /oauth/token', () => json({ access_token: 't1', expires_in: 3600 }));
 *   standIn.route('GET /track/:number', (req) => json(fixtureFor(req.params.number)));
 *   standIn.once('GET /track/:number', unauthorized(), tooManyRequests(30)); // next two calls
 *   standIn.down(serverError(503));   // every request fails until standIn.up()
 *   ...
 *   standIn.requests                  // every request received: method, path, params, query, headers, body
 *   await standIn.close();
 *
 * Answers: json(body, status?, headers?), text(body, status?, headers?), empty(status?),
 * unauthorized(), tooManyRequests(retryAfter), serverError(status?), hang().
 * A route is "METHOD /path" where a `:name` segment matches anything and lands in `params`.
 * `once` answers are used first, in order, then the route's handler. An unrouted request gets 404.
 * `close()` also ends connections left hanging by `hang()`.
 */

export interface StandInRequest {
  readonly method: string;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export type StandInAnswer =
  | {
      readonly kind: 'reply';
      readonly status: number;
      readonly body: string;
      readonly headers: Record<string, string>;
    }
  | { readonly kind: 'hang' };

export type StandInHandler = (request: StandInRequest) => StandInAnswer | Promise<StandInAnswer>;

export interface CarrierStandIn {
  readonly url: string;
  readonly requests: readonly StandInRequest[];
  /** Requests received on one route ("METHOD /path"). */
  requestsTo(route: string): StandInRequest[];
  route(route: string, handler: StandInHandler): void;
  once(route: string, ...answers: StandInAnswer[]): void;
  /** Every request gets this answer until `up()`: an outage. */
  down(answer: StandInAnswer): void;
  up(): void;
  close(): Promise<void>;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): StandInAnswer {
  return {
    kind: 'reply',
    status,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  };
}

export function text(body: string, status = 200, headers: Record<string, string> = {}): StandInAnswer {
  return { kind: 'reply', status, body, headers: { 'content-type': 'text/html', ...headers } };
}

export function empty(status = 200): StandInAnswer {
  return { kind: 'reply', status, body: '', headers: {} };
}

export function unauthorized(): StandInAnswer {
  return json({ error: 'invalid_token', error_description: 'The access token expired' }, 401);
}

/** 429 with Retry-After: seconds (a number) or an HTTP-date (a string). */
export function tooManyRequests(retryAfter: number | string): StandInAnswer {
  return json({ error: 'rate limited' }, 429, { 'retry-after': String(retryAfter) });
}

export function serverError(status = 500): StandInAnswer {
  return text('<html><body>Service Unavailable</body></html>', status);
}

/** Never answers: the client's timeout must fire. */
export function hang(): StandInAnswer {
  return { kind: 'hang' };
}

export async function startCarrierStandIn(): Promise<CarrierStandIn> {
  const routes = new Map<string, StandInHandler>();
  const queued = new Map<string, StandInAnswer[]>();
  const requests: StandInRequest[] = [];
  let outage: StandInAnswer | undefined;

  const match = (
    method: string,
    path: string,
  ): { key: string; params: Record<string, string> } | undefined => {
    const keys = new Set([...routes.keys(), ...queued.keys()]);
    for (const key of keys) {
      const [routeMethod, routePath = ''] = key.split(' ');
      if (routeMethod !== method) continue;
      const want = routePath.split('/');
      const got = path.split('/');
      if (want.length !== got.length) continue;
      const params: Record<string, string> = {};
      if (
        want.every((part, i) =>
          part.startsWith(':')
            ? ((params[part.slice(1)] = decodeURIComponent(got[i]!)), true)
            : part === got[i],
        )
      ) {
        return { key, params };
      }
    }
    return undefined;
  };

  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const method = req.method ?? 'GET';
    const found = match(method, url.pathname);
    const request: StandInRequest = {
      method,
      path: url.pathname,
      params: found?.params ?? {},
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(Object.assign(request, { route: found?.key }));
    let reply: StandInAnswer;
    if (outage) reply = outage;
    else if (!found) reply = json({ error: `no route for ${method} ${url.pathname}` }, 404);
    else {
      const next = queued.get(found.key)?.shift();
      const handler = routes.get(found.key);
      reply = next ?? (handler ? await handler(request) : json({ error: 'no answer scripted' }, 404));
    }
    if (reply.kind === 'hang') return;
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body);
  };

  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestsTo: (route) => requests.filter((r) => (r as StandInRequest & { route?: string }).route === route),
    route: (route, handler) => void routes.set(route, handler),
    once: (route, ...answers) => void queued.set(route, [...(queued.get(route) ?? []), ...answers]),
    down: (reply) => void (outage = reply),
    up: () => void (outage = undefined),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
