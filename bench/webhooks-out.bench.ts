// npm run bench:webhooks-out — merchant webhooks under a steady 1,000 events/s: outbox → durable
// fan-out → delivery rows → claim → sign (Standard Webhooks) → POST → record, measured as the
// latency from the event's commit to the receiver seeing the request (p50/p99), and deliveries/s
// with no pacing. Baseline, in the same run against the same receiver: signing and POSTing the
// same bodies directly with undici at the same concurrency (no database at all).
//
// Options (env): BENCH_RATE (events/s, default 1000), BENCH_SECONDS (paced run, default 10),
// BENCH_BURST (events in the unpaced run, default 5000), BENCH_DIALECTS (sqlite[,postgres]).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { loadConfig } from '../src/config/config.js';
import { OutboxRelay } from '../src/ingest/outbox-relay.js';
import { createEndpoint } from '../src/notify/webhooks/endpoint-store.js';
import { MerchantWebhooks } from '../src/notify/webhooks/merchant-webhooks.js';
import { postWebhook } from '../src/notify/webhooks/post-webhook.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { appendToOutbox } from '../src/store/repositories/outbox.js';
import { createTenant } from '../src/store/repositories/tenants.js';
import { benchPostgres, freshDatabase } from './support/postgres.js';

const rate = Number(process.env.BENCH_RATE ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const burst = Number(process.env.BENCH_BURST ?? 5000);
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite').split(',');
const CONCURRENCY = 16;

/** The merchant: answers 200 at once and notes when each event's request arrived. */
async function startReceiver() {
  const arrivals = new Map<string, number>();
  const server = createServer((req, res) => {
    const at = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { shipmentId: string } };
      if (!arrivals.has(body.data.shipmentId)) arrivals.set(body.data.shipmentId, at);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, arrivals, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const payloadOf = (n: number) => ({
  shipmentId: `bench-${n}`,
  from: { status: 'in_transit', substatus: 'in_transit.origin_facility' },
  to: { status: 'out_for_delivery', substatus: 'out_for_delivery.on_vehicle' },
});

interface RunResult {
  readonly p50: number;
  readonly p99: number;
  readonly perSecond: number;
}

function summarise(sent: Map<string, number>, arrivals: Map<string, number>): RunResult {
  const latencies = [...sent].map(([id, at]) => (arrivals.get(id) ?? Number.NaN) - at).sort((a, b) => a - b);
  if (latencies.some(Number.isNaN)) throw new Error('an event never arrived');
  const first = Math.min(...sent.values());
  const last = Math.max(...arrivals.values());
  return {
    p50: latencies[Math.floor(latencies.length * 0.5)]!,
    p99: latencies[Math.floor(latencies.length * 0.99)]!,
    perSecond: (sent.size / (last - first)) * 1000,
  };
}

async function until(check: () => boolean, what: string, ms = 300_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Feeds events at `perSecond` (or all at once) in 10 ms ticks; returns when each was produced. */
async function feed(
  count: number,
  perSecond: number | undefined,
  offset: number,
  commit: (ns: number[]) => Promise<void>,
) {
  const sent = new Map<string, number>();
  const start = performance.now();
  let next = 0;
  while (next < count) {
    const due =
      perSecond === undefined
        ? count
        : Math.min(count, Math.floor(((performance.now() - start) / 1000) * perSecond) + 1);
    const batch: number[] = [];
    for (; next < due && batch.length < 500; next += 1) batch.push(offset + next);
    if (batch.length > 0) {
      // The event exists from here: the pipeline's commit and the baseline's queueing both count.
      const at = performance.now();
      for (const n of batch) sent.set(`bench-${n}`, at);
      await commit(batch);
    }
    if (perSecond !== undefined) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return sent;
}

async function pipelineRun(store: Store, receiverUrl: string, arrivals: Map<string, number>) {
  const tenant = await createTenant(store.db, 'Bench shop', new Date());
  await createEndpoint(store.db, { tenantId: tenant.id, url: receiverUrl, events: ['*'] }, new Date());
  const settings = loadConfig(
    {},
    {
      'webhooks.allowedDestinations': ['127.0.0.1'],
      'webhooks.concurrency': CONCURRENCY,
      'webhooks.pollIntervalMs': 50,
      'webhooks.batchSize': 100,
    },
  ).webhooks;
  const relay = new OutboxRelay(store, { pollIntervalMs: 50 });
  const webhooks = new MerchantWebhooks(store, settings);
  webhooks.attach(relay);
  relay.start();
  webhooks.start();
  const commit = async (ns: number[]) => {
    await store.db.transaction().execute((trx) =>
      appendToOutbox(
        trx,
        store.caps,
        ns.map((n) => ({
          tenantId: tenant.id,
          shipmentId: null,
          type: 'status.changed',
          payload: payloadOf(n),
        })),
        new Date(),
      ),
    );
    relay.wake();
  };
  const paced = await feed(rate * seconds, rate, 0, commit);
  await until(() => [...paced.keys()].every((id) => arrivals.has(id)), 'paced pipeline deliveries');
  const unpaced = await feed(burst, undefined, 10_000_000, commit);
  await until(() => [...unpaced.keys()].every((id) => arrivals.has(id)), 'burst pipeline deliveries');
  await webhooks.stop();
  await relay.stop();
  return { paced: summarise(paced, arrivals), burst: summarise(unpaced, arrivals) };
}

async function baselineRun(receiverUrl: string, arrivals: Map<string, number>) {
  const agent = new Agent();
  const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
  const inFlight = new Set<Promise<unknown>>();
  const send = async (ns: number[]) => {
    for (const n of ns) {
      while (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
      const body = JSON.stringify({
        type: 'status.changed',
        timestamp: new Date().toISOString(),
        data: payloadOf(n),
      });
      const p: Promise<unknown> = postWebhook(
        agent,
        { url: receiverUrl, secret, webhookId: `msg_${n}`, body },
        { timeoutMs: 15_000, now: new Date() },
      ).then(() => inFlight.delete(p));
      inFlight.add(p);
    }
  };
  const paced = await feed(rate * seconds, rate, 20_000_000, send);
  await until(() => [...paced.keys()].every((id) => arrivals.has(id)), 'paced baseline');
  const unpaced = await feed(burst, undefined, 30_000_000, send);
  await until(() => [...unpaced.keys()].every((id) => arrivals.has(id)), 'burst baseline');
  await agent.close();
  return { paced: summarise(paced, arrivals), burst: summarise(unpaced, arrivals) };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `# webhooks-out benchmark: ${rate} events/s for ${seconds} s, then a burst of ${burst}; concurrency ${CONCURRENCY}`,
);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}\n`);
console.log('| run | p50 commit→receiver | p99 | deliveries/s (paced) | deliveries/s (burst) |');
console.log('|---|---:|---:|---:|---:|');
const receiver = await startReceiver();
const postgres = dialects.includes('postgres') ? await benchPostgres() : undefined;
try {
  const base = await baselineRun(receiver.url, receiver.arrivals);
  console.log(
    `| baseline: sign + POST directly | ${base.paced.p50.toFixed(1)} ms | ${base.paced.p99.toFixed(1)} ms | ${fmt(base.paced.perSecond)} | ${fmt(base.burst.perSecond)} |`,
  );
  for (const dialect of dialects) {
    const dir = mkdtempSync(join(tmpdir(), 'waybill-bench-webhooks-'));
    const url =
      dialect === 'sqlite'
        ? `sqlite:${join(dir, 'bench.db')}`
        : await freshDatabase(postgres!.url, 'waybill_bench_webhooks');
    const store = await openStore(url);
    try {
      const result = await pipelineRun(store, receiver.url, receiver.arrivals);
      console.log(
        `| pipeline on ${dialect} | ${result.paced.p50.toFixed(1)} ms | ${result.paced.p99.toFixed(1)} ms | ${fmt(result.paced.perSecond)} | ${fmt(result.burst.perSecond)} |`,
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await receiver.close();
  await postgres?.stop();
}
