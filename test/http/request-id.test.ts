import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxRelay } from '../../src/ingest/outbox-relay.js';
import { createLogger } from '../../src/logger.js';
import type { OutboxMessage } from '../../src/store/repositories/outbox.js';
import { DIALECTS } from '../helpers/dialects.js';
import { testApp, type TestApp } from '../helpers/app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A logger whose JSON lines land in `lines`. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe.each(DIALECTS)('request ids on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(() => t.close());

  let serial = 0;
  const postScan = (headers: Record<string, string> = {}) => {
    serial += 1;
    return t.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { ...t.auth, ...headers },
      payload: {
        events: [
          {
            trackingNumber: `1ZREQ${String(serial).padStart(13, '0')}`,
            carrier: 'ups',
            occurredAt: '2026-12-01T09:00:00+01:00',
            status: 'in_transit.picked_up',
            rawDescription: 'Picked up',
          },
        ],
      },
    });
  };
  const outboxIdsOf = async (requestId: string) =>
    (await t.store.db.selectFrom('outbox').select('id').where('request_id', '=', requestId).execute()).length;

  it('answers with the request id and stores it on the outbox messages the request caused', async () => {
    const response = await postScan();
    expect(response.statusCode).toBe(200);
    const id = response.headers['x-request-id'] as string;
    expect(id).toMatch(UUID);
    expect(await outboxIdsOf(id)).toBeGreaterThan(0);
    const other = await postScan();
    expect(other.headers['x-request-id']).not.toBe(id);
  });

  it("keeps a caller's plain X-Request-Id and replaces one that is not a plain token", async () => {
    const kept = await postScan({ 'x-request-id': 'lb-7f3a.42:edge' });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.42:edge');
    expect(await outboxIdsOf('lb-7f3a.42:edge')).toBeGreaterThan(0);
    for (const bad of ['has spaces in it', 'x'.repeat(129), '<script>']) {
      const replaced = await postScan({ 'x-request-id': bad });
      expect(replaced.headers['x-request-id']).toMatch(UUID);
    }
    // Problems answer with it too.
    const refused = await t.app.inject({ url: '/v1/shipments/nope', headers: { 'x-request-id': 'trace-1' } });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['x-request-id']).toBe('trace-1');
  });

  it('names the request in the log lines of the subscribers that handle its messages', async () => {
    const { lines, logger } = capturedLogger();
    const handled: OutboxMessage[] = [];
    // A relay of its own that nothing wakes: both requests' messages reach it in one read.
    const relay = new OutboxRelay(t.store);
    relay.subscribe({
      name: 'logs-each',
      durable: true,
      async handle(message) {
        handled.push(message);
        logger.info({ seq: message.seq }, 'handled one');
      },
    });
    relay.subscribe({
      name: 'logs-batch',
      durable: true,
      handle: async () => undefined,
      async handleBatch() {
        logger.info('handled a batch');
      },
    });
    await relay.drain();
    const first = (await postScan()).headers['x-request-id'] as string;
    const second = (await postScan()).headers['x-request-id'] as string;
    await relay.drain();
    await relay.stop();

    const each = lines.filter((l) => l.msg === 'handled one');
    expect(each.length).toBe(handled.length);
    expect(new Set(each.map((l) => l.reqId))).toEqual(new Set([first, second]));
    const batch = lines.filter((l) => l.msg === 'handled a batch');
    expect(batch).toHaveLength(1);
    expect(batch[0]!.reqIds).toEqual([first, second]);
    // Outside any request, nothing is added.
    logger.info('idle');
    expect(lines.at(-1)).not.toHaveProperty('reqId');
  });
});
