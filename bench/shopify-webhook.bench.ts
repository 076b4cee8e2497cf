// npm run bench:shopify — Shopify fulfillment webhooks end to end over real HTTP: signed
// fulfillments/create deliveries to POST /shops/shopify/webhooks (HMAC check, dedupe by webhook
// id, order found by Shopify's id, ingestOrder: parcel registered and linked, the customer made
// its recipient, the delivery recorded) against POST /v1/events carrying the same parcels as scans
// (each request one new parcel's label-created scan: API-key auth, validation, pipeline, commit),
// side by side, on SQLite and PostgreSQL. The goal: the webhook at ≥ 80% of /v1/events.
//
// Each side gets its own fresh database and server on a port; for the webhook side the orders
// already exist (orders/create came first, as it usually does). A fetch client keeps
// BENCH_CONCURRENCY requests in flight.
//
// Options (env): BENCH_REQUESTS (default 2000), BENCH_CONCURRENCY (16), BENCH_DIALECTS (sqlite,postgres).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../src/config/config.js';
import { build } from '../src/http/app.js';
import { chooseCarrier } from '../src/http/carrier-choice.js';
import { IngestPipeline } from '../src/ingest/pipeline.js';
import { parseShopifyWebhook } from '../src/integrations/shopify/parse-webhook.js';
import { shopifyHmac } from '../src/integrations/shopify/verify.js';
import { SHOPIFY_WEBHOOK_PATH } from '../src/integrations/shopify/webhook-route.js';
import { FORMATS } from '../src/numbers/index.js';
import { completeNumber } from '../src/numbers/sample-number.js';
import { ingestOrder } from '../src/orders/ingest-order.js';
import { openStore } from '../src/store/open-store.js';
import { createApiKey, createTenant } from '../src/store/repositories/tenants.js';
import { benchPostgres, freshDatabase } from './support/postgres.js';
import { BENCH_API_LIMITS } from './support/api-limits.js';

const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const WARMUP = 100;
const SHOP = 'bench-shop.myshopify.com';
const SECRET = 'shpss_bench_secret';
const UPS_1Z = FORMATS.find((format) => format.id === 'ups-1z')!;

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

const upsNumber = (i: number) => completeNumber(UPS_1Z, `1Z999AA1${String(i).padStart(9, '0')}0`, () => 0);
const orderId = (i: number) => 7_000_000_000 + i;
const createdAt = (i: number) => new Date(Date.UTC(2026, 10, 20, 8, 0) + (i % 1000) * 60_000).toISOString();

function orderBody(i: number): Record<string, unknown> {
  return {
    id: orderId(i),
    name: `#${10_000 + i}`,
    email: `customer${i}@example.com`,
    customer_locale: 'en-US',
    created_at: createdAt(i),
    updated_at: createdAt(i),
    fulfillments: [],
    shipping_address: {
      name: 'Ada Lee',
      city: 'Denver',
      province_code: 'CO',
      zip: '80202',
      country_code: 'US',
    },
  };
}

function fulfillmentBody(i: number): string {
  return JSON.stringify({
    id: 5_000_000_000 + i,
    order_id: orderId(i),
    name: `#${10_000 + i}.1`,
    status: 'success',
    shipment_status: null,
    created_at: createdAt(i),
    updated_at: createdAt(i),
    tracking_company: 'UPS',
    tracking_number: upsNumber(i),
    tracking_numbers: [upsNumber(i)],
    tracking_urls: [`https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums=${upsNumber(i)}`],
    line_items: [{ id: 777_001, quantity: 1, sku: 'MUG-1' }],
    destination: { zip: '80202', country_code: 'US' },
  });
}

/** The same parcel as POST /v1/events hands it over: its label-created scan. */
function eventsBody(i: number): string {
  return JSON.stringify({
    events: [
      {
        trackingNumber: upsNumber(i),
        carrier: 'ups',
        occurredAt: createdAt(i),
        status: 'info_received.label_created',
        rawCode: 'MP',
        location: { city: 'Denver', region: 'CO', postalCode: '80202', country: 'US' },
      },
    ],
  });
}

async function side(databaseUrl: string, kind: 'webhook' | 'events'): Promise<Figures> {
  const store = await openStore(databaseUrl, { poolSize: 10 });
  const now = () => new Date();
  const tenant = await createTenant(store.db, 'Bench shop', now());
  const { key } = await createApiKey(store.db, tenant.id, 'bench', now());
  const shop = { tenantId: tenant.id, shopDomain: SHOP };
  if (kind === 'webhook')
    for (let i = 0; i < requests + WARMUP; i++) {
      const parsed = parseShopifyWebhook('orders/create', orderBody(i), shop, now());
      if (!parsed.ok) throw new Error(parsed.reason);
      await ingestOrder(store, parsed.input, now(), { detectCarrier: chooseCarrier, mode: 'lenient' });
    }
  const config = loadConfig(
    {},
    {
      'simulator.enabled': false,
      'shops.shopify': [{ ...shop, accessToken: 'shpat_bench', clientSecret: SECRET }],
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
    if (kind === 'events')
      return {
        path: '/v1/events',
        body: eventsBody(i),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      };
    const body = fulfillmentBody(i);
    return {
      path: SHOPIFY_WEBHOOK_PATH,
      body,
      headers: {
        'content-type': 'application/json',
        'x-shopify-topic': 'fulfillments/create',
        'x-shopify-shop-domain': SHOP,
        'x-shopify-api-version': '2026-01',
        'x-shopify-webhook-id': `bench-${i}`,
        'x-shopify-triggered-at': createdAt(i),
        'x-shopify-hmac-sha256': shopifyHmac(body, SECRET),
      },
    };
  });
  try {
    await drive(base, calls.slice(0, WARMUP), kind);
    return await drive(base, calls.slice(WARMUP), kind);
  } finally {
    await app.close();
    await store.close();
  }
}

async function drive(base: string, calls: readonly Call[], kind: 'webhook' | 'events'): Promise<Figures> {
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
        const answer = (await response.json()) as { accepted?: number; outcome?: string; parcels?: number };
        latencies.push(performance.now() - t0);
        const ok =
          kind === 'events' ? answer.accepted === 1 : answer.outcome === 'stored' && answer.parcels === 1;
        if (response.status !== 200 || !ok) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: calls.length / seconds, p50: at(0.5), p99: at(0.99), failures };
}

console.log(
  `# Shopify webhook benchmark: ${requests} fulfillment webhooks vs /v1/events, ${concurrency} in flight`,
);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}\n`);
const rows: string[] = [];
const postgres = dialects.includes('postgres') ? await benchPostgres() : undefined;
try {
  for (const dialect of dialects) {
    const dir = mkdtempSync(join(tmpdir(), 'waybill-shopify-bench-'));
    try {
      const urls =
        dialect === 'sqlite'
          ? [`sqlite:${join(dir, 'webhook.db')}`, `sqlite:${join(dir, 'events.db')}`]
          : [
              await freshDatabase(postgres!.url, 'waybill_bench_shopify'),
              await freshDatabase(postgres!.url, 'waybill_bench_shopify_events'),
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
  '\n| database | /v1/events req/s | p50 ms | p99 ms | Shopify webhook req/s | p50 ms | p99 ms | webhook vs events | failed |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n' +
    rows.join('\n'),
);

function fmt(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
