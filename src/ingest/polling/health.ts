import type { Executor } from '../../store/executor.js';
import type { Store } from '../../store/open-store.js';
import type { BreakerState } from './circuit-breaker.js';

/** Error rates are counted over windows of this length; the figure covers the last one to two. */
export const HEALTH_WINDOW_MS = 15 * 60_000;

export interface RequestReport {
  readonly carrier: string;
  readonly ok: boolean;
  /** For a failure: what went wrong (kind and message, never a credential). */
  readonly error?: string | undefined;
  readonly breaker: BreakerState;
  readonly tokens: number;
  readonly rateLimitedUntil: Date | null;
}

export interface CarrierHealth {
  readonly carrier: string;
  readonly lastSuccessAt: string | null;
  readonly lastErrorAt: string | null;
  readonly lastError: string | null;
  /** Failed requests / requests over the last 15 to 30 minutes; null when there were none. */
  readonly errorRate: number | null;
  readonly requests: number;
  readonly breaker: BreakerState;
  readonly tokens: number | null;
  readonly rateLimitedUntil: string | null;
  readonly updatedAt: string;
}

/**
 * Counts one request to a carrier in the shared health row. Several workers report into the same
 * row: the read-modify-write runs in a transaction with the row locked where the database can.
 */
export async function recordRequest(store: Store, report: RequestReport, now: Date): Promise<void> {
  const at = now.toISOString();
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('carrier_health')
      .values({
        carrier: report.carrier,
        last_success_at: null,
        last_error_at: null,
        last_error: null,
        window_started_at: at,
        requests: 0,
        failures: 0,
        previous_requests: 0,
        previous_failures: 0,
        breaker_state: report.breaker,
        tokens: null,
        rate_limited_until: null,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('carrier').doNothing())
      .execute();
    let select = trx.selectFrom('carrier_health').selectAll().where('carrier', '=', report.carrier);
    if (store.caps.rowLocks) select = select.forUpdate();
    const row = await select.executeTakeFirstOrThrow();

    const elapsed = now.getTime() - Date.parse(row.window_started_at);
    let { requests, failures, previous_requests, previous_failures, window_started_at } = row;
    if (elapsed >= 2 * HEALTH_WINDOW_MS) {
      [previous_requests, previous_failures, requests, failures] = [0, 0, 0, 0];
      window_started_at = at;
    } else if (elapsed >= HEALTH_WINDOW_MS) {
      [previous_requests, previous_failures, requests, failures] = [requests, failures, 0, 0];
      window_started_at = new Date(Date.parse(row.window_started_at) + HEALTH_WINDOW_MS).toISOString();
    }
    await trx
      .updateTable('carrier_health')
      .set({
        window_started_at,
        requests: Number(requests) + 1,
        failures: Number(failures) + (report.ok ? 0 : 1),
        previous_requests,
        previous_failures,
        ...(report.ok
          ? { last_success_at: at }
          : { last_error_at: at, last_error: (report.error ?? 'request failed').slice(0, 500) }),
        breaker_state: report.breaker,
        tokens: report.tokens,
        rate_limited_until: report.rateLimitedUntil?.toISOString() ?? null,
        updated_at: at,
      })
      .where('carrier', '=', report.carrier)
      .execute();
  });
}

/** The breaker changed without a request (cool-down passed): show it. */
export async function recordBreakerState(
  db: Executor,
  carrier: string,
  breaker: BreakerState,
  now: Date,
): Promise<void> {
  await db
    .updateTable('carrier_health')
    .set({ breaker_state: breaker, updated_at: now.toISOString() })
    .where('carrier', '=', carrier)
    .execute();
}

export async function readHealth(db: Executor, now: Date): Promise<Map<string, CarrierHealth>> {
  const rows = await db.selectFrom('carrier_health').selectAll().execute();
  const health = new Map<string, CarrierHealth>();
  for (const row of rows) {
    const elapsed = now.getTime() - Date.parse(row.window_started_at);
    // Windows that have passed since the last report count as quiet.
    const [requests, failures] =
      elapsed >= 2 * HEALTH_WINDOW_MS
        ? [0, 0]
        : elapsed >= HEALTH_WINDOW_MS
          ? [Number(row.requests), Number(row.failures)]
          : [
              Number(row.requests) + Number(row.previous_requests),
              Number(row.failures) + Number(row.previous_failures),
            ];
    health.set(row.carrier, {
      carrier: row.carrier,
      lastSuccessAt: row.last_success_at,
      lastErrorAt: row.last_error_at,
      lastError: row.last_error,
      errorRate: requests === 0 ? null : failures / requests,
      requests,
      breaker: row.breaker_state as BreakerState,
      tokens: row.tokens === null ? null : Number(row.tokens),
      rateLimitedUntil:
        row.rate_limited_until !== null && Date.parse(row.rate_limited_until) > now.getTime()
          ? row.rate_limited_until
          : null,
      updatedAt: row.updated_at,
    });
  }
  return health;
}
