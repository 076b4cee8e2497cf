import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { openStore, type Store } from '../../src/store/open-store.js';

/** Every storage-touching test runs once per entry. */
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type DialectName = (typeof DIALECTS)[number];

export interface TestStore extends Store {
  readonly url: string;
  /** Closes the store and drops its data. */
  dispose(): Promise<void>;
}

/** A fresh, migrated store: an in-memory SQLite database, or a new PostgreSQL schema. */
export async function freshStore(
  dialect: DialectName,
  options: { sqliteFile?: string } = {},
): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const url = options.sqliteFile ? `sqlite:${options.sqliteFile}` : ':memory:';
    const store = await openStore(url);
    return { ...store, url, dispose: () => store.close() };
  }
  const url = await freshPostgresSchemaUrl();
  // Small pools: test files run in parallel against one server with a connection limit.
  const store = await openStore(url, { poolSize: 3 });
  return {
    ...store,
    url,
    // The schema itself is dropped with the others when the run ends (global-setup.ts).
    dispose: () => store.close(),
  };
}

/** A connection URL whose search_path points at a new, empty schema. */
export async function freshPostgresSchemaUrl(): Promise<string> {
  const base = inject('postgresUrl');
  const schema = `${inject('schemaPrefix')}${randomBytes(6).toString('hex')}`;
  await adminQuery(base, `create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Several nodes on one fresh PostgreSQL schema: a store per node, each with its own pool, as
 * separate processes would have. Call inside a describe: made before its tests, closed after.
 */
export function storesOfNodes(count: number): { readonly all: readonly Store[] } {
  const all: Store[] = [];
  let first: TestStore | undefined;
  beforeAll(async () => {
    first = await freshStore('postgres');
    all.push(first);
    for (let i = 1; i < count; i += 1) all.push(await openStore(first.url, { poolSize: 4 }));
  });
  afterAll(async () => {
    for (const store of all.splice(1)) await store.close();
    all.splice(0);
    await first?.dispose();
  });
  return { all };
}
