import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Type } from 'typebox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CarrierRequestError,
  type CarrierAdapter,
  type CarrierScan,
  type ParseResult,
} from '../../src/carriers/carrier.js';
import { loadConfig } from '../../src/config/config.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { pollRows } from '../../src/ingest/polling/claims.js';
import { readHealth } from '../../src/ingest/polling/health.js';
import { Poller, type PollRequestReport } from '../../src/ingest/polling/poller.js';
import { registerShipment } from '../../src/ingest/register-shipment.js';
import { findShipmentByNumber, listEvents } from '../../src/store/repositories/shipments.js';
import { createTenant } from '../../src/store/repositories/tenants.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';
import { waitFor } from '../helpers/wait.js';

type Mode = 'up' | 'error' | 'hang';

/** A carrier's tracking API on a local port that can go down (503s and hanging requests). */
class StandIn {
  mode: Mode = 'up';
  hits = 0;
  readonly world = new Map<string, CarrierScan[]>();
  #server: Server | undefined;
  #failures = 0;

  async start(): Promise<string> {
    this.#server = createServer((request, response) => {
      this.hits += 1;
      if (this.mode === 'hang') return; // never answers; the poller's timeout ends it
      if (this.mode === 'error') {
        // Alternate the two ways an outage looks: 503 with Retry-After, and a hang.
        this.#failures += 1;
        if (this.#failures % 3 === 0) return;
        response.writeHead(503, { 'retry-after': '1' }).end('down for maintenance');
        return;
      }
      const numbers = new URL(request.url ?? '/', 'http://x').searchParams.get('numbers')?.split(',') ?? [];
      const body: ParseResult = {
        scans: numbers.flatMap((n) => this.world.get(n) ?? []),
        problems: numbers
          .filter((n) => !this.world.has(n))
          .map((n) => ({ kind: 'not_found', message: 'unknown', trackingNumber: n })),
      };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise((resolve) => this.#server?.close(resolve));
  }

  scan(number: string, at: string, status: string, rawCode: string): void {
    const list = this.world.get(number) ?? [];
    list.push({
      trackingNumber: number,
      carrier: 'standin',
      occurredAt: at,
      status,
      rawCode,
      location: null,
    });
    this.world.set(number, list);
  }
}

/** An adapter whose client speaks to the stand-in over HTTP, as the REST adapters do. */
function standInAdapter(): CarrierAdapter<{ baseUrl: string }> {
  return {
    manifest: {
      id: 'standin',
      name: 'Stand-in carrier',
      capabilities: { pull: true, push: false, batchSize: 5, ratePerSecond: 50, burst: 10, concurrency: 1 },
      settings: Type.Object({ baseUrl: Type.String({ minLength: 1 }) }),
    },
    statusMap: {},
    parse: (payload) => payload as ParseResult,
    createClient: (settings, deps) => ({
      async track(numbers, signal) {
        const response = await deps.fetch(`${settings.baseUrl}/track?numbers=${numbers.join(',')}`, {
          signal,
        });
        if (response.status === 503) {
          const retryAfter = Number(response.headers.get('retry-after')) * 1000;
          throw new CarrierRequestError('unavailable', 'HTTP 503', retryAfter);
        }
        if (!response.ok) throw new CarrierRequestError('bad_response', `HTTP ${response.status}`);
        return (await response.json()) as ParseResult;
      },
    }),
  };
}

describe.each(DIALECTS)('carrier outage on %s', (dialect) => {
  let store: TestStore;
  let standIn: StandIn;
  let tenantId: string;
  let now: number;
  const clock = () => new Date(now);

  beforeEach(async () => {
    now = Date.parse('2026-11-26T08:00:00.000Z');
    store = await freshStore(dialect);
    standIn = new StandIn();
    tenantId = (await createTenant(store.db, 'Shop', clock())).id;
  });
  afterEach(async () => {
    await standIn.stop();
    await store.dispose();
  });

  it('backs off, opens and later closes the circuit, and loses no scan', async () => {
    const baseUrl = await standIn.start();
    const numbers = ['STAND0001', 'STAND0002', 'STAND0003', 'STAND0004', 'STAND0005'];
    for (const n of numbers) {
      await registerShipment(store, { tenantId, trackingNumber: n, carrier: 'standin' }, clock());
      standIn.scan(n, '2026-11-26T06:00:00Z', 'in_transit.picked_up', 'PU');
    }
    const reports: (PollRequestReport & { at: number })[] = [];
    const breakerStates: string[] = [];
    const errors: unknown[] = [];
    const settings = loadConfig(
      {},
      {
        'carriers.polling.breakerFailures': 3,
        'carriers.polling.breakerCooldownSeconds': 300,
        'carriers.polling.retryBaseSeconds': 20,
        'carriers.polling.retryMaxSeconds': 600,
        'carriers.polling.requestTimeoutMs': 500,
      },
    ).carriers.polling;
    const poller = new Poller({
      store,
      pipeline: new IngestPipeline(store, { clock }),
      adapters: { standin: standInAdapter() as unknown as CarrierAdapter },
      accounts: { standin: { baseUrl } },
      settings,
      clock,
      random: () => 0.5,
      onError: (error) => errors.push(error),
      onRequest: (report) => {
        reports.push({ ...report, at: now });
        if (breakerStates.at(-1) !== report.breaker) breakerStates.push(report.breaker);
      },
    });
    const breaker = () => poller.carriers.get('standin')!.breaker.state();

    // Up: everything known so far is stored.
    await poller.tick();
    expect(errors).toEqual([]);
    expect(reports.map((r) => r.ok)).toEqual([true]);

    // Down. The parcels keep moving meanwhile: the carrier records scans we cannot fetch yet.
    standIn.mode = 'error';
    for (const n of numbers) standIn.scan(n, '2026-11-26T09:30:00Z', 'in_transit.linehaul', 'DP');
    now += 3 * 3_600_000; // everything due
    const delays: number[] = [];
    await waitFor(async () => {
      const requests = reports.length;
      await poller.tick();
      if (reports.length > requests) {
        const due = (await pollRows(store, 'standin')).map((r) => Date.parse(r.next_poll_at!) - now);
        delays.push(Math.min(...due));
      }
      now += 20_000;
      return breaker() === 'open';
    }, 'the circuit to open');
    // Back-off: each failure pushed the numbers further out (20 s, 40 s, then the breaker's 300 s).
    expect(delays).toEqual([20_000, 40_000, 300_000]);

    // While open, the carrier is left alone even though numbers come due.
    const hitsWhenOpened = standIn.hits;
    now += 120_000;
    await poller.tick();
    expect(standIn.hits).toBe(hitsWhenOpened);
    expect((await readHealth(store.db, clock())).get('standin')).toMatchObject({ breaker: 'open' });

    // Still down at the first trial: the trial fails and the circuit opens again.
    now += 300_000;
    await waitFor(async () => {
      await poller.tick();
      now += 10_000;
      return reports.at(-1)?.breaker === 'open' && standIn.hits > hitsWhenOpened;
    }, 'a failed trial');
    expect(breaker()).toBe('open');

    // The carrier recovers; the next trial closes the circuit and the backlog is fetched.
    standIn.mode = 'up';
    await waitFor(async () => {
      now += 60_000;
      await poller.tick();
      return breaker() === 'closed' && (await allStored());
    }, 'the circuit to close and every scan to be stored');
    expect(breakerStates).toEqual(['closed', 'open', 'closed']);
    expect((await readHealth(store.db, clock())).get('standin')).toMatchObject({
      breaker: 'closed',
      lastError: expect.stringMatching(/^(unavailable|timeout)/),
    });

    async function allStored(): Promise<boolean> {
      for (const n of numbers) {
        const shipment = await findShipmentByNumber(store.db, tenantId, n);
        if (!shipment) return false;
        const codes = (await listEvents(store.db, tenantId, shipment.id)).map((e) => e.rawCode).sort();
        if (codes.join() !== 'DP,PU') return false;
      }
      return true;
    }
  });
});
