// npm run bench:webhooks — end-to-end carrier webhook ingest over real HTTP: signed AfterShip
// webhooks to POST /v1/carriers/aftership/webhook (signature check, parse, fan-out lookup,
// pipeline, commit) against POST /v1/events carrying the very same scans (API-key auth, schema
// validation, pipeline, commit), side by side in one run, on SQLite and PostgreSQL.
//
// Each side gets its own fresh database with the same shipments registered, and its own server on
// a port; a fetch client keeps BENCH_CONCURRENCY requests in flight. Each request carries one
// tracking with BENCH_CHECKPOINTS new scans (AfterShip sends a tracking's checkpoints per update).
//
// Options (env): BENCH_REQUESTS (default 2000), BENCH_CONCURRENCY (16), BENCH_CHECKPOINTS (3),
// BENCH_DIALECTS (sqlite,postgres).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { aftershipSignature } from '../src/carriers/aftership/verify.js';
import { parseAftership } from '../src/carriers/aftership/parse.js';
import { loadConfig } from '../src/config/config.js';
import { build } from '../src/http/app.js';
import { chooseCarrier } from '../src/http/carrier-choice.js';
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { registerShipment } from '../src/ingest/register-shipment.js';
import { openStore } from '../src/store/open-store.js';
import { createApiKey, createTenant } from '../src/store/repositories/tenants.js';
import { benchPostgres, freshDatabase } from './support/postgres.js';
import { BENCH_API_LIMITS } from './support/api-limits.js';

const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const checkpoints = Number(process.env.BENCH_CHECKPOINTS ?? 3);
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const WARMUP = 100;
const SECRET = 'bench-aftership-secret';
const CITIES = [
  ['Denver', 'CO', '80202'],
  ['Austin', 'TX', '78701'],
  ['Phoenix', 'AZ', '85004'],
  ['Chicago', 'IL', '60601'],
] as const;

interface Call {
  readonly path: string;
  readonly body: string;
  readonly headers: Record<string, string>;
}
interface Figures {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly failures: number;
}

const numberOf = (i: number) => `ASB${String(i).padStart(9, '0')}`;

/** One AfterShip tracking_update webhook for shipment i, with its checkpoints. */
function webhookBody(i: number): string {
  const base = Date.UTC(2026, 10, 20, 8, 0) + (i % 1000) * 60_000;
  return JSON.stringify({
    ts: Math.floor(base / 1000),
    event: 'tracking_update',
    event_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    msg: {
      tracking_number: numberOf(i),
      slug: 'ups',
      tag: 'InTransit',
      checkpoints: Array.from({ length: checkpoints }, (_, c) => {
        const [city, state, zip] = CITIES[(i + c) % CITIES.length]!;
        return {
          slug: 'ups',
          checkpoint_time: new Date(base + c * 3_600_000).toISOString().replace('.000Z', '+00:00'),
          city,
          state,
          postal_code: zip,
          country_region: 'USA',
          message: `Arrival scan ${c}`,
          tag: c === checkpoints - 1 ? 'OutForDelivery' : 'InTransit',
          subtag: c === checkpoints - 1 ? 'OutForDelivery_001' : 'InTransit_003',
        };
      }),
    },
  });
}

/** The same scans as POST /v1/events wants them. */
function eventsBody(webhook: string): string {
  const events = parseAftership(JSON.parse(webhook)).scans.map((scan) => {
    const { unmapped: _unmapped, ...rest } = scan;
    return { ...rest, carrier: 'aftership' };
  });
  return JSON.stringify({ events });
}

async function side(databaseUrl: string, kind: 'webhook' | 'events'): Promise<Figures> {
  const store = await openStore(databaseUrl, { poolSize: 10 });
  const now = () => new Date();
  const tenant = await createTenant(store.db, 'Bench shop', now());
  const { key } = await createApiKey(store.db, tenant.id, 'bench', now());
  for (let i = 0; i < requests + WARMUP; i++) {
    await registerShipment(
      store,
      { tenantId: tenant.id, trackingNumber: numberOf(i), carrier: 'aftership' },
      now(),
    );
  }
  const config = loadConfig(
    {},
    {
      'simulator.enabled': false,
      'carriers.accounts': { aftership: { webhookSecret: SECRET } },
      ...BENCH_API_LIMITS,
    },
  );
  const app = await build({
    config,
    store,
    pipeline: new IngestPipeline(store, { clock: now }),
    logger: pino({ level: 'silent' }),
    clock: now,
    detectCarrier: chooseCarrier,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const calls = Array.from({ length: requests + WARMUP }, (_, i): Call => {
    const body = webhookBody(i);
    return kind === 'webhook'
      ? {
          path: '/v1/carriers/aftership/webhook',
          body,
          headers: {
            'content-type': 'application/json',
            'aftership-hmac-sha256': aftershipSignature(body, SECRET),
          },
        }
      : {
          path: '/v1/events',
          body: eventsBody(body),
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        };
  });
  try {
    await drive(base, calls.slice(0, WARMUP));
    return await drive(base, calls.slice(WARMUP));
  } finally {
    await app.close();
    await store.close();
  }
}

async function drive(base: string, calls: readonly Call[]): Promise<Figures> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const call = calls[next++];
        if (!call) return;
        const t0 = performance.now();
        const response = await fetch(`${base}${call.path}`, {
          method: 'POST',
          body: call.body,
          headers: call.headers,
        });
        const answer = (await response.json()) as { accepted?: number };
        latencies.push(performance.now() - t0);
        if (response.status !== 200 || answer.accepted !== checkpoints) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: calls.length / seconds, p50: at(0.5), p99: at(0.99), failures };
}

console.log(
  `# webhook ingest benchmark: ${requests} requests × ${checkpoints} scans, ${concurrency} in flight`,
);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}\n`);
const rows: string[] = [];
const postgres = dialects.includes('postgres') ? await benchPostgres() : undefined;
try {
  for (const dialect of dialects) {
    const dir = mkdtempSync(join(tmpdir(), 'waybill-webhook-bench-'));
    try {
      const urls =
        dialect === 'sqlite'
          ? [`sqlite:${join(dir, 'webhook.db')}`, `sqlite:${join(dir, 'events.db')}`]
          : [
              await freshDatabase(postgres!.url, 'waybill_bench_webhook'),
              await freshDatabase(postgres!.url, 'waybill_bench_events'),
            ];
      const events = await side(urls[1]!, 'events');
      const webhook = await side(urls[0]!, 'webhook');
      const ratio = webhook.perSecond / events.perSecond;
      rows.push(
        `| ${dialect} | ${fmt(events.perSecond)} | ${events.p50.toFixed(1)} | ${events.p99.toFixed(1)} | ` +
          `${fmt(webhook.perSecond)} | ${webhook.p50.toFixed(1)} | ${webhook.p99.toFixed(1)} | ${(ratio * 100).toFixed(0)}% | ` +
          `${events.failures + webhook.failures} |`,
      );
      console.log(rows.at(-1));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await postgres?.stop();
}
console.log(
  '\n| database | /v1/events req/s | p50 ms | p99 ms | webhook req/s | p50 ms | p99 ms | webhook vs events | failed |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n' +
    rows.join('\n'),
);

function fmt(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
