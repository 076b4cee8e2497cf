import { sql, type RawBuilder } from 'kysely';
import { STATUSES, type Status } from '../../domain/status.js';

// Conditions written as SQL literals, not bound parameters, for two reasons: SQLite uses a
// partial index only when the query repeats the index's own WHERE terms as constants, and the
// planners of both databases turn a literal `status in (…)` into index ranges on (tenant, status).
// Every value here is one of our own constants, never input.

/** Statuses after which nothing more is expected of the carrier. */
export const FINISHED: readonly Status[] = ['delivered', 'cancelled', 'expired', 'return_to_sender'];
/** The others: a shipment still on its way (or stuck on it). */
export const UNDER_WAY: readonly Status[] = STATUSES.filter((status) => !FINISHED.includes(status));

const list = (values: readonly string[]) =>
  values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');

/** `status in (…)` over the statuses still under way, on the given table alias. */
export function underWay(alias = ''): RawBuilder<boolean> {
  return sql<boolean>`${sql.raw(`${alias ? `${alias}.` : ''}status in (${list(UNDER_WAY)})`)}`;
}

/** `status in (…)` with literal values (our own constants). */
export function statusIn(statuses: readonly Status[], alias = ''): RawBuilder<boolean> {
  return sql<boolean>`${sql.raw(`${alias ? `${alias}.` : ''}status in (${list(statuses)})`)}`;
}

const UNDER_WAY_LIST = list(UNDER_WAY);

/** The literal text of the partial indexes' WHERE (migration 0008 repeats them; a test keeps them equal). */
export const PARTIAL_INDEX_WHERE = {
  stalled: `archived_at is null and stalled = 1 and status in (${UNDER_WAY_LIST})`,
  openPromised: `archived_at is null and promised_date is not null and status in (${UNDER_WAY_LIST})`,
} as const;

function aliased(text: string, alias: string): string {
  return alias ? text.replace(/\b(archived_at|stalled|status|promised_date)\b/g, `${alias}.$1`) : text;
}

/**
 * Stalled and still under way, not archived: exactly the rows of the partial index
 * shipments_stalled, so the queue reads (and counts) that small index.
 */
export function isStalled(alias = ''): RawBuilder<boolean> {
  return sql<boolean>`${sql.raw(aliased(PARTIAL_INDEX_WHERE.stalled, alias))}`;
}

/**
 * Promised and still under way, not archived: the rows of the partial index
 * shipments_open_promised. A late shipment is one of these with a promised date before today.
 */
export function openPromise(alias = ''): RawBuilder<boolean> {
  return sql<boolean>`${sql.raw(aliased(PARTIAL_INDEX_WHERE.openPromised, alias))}`;
}
