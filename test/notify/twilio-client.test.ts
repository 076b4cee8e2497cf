import { createServer, type Server } from 'node:http';
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

  it('gives up on a server that never answers after its timeout, as a failure that may pass', async () => {
    let received = 0;
    server = createServer(() => {
      received += 1; // and never answers
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = new TwilioClient({
      accountSid: 'AC1',
      authToken: 't',
      from: '+15005550006',
      messagingServiceSid: '',
      baseUrl: `http://127.0.0.1:${port}`,
      timeoutMs: 300,
    });
    const started = Date.now();
    const outcome = await client.sendMessage({ to: '+4915112345678', body: 'hi', idempotencyKey: 'k1' });
    expect(received).toBe(1);
    expect(outcome).toMatchObject({ ok: false, httpStatus: null, code: null });
    expect(outcome.ok === false && outcome.message).toMatch(/^request failed: .*timeout/i);
    // It waited for the timeout, not for ever (the test's own limit is far longer).
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});
