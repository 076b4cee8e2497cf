import { PostgresDialect } from 'kysely';
import pg from 'pg';

export function postgresDialect(
  connectionString: string,
  poolSize = 10,
): { dialect: PostgresDialect; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  return { dialect: new PostgresDialect({ pool }), pool };
}
