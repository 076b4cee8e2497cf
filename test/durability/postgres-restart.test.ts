import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { startPrivatePostgres, type EmbeddedServer } from '../helpers/postgres-server.js';
import { waitFor } from '../helpers/wait.js';

// A PostgreSQL of its own (the machine's binaries or an embedded one, on a free port): restarting the shared one would break the
// other test files running beside this one.

interface Outcome {
  readonly trackingNumber: string;
  readonly status: number | 'network error';
  readonly contentType?: string | undefined;
  readonly retryAfter?: string | null | undefined;
}

describe('PostgreSQL restarted under load', () => {
  let database: EmbeddedServer | undefined;
  let server: RunningServer | undefined;
  let sending = true;
  afterAll(async () => {
    sending = false;
    await server?.close();
    await database?.stop();
  });

  it('answers 503 problems while it is down, reconnects by itself, and loses nothing acknowledged', async () => {
    database = await startPrivatePostgres();
    const config = loadConfig(
      {},
      { port: 0, host: '127.0.0.1', databaseUrl: database.url, 'simulator.enabled': false },
    );
    server = await startServer(config, { logger: pino({ level: 'silent' }) });
    const { url } = server;
    const auth = `Bearer ${server.firstApiKey}`;
    const outcomes: Outcome[] = [];
    const send = async (i: number): Promise<Outcome> => {
      const trackingNumber = `1ZRESTART${String(i).padStart(9, '0')}`;
      try {
        const response = await fetch(`${url}/v1/events`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify({
            events: [
              {
                trackingNumber,
                carrier: 'ups',
                occurredAt: '2026-12-07T09:00:00+01:00',
                status: 'in_transit.picked_up',
                rawDescription: 'Picked up',
              },
            ],
          }),
          signal: AbortSignal.timeout(10_000),
        });
        await response.arrayBuffer();
        return {
          trackingNumber,
          status: response.status,
          contentType: response.headers.get('content-type') ?? undefined,
          retryAfter: response.headers.get('retry-after'),
        };
      } catch {
        return { trackingNumber, status: 'network error' };
      }
    };
    // Steady traffic from two clients until told to stop.
    const client = async (offset: number) => {
      for (let i = offset; sending; i += 2) {
        outcomes.push(await send(i));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const traffic = Promise.all([client(0), client(1)]);
    const ok = () => outcomes.filter((o) => o.status === 200).length;

    await waitFor(() => ok() >= 10, 'traffic to flow', 20_000);
    await database.halt();
    await waitFor(
      () => outcomes.filter((o) => o.status === 503).length >= 3,
      'refusals while it is down',
      20_000,
    );
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    await database.resume();
    const okBefore = ok();
    await waitFor(() => ok() >= okBefore + 10, 'requests to succeed again without a restart', 30_000);
    sending = false;
    await traffic;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // Every refusal was a clean 503 problem with a retry hint; nothing else went wrong.
    const refused = outcomes.filter((o) => o.status !== 200);
    expect(refused.length).toBeGreaterThan(0);
    for (const outcome of refused) {
      expect(outcome.status).toBe(503);
      expect(outcome.contentType).toContain('application/problem+json');
      expect(outcome.retryAfter).toBe('2');
    }
    // Every acknowledged batch is stored; none that was refused is.
    const stored = new Set(
      (await server.store.db.selectFrom('shipments').select('tracking_number').execute()).map(
        (row) => row.tracking_number,
      ),
    );
    const acknowledged = outcomes.filter((o) => o.status === 200).map((o) => o.trackingNumber);
    expect(acknowledged.filter((n) => !stored.has(n))).toEqual([]);
    expect(refused.filter((o) => stored.has(o.trackingNumber)).map((o) => o.trackingNumber)).toEqual([]);
  }, 120_000);
});
