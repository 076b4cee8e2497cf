import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { build } from '../../src/http/app.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { createApiKey, saveTenantSetting } from '../../src/store/repositories/tenants.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { DIALECTS, freshPostgresSchemaUrl } from '../helpers/dialects.js';
import { killAllWebhooksServers, startWebhooksServer } from '../notify/webhooks-process.js';

const LIMITS = { 'api.readsPerMinute': 5, 'api.writesPerMinute': 3, 'api.importsPerMinute': 2 };
const CSV = 'tracking_number,occurred_at,status\nWBRATE0000001,2026-12-07T09:00:00Z,in_transit\n';

describe.each(DIALECTS)('per-key request limits (%s)', (dialect) => {
  let t: TestApp;
  let clockMs: number;
  const clock = () => new Date(clockMs);
  const nodes: FastifyInstance[] = [];

  // A node on the test's store and clock; two of them are two nodes sharing one database.
  async function node(overrides: Record<string, unknown> = LIMITS): Promise<FastifyInstance> {
    const app = await build({
      config: loadConfig({}, { 'simulator.enabled': false, ...overrides }),
      store: t.store,
      pipeline: new IngestPipeline(t.store, { clock }),
      logger: pino({ level: 'silent' }),
      clock,
      detectCarrier: chooseCarrier,
    });
    nodes.push(app);
    return app;
  }
  const read = (app: FastifyInstance, auth = t.auth) =>
    app.inject({ url: '/v1/shipments?limit=1', headers: auth });
  const remaining = (res: { headers: Record<string, unknown> }) =>
    /;r=(\d+);/.exec(String(res.headers['ratelimit']))?.[1];

  beforeEach(async () => {
    clockMs = Date.parse('2026-12-07T10:00:20Z');
    t = await testApp(dialect);
  });
  afterEach(async () => {
    for (const app of nodes.splice(0)) await app.close();
    await t.close();
  });

  it('counts the headers down, then answers 429 with Retry-After until the window turns', async () => {
    const app = await node();
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await read(app));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(answers.map(remaining)).toEqual(['4', '3', '2', '1', '0', '0']);
    expect(answers[0]?.headers['ratelimit-policy']).toBe('"reads";q=5;w=60');
    expect(answers[0]?.headers['ratelimit']).toBe('"reads";r=4;t=40');
    const refused = answers[5]!;
    expect(refused.headers['retry-after']).toBe('40');
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ status: 429, code: 'rate_limited', instance: '/v1/shipments' });
    expect(refused.json().detail).toContain('5 reads allowed per minute');

    clockMs = Date.parse('2026-12-07T10:01:00Z');
    const next = await read(app);
    expect(next.statusCode).toBe(200);
    expect(next.headers['ratelimit']).toBe('"reads";r=4;t=60');
  });

  it('keeps reads, writes and imports apart, and each key apart', async () => {
    const app = await node();
    for (let i = 0; i < 5; i += 1) expect((await read(app)).statusCode).toBe(200);
    expect((await read(app)).statusCode).toBe(429);

    const write = (n: number) =>
      app.inject({
        method: 'POST',
        url: '/v1/shipments',
        headers: t.auth,
        payload: { trackingNumber: `WBRATE000000${n}`, carrier: 'custom' },
      });
    const writes = [await write(1), await write(2), await write(3), await write(4)];
    expect(writes.map((r) => r.statusCode)).toEqual([201, 201, 201, 429]);
    expect(writes[0]?.headers['ratelimit-policy']).toBe('"writes";q=3;w=60');

    const csv = () =>
      app.inject({
        method: 'POST',
        url: '/v1/imports/events.csv',
        headers: { ...t.auth, 'content-type': 'text/csv' },
        payload: CSV,
      });
    const imports = [await csv(), await csv(), await csv()];
    expect(imports.map((r) => r.statusCode < 300)).toEqual([true, true, false]);
    expect(imports[2]?.statusCode).toBe(429);
    expect(imports[0]?.headers['ratelimit-policy']).toBe('"imports";q=2;w=60');

    const other = await createApiKey(t.store.db, t.tenantId, 'second', clock());
    const otherRead = await read(app, { authorization: `Bearer ${other.key}` });
    expect(otherRead.statusCode).toBe(200);
    expect(remaining(otherRead)).toBe('4');
  });

  it('is one budget for every node on the database', async () => {
    const [a, b] = [await node(), await node()];
    const answers = [];
    for (const app of [a, b, a, b, a, b, a]) answers.push((await read(app)).statusCode);
    expect(answers).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });

  it("applies the tenant's own limits, on every node within 5 s, and sends no headers for an unlimited class", async () => {
    const app = await node();
    expect((await read(app)).headers['ratelimit-policy']).toBe('"reads";q=5;w=60');
    await saveTenantSetting(t.store.db, t.tenantId, 'apiLimits', { readsPerMinute: 50, writesPerMinute: 0 });
    clockMs += 6_000;
    const after = await read(app);
    expect(after.headers['ratelimit-policy']).toBe('"reads";q=50;w=60');
    expect(remaining(after)).toBe('48');
    const write = await app.inject({
      method: 'POST',
      url: '/v1/shipments',
      headers: t.auth,
      payload: { trackingNumber: 'WBRATE0000009', carrier: 'custom' },
    });
    expect(write.statusCode).toBe(201);
    expect(write.headers['ratelimit']).toBeUndefined();
  });

  it('checks the key first: a wrong key is 401 and spends nothing', async () => {
    const app = await node();
    for (let i = 0; i < 10; i += 1)
      expect((await read(app, { authorization: 'Bearer wb_nope' })).statusCode).toBe(401);
    expect(remaining(await read(app))).toBe('4');
  });
});

