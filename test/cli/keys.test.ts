import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { chooseCarrier } from '../../src/http/carrier-choice.js';
import { build } from '../../src/http/app.js';
import { IngestPipeline } from '../../src/ingest/pipeline.js';
import { listTenants, tenantIdForApiKey } from '../../src/store/repositories/tenants.js';
import { DIALECTS } from '../helpers/dialects.js';
import { cliDatabase, useCliEnvironment, type CliDatabase } from './cli-database.js';
import { linesOf, runCli } from './run-cli.js';

useCliEnvironment();

const KEY = /^wb_[A-Za-z0-9_-]{43}$/;

describe.each(DIALECTS)('waybill keys create on %s', (dialect) => {
  let db: CliDatabase;
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    db.use();
  });
  afterEach(() => db.dispose());

  /** The status of an authenticated API call made with `key`, through the real app. */
  const apiStatusWith = (key: string) =>
    db.inspect(async (store) => {
      const clock = () => new Date();
      const app = await build({
        config: loadConfig({}, { 'simulator.enabled': false }),
        store,
        pipeline: new IngestPipeline(store, { clock }),
        logger: pino({ level: 'silent' }),
        clock,
        detectCarrier: chooseCarrier,
      });
      try {
        const res = await app.inject({
          url: '/v1/detect?number=1Z5R89390357567127',
          headers: { authorization: `Bearer ${key}` },
        });
        return res.statusCode;
      } finally {
        await app.close();
      }
    });

  /** Creates a tenant through the CLI and returns its id, as the CLI reports it. */
  const newTenant = async (name: string) => {
    const run = await runCli('keys', 'create', '--new-tenant', name);
    expect(run.code).toBe(0);
    return /tenant (\S+);/.exec(run.stderr)?.[1] as string;
  };

  it('prints a new key on an empty database that then authenticates against the API', async () => {
    const run = await runCli('keys', 'create');
    expect(run.code).toBe(0);
    const [key, ...rest] = linesOf(run.stdout);
    expect(key).toMatch(KEY);
    expect(rest).toEqual([]);

    const tenants = await db.inspect((store) => listTenants(store.db));
    expect(tenants).toHaveLength(1);
    expect(run.stderr).toBe(`tenant ${tenants[0]?.id}; the key is shown only now\n`);
    expect(await db.inspect((store) => tenantIdForApiKey(store.db, key as string))).toBe(tenants[0]?.id);
    expect(await apiStatusWith(key as string)).toBe(200);
    expect(await apiStatusWith(`${key}x`)).toBe(401);
  });

  it('gives a different key each time, for the same single tenant', async () => {
    const first = await runCli('keys', 'create');
    const second = await runCli('keys', 'create', '--label', 'warehouse scanner');
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toMatch(KEY);
    expect(second.stdout).not.toBe(first.stdout);
    expect(await db.counts()).toMatchObject({ tenants: 1, api_keys: 2 });
    expect(await apiStatusWith(first.stdout.trim())).toBe(200);
    expect(await apiStatusWith(second.stdout.trim())).toBe(200);
  });

  it('refuses an unknown --tenant with one line, and creates nothing', async () => {
    await runCli('migrate');
    const run = await runCli('keys', 'create', '--tenant', 'nope');
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'waybill: no tenant with id nope\n' });
    expect(await db.counts()).toMatchObject({ tenants: 0, api_keys: 0 });
  });

  it('refuses to guess among several tenants and lists them; --tenant then picks one', async () => {
    const shop = await newTenant('Shop');
    const outlet = await newTenant('Outlet');
    const before = await db.counts();

    const refused = await runCli('keys', 'create');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(linesOf(refused.stderr)).toEqual([expect.stringMatching(/^waybill: several tenants exist/)]);
    expect(refused.stderr).toContain('--tenant');
    expect(refused.stderr).toContain(shop);
    expect(refused.stderr).toContain(outlet);
    expect(await db.counts()).toEqual(before);

    const chosen = await runCli('keys', 'create', '--tenant', outlet);
    expect(chosen.code).toBe(0);
    const key = chosen.stdout.trim();
    expect(await db.inspect((store) => tenantIdForApiKey(store.db, key))).toBe(outlet);
    expect(await apiStatusWith(key)).toBe(200);
  });

  it('refuses an empty --new-tenant name with one line', async () => {
    const run = await runCli('keys', 'create', '--new-tenant', '  ');
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'waybill: --new-tenant needs a name\n' });
  });
});

describe.each(DIALECTS)('waybill keys limits on %s', (dialect) => {
  let db: CliDatabase;
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    db.use();
  });
  afterEach(() => db.dispose());

  /** Statuses of `count` reads with `key` through one node with the server's default limits. */
  const readStatuses = (key: string, count: number) =>
    db.inspect(async (store) => {
      const clock = () => new Date();
      const app = await build({
        config: loadConfig({}, { 'simulator.enabled': false }),
        store,
        pipeline: new IngestPipeline(store, { clock }),
        logger: pino({ level: 'silent' }),
        clock,
        detectCarrier: chooseCarrier,
      });
      try {
        const statuses = [];
        for (let i = 0; i < count; i += 1)
          statuses.push(
            (await app.inject({ url: '/v1/shipments', headers: { authorization: `Bearer ${key}` } }))
              .statusCode,
          );
        return statuses;
      } finally {
        await app.close();
      }
    });

  it("shows the server's defaults, sets the tenant's own, which the API then applies, and resets them", async () => {
    const key = (await runCli('keys', 'create')).stdout.trim();
    const shown = await runCli('keys', 'limits');
    expect(shown.code).toBe(0);
    expect(linesOf(shown.stdout)).toEqual([
      'reads   6000/min (server default)',
      'writes  1200/min (server default)',
      'imports 60/min (server default)',
    ]);

    const set = await runCli('keys', 'limits', '--reads', '2', '--imports', '0');
    expect(set.code).toBe(0);
    expect(linesOf(set.stdout)).toEqual([
      'reads   2/min (this tenant)',
      'writes  1200/min (server default)',
      'imports no limit (this tenant)',
    ]);
    expect(await readStatuses(key, 3)).toEqual([200, 200, 429]);

    const reset = await runCli('keys', 'limits', '--reset');
    expect(linesOf(reset.stdout)[0]).toBe('reads   6000/min (server default)');
  });

  it('refuses a limit that is not a whole number, and changes nothing', async () => {
    await runCli('keys', 'create');
    for (const bad of ['-1', '2.5', 'lots', '']) {
      const run = await runCli('keys', 'limits', '--writes', bad);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(linesOf(run.stderr)).toEqual([
        `waybill: --writes must be a whole number of requests per minute (0 for no limit), not "${bad}"`,
      ]);
    }
    expect(linesOf((await runCli('keys', 'limits')).stdout)[1]).toBe('writes  1200/min (server default)');
    const both = await runCli('keys', 'limits', '--reset', '--reads', '5');
    expect(both.code).toBe(1);
  });
});
