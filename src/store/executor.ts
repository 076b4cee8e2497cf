import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** The database or an open transaction: repositories take either, so writes can share a commit. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** Splits rows so one statement stays under the dialect's bound-parameter limit. */
export function chunksFor<T>(rows: readonly T[], columnsPerRow: number, maxParameters: number): T[][] {
  const size = Math.max(1, Math.floor(maxParameters / columnsPerRow) - 1);
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