describe('the OpenAPI document', () => {
  it('names the 429 answer and its headers on every operation an API key calls', async () => {
    const t = await testApp('sqlite');
    try {
      const doc = (await t.app.inject('/openapi.json')).json() as {
        paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
      };
      const keyed = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(
            ([, op]) => op.security === undefined && (path.startsWith('/v1/') || path === '/epcis/capture'),
          )
          .filter(([method]) => !(path.endsWith('/webhook') && method === 'post'))
          .map(([method, op]) => ({ at: `${method} ${path}`, op })),
      );
      expect(keyed.length).toBeGreaterThan(25);
      for (const { at, op } of keyed)
        expect(op.responses['429'], at).toMatchObject({
          headers: expect.objectContaining({
            'Retry-After': expect.anything(),
            RateLimit: expect.anything(),
          }),
        });
    } finally {
      await t.close();
    }
  });
});

describe('per-key limits across server processes on PostgreSQL', () => {
  afterAll(() => killAllWebhooksServers());

  it('two processes together allow one budget', { timeout: 120_000 }, async () => {
    const url = await freshPostgresSchemaUrl();
    const limits = { 'api.readsPerMinute': 10, 'api.writesPerMinute': 200 };
    const first = await startWebhooksServer(url, limits, 'api');
    const second = await startWebhooksServer(url, limits, 'api');
    const call = (server: { url: string }, method = 'GET', body?: unknown) =>
      fetch(`${server.url}/v1/shipments${method === 'GET' ? '?limit=1' : ''}`, {
        method,
        headers: { authorization: `Bearer ${first.apiKey}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    // Windows are whole minutes: start with room to finish inside one.
    const probe = await call(second, 'POST', { trackingNumber: 'WBRATEPROBE01', carrier: 'custom' });
    const left = Number(/;t=(\d+)/.exec(probe.headers.get('ratelimit') ?? '')?.[1]);
    const waited = left < 20;
    if (waited) await new Promise((resolve) => setTimeout(resolve, (left + 1) * 1000));
    const writeBudget = waited ? 200 : 199;

    const reads = [];
    for (let i = 0; i < 30; i += 1) reads.push(await call(i % 2 === 0 ? first : second));
    const allowed = reads.filter((r) => r.status === 200);
    expect(allowed).toHaveLength(10);
    for (const refused of reads.filter((r) => r.status !== 200)) {
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }

    // A larger budget is taken in shares (4 of 200 at a time): never over, at most a share short per node.
    const writes = await Promise.all(
      Array.from({ length: 240 }, (_, i) =>
        call(i % 2 === 0 ? first : second, 'POST', {
          trackingNumber: `WBRATE${String(i).padStart(7, '0')}`,
          carrier: 'custom',
        }),
      ),
    );
    const created = writes.filter((r) => r.status === 201).length;
    expect(created).toBeLessThanOrEqual(writeBudget);
    expect(created).toBeGreaterThanOrEqual(writeBudget - 2 * 3);
    expect(writes.every((r) => r.status === 201 || r.status === 429)).toBe(true);
  });
});
