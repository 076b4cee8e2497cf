import { PostgresDialect } from 'kysely';
import pg from 'pg';

export function postgresDialect(
  connectionString: string,
  poolSize = 10,
): { dialect: PostgresDialect; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // A client that loses its connection must not crash the process: the pool listens on idle ones,
  // and this on every one, including those checked out between two queries of a transaction
  // (the database restarting, say). The next query on it fails, and the pool drops it on release.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { dialect: new PostgresDialect({ pool }), pool };
}
