import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, vi } from 'vitest';
import { openStore, type Store } from '../../src/store/open-store.js';
import { freshPostgresSchemaUrl, type DialectName } from '../helpers/dialects.js';

/** An empty database (no schema yet) that the CLI is pointed at through DATABASE_URL. */
export interface CliDatabase {
  readonly url: string;
  /** Points DATABASE_URL at this database; `vi.unstubAllEnvs()` (see useCliEnvironment) undoes it. */
  use(): void;
  /** Row counts of the tables a user's data lives in. */
  counts(): Promise<Record<TableName, number>>;
  /** Opens the database directly, for looking at what the CLI did; closed after `look`. */
  inspect<T>(look: (store: Store) => Promise<T>): Promise<T>;
  /** Drops the data. */
  dispose(): Promise<void>;
}

const TABLES = ['tenants', 'api_keys', 'shipments', 'tracking_events'] as const;
type TableName = (typeof TABLES)[number];

/** A fresh SQLite file in its own temporary folder, or a fresh PostgreSQL schema. */
export async function cliDatabase(dialect: DialectName): Promise<CliDatabase> {
  let dir: string | undefined;
  let url: string;
  if (dialect === 'sqlite') {
    dir = await mkdtemp(join(tmpdir(), 'waybill-cli-'));
    url = `sqlite:${join(dir, 'waybill.db')}`;
  } else {
    // The schema is dropped with the run's others at the end (test/helpers/global-setup.ts).
    url = await freshPostgresSchemaUrl();
  }
  const inspect = async <T>(look: (store: Store) => Promise<T>): Promise<T> => {
    // migrate: false, so looking never changes the schema the CLI left behind.
    const store = await openStore(url, { migrate: false, poolSize: 1 });
    try {
      return await look(store);
    } finally {
      await store.close();
    }
  };
  return {
    url,
    use() {
      vi.stubEnv('DATABASE_URL', url);
      // A config file of the developer's must not redirect the CLI away from the test database,
      // and neither must a server of theirs (WAYBILL_URL turns `track` into a client of it).
      vi.stubEnv('WAYBILL_CONFIG', undefined);
      vi.stubEnv('WAYBILL_URL', undefined);
    },
    counts: () =>
      inspect(async (store) => {
        const counts = {} as Record<TableName, number>;
        for (const table of TABLES) {
          const row = await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow();
          counts[table] = Number(row.n);
        }
        return counts;
      }),
    inspect,
    async dispose() {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Puts the environment back after every test of the file that calls this. */
export function useCliEnvironment(): void {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
}
