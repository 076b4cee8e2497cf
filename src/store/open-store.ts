import { Kysely } from 'kysely';
import pg from 'pg';
import {
  POSTGRES_CAPABILITIES,
  SQLITE_CAPABILITIES,
  type StoreCapabilities,
} from './dialects/capabilities.js';
import { listenForOutboxCommits, type CommitListener } from './dialects/outbox-commits.js';
import { postgresDialect } from './dialects/postgres.js';
import { sqliteDialect } from './dialects/sqlite.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

export interface Store {
  readonly db: Kysely<Database>;
  readonly caps: StoreCapabilities;
  /** A readable description without credentials, for logs. */
  readonly description: string;
  /** PostgreSQL schema named by the URL's `options=-c search_path=…`, if any. */
  readonly schema?: string | undefined;
  /** PostgreSQL only: this process's pool, for the metrics (connections open, idle, and waiting requests). */
  poolStats?(): { total: number; idle: number; waiting: number };
  /**
   * PostgreSQL only: calls `onCommit` when any node commits outbox messages in this schema, over
   * LISTEN/NOTIFY on a connection of its own (see outbox-commits.ts).
   */
  listenForCommits?(onCommit: () => void, onError?: (error: unknown) => void): CommitListener;
  close(): Promise<void>;
}

// pg returns int8 (bigserial outbox seq) as a string; our sequences stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/**
 * `postgres://…` or `postgresql://…` opens PostgreSQL; `sqlite:<file>`, a bare path or
 * `:memory:` opens SQLite. Migrations run unless `migrate: false`.
 */
export async function openStore(
  databaseUrl: string,
  options: { migrate?: boolean; poolSize?: number } = {},
): Promise<Store> {
  const store = isPostgresUrl(databaseUrl)
    ? openPostgres(databaseUrl, options.poolSize)
    : openSqlite(databaseUrl);
  if (options.migrate !== false) {
    try {
      await migrateToLatest(store.db as unknown as Kysely<unknown>, store.caps, store.schema);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

function openSqlite(url: string): Store {
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  const db = new Kysely<Database>({ dialect: sqliteDialect(file) });
  return { db, caps: SQLITE_CAPABILITIES, description: `sqlite:${file}`, close: () => db.destroy() };
}

function openPostgres(url: string, poolSize?: number): Store {
  const { dialect, pool } = postgresDialect(url, poolSize);
  const db = new Kysely<Database>({ dialect });
  const safe = new URL(url);
  safe.password = '';
  const schema = /search_path=([A-Za-z_][A-Za-z0-9_]*)/.exec(safe.searchParams.get('options') ?? '')?.[1];
  return {
    db,
    caps: POSTGRES_CAPABILITIES,
    description: safe.toString(),
    schema,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    listenForCommits: (onCommit, onError) => listenForOutboxCommits(url, onCommit, onError),
    close: () => db.destroy(),
  };
}
