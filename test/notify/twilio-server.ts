import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TwilioRequest {
  readonly accountSid: string;
  readonly authorization: string | undefined;
  readonly idempotencyToken: string | undefined;
  readonly to: string;
  readonly from: string | undefined;
  readonly body: string;
  readonly statusCallback: string | undefined;
  readonly sid: string;
  readonly at: number;
}

export interface LocalTwilio {
  readonly baseUrl: string;
  readonly requests: TwilioRequest[];
  /** Numbers Twilio itself has as opted out: sends get error 21610. */
  readonly blocked: Set<string>;
  /** While above zero, requests get 503 and the count drops. */
  failNext: number;
  /** Called with each accepted request as it arrives (benchmarks take timings here). */
  onRequest?: (request: TwilioRequest) => void;
  close(): Promise<void>;
}

export const TWILIO_SID = 'AC00000000000000000000000000000001';
export const TWILIO_TOKEN = 'test-auth-token';

/** A local HTTP server speaking the shape of Twilio's Messages API (2010-04-01). */
export async function startLocalTwilio(): Promise<LocalTwilio> {
  let counter = 0;
  const local: LocalTwilio = {
    baseUrl: '',
    requests: [],
    blocked: new Set(),
    failNext: 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(req.url ?? '');
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || !match)
        return reply(404, { code: 20404, message: 'not found', status: 404 });
      const expected = `Basic ${Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString('base64')}`;
      if (req.headers.authorization !== expected || match[1] !== TWILIO_SID)
        return reply(401, { code: 20003, message: 'Authenticate', status: 401 });
      if (local.failNext > 0) {
        local.failNext -= 1;
        return reply(503, { code: 20500, message: 'Service unavailable', status: 503 });
      }
      const form = new URLSearchParams(raw);
      const to = form.get('To') ?? '';
      if (local.blocked.has(to))
        return reply(400, { code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 });
      counter += 1;
      const sid = `SM${counter.toString(16).padStart(32, '0')}`;
      const request: TwilioRequest = {
        accountSid: match[1] ?? '',
        authorization: req.headers.authorization,
        idempotencyToken: header(req, 'i-twilio-idempotency-token'),
        to,
        from: form.get('From') ?? undefined,
        body: form.get('Body') ?? '',
        statusCallback: form.get('StatusCallback') ?? undefined,
        sid,
        at: performance.now(),
      };
      local.requests.push(request);
      local.onRequest?.(request);
      reply(201, {
        sid,
        status: 'queued',
        to,
        body: request.body,
        num_segments: '1',
        account_sid: TWILIO_SID,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(local, { baseUrl: `http://127.0.0.1:${port}` });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
