import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TwilioClient } from '../../src/notify/sms/twilio-client.js';

describe('the Twilio client', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function clientOf(handler: RequestListener): Promise<TwilioClient> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new TwilioClient({
      accountSid: 'AC1',
      authToken: 't',
      from: '+15005550006',
      messagingServiceSid: '',
      baseUrl: `http://127.0.0.1:${port}`,
      timeoutMs: 300,
    });
  }

  /** Sends one text and times it. */
  async function timedSend(client: TwilioClient) {
    const started = Date.now();
    const outcome = await client.sendMessage({ to: '+4915112345678', body: 'hi', idempotencyKey: 'k1' });
    return { outcome, ms: Date.now() - started };
  }

  it('gives up on a server that never answers after its timeout, as a failure that may pass', async () => {
    let received = 0;
    const client = await clientOf(() => {
      received += 1; // and never answers
    });
    const { outcome, ms } = await timedSend(client);
    expect(received).toBe(1);
    expect(outcome).toMatchObject({ ok: false, httpStatus: null, code: null });
    expect(outcome.ok === false && outcome.message).toBe('request failed: no complete answer within 300 ms');
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(3000);
  });

  it('gives up on an answer that trickles in for longer than the timeout', async () => {
    const client = await clientOf((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/json' });
      // A byte every 100 ms: no gap is long, but the whole answer never comes.
      const trickle = setInterval(() => response.write(' '), 100);
      response.on('close', () => clearInterval(trickle));
    });
    const { outcome, ms } = await timedSend(client);
    expect(outcome).toMatchObject({ ok: false, httpStatus: null });
    expect(outcome.ok === false && outcome.message).toMatch(/no complete answer within 300 ms/);
    expect(ms).toBeLessThan(3000);
  });

  it('reads a created message', async () => {
    const client = await clientOf((_request, response) => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ sid: 'SM1', status: 'queued', num_segments: '1' }));
    });
    const { outcome } = await timedSend(client);
    expect(outcome).toEqual({ ok: true, sid: 'SM1', status: 'queued', segments: 1 });
  });
});
