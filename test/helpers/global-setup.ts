import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { provideChromium } from './chromium.js';
import { postgresAnswers, startEmbeddedPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** Schemas made by this run start with it, so the run's teardown drops exactly those. */
    schemaPrefix: string;
  }
}

const LOCAL_URL = process.env.WAYBILL_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The dialect suite needs a PostgreSQL server: the machine's own when it answers,
 * otherwise an embedded one started here for the duration of the run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Browser tests need Chromium: found on the machine, or Debian's package installed once.
  const chromium = provideChromium();
  if ('missing' in chromium) throw new Error(`browser tests cannot run: ${chromium.missing}`);
  const schemaPrefix = `t_${randomBytes(4).toString('hex')}_`;
  project.provide('schemaPrefix', schemaPrefix);
  if (await postgresAnswers(LOCAL_URL)) {
    project.provide('postgresUrl', LOCAL_URL);
    return () => dropSchemas(LOCAL_URL, schemaPrefix);
  }
  const server = await startEmbeddedPostgres();
  project.provide('postgresUrl', server.url);
  return server.stop;
}

/**
 * Test schemas are dropped here, at the end, not after each test: dropping one while another
 * test's migrator reads the catalog makes that read fail.
 */
async function dropSchemas(url: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(
      'select nspname from pg_namespace where starts_with(nspname, $1)',
      [prefix],
    );
    for (const { nspname } of rows) await client.query(`drop schema if exists "${nspname}" cascade`);
  } finally {
    await client.end();
  }
}
