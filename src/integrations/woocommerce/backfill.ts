import { readBackfill, saveBackfill, type BackfillProgress } from './integration-state.js';
import { parseOrder } from './parse-order.js';
import { WooCommerceError, type WooRest } from './rest-client.js';
import type { WooShop } from './shops.js';
import { syncOrder, type WooDeps } from './sync-order.js';

// Orders changed since a time, read page by page through REST v3 (oldest id first, so orders
// created during the run land on later pages) and stored like webhook orders. The progress is
// saved after every page: a run that stops (a restart, an outage) goes on from the next page.
// Webhooks are never resent, so this is also how gaps are closed: a run with no --since after a
// finished one starts where that one started.

export const PER_PAGE = 100;

export interface BackfillOptions {
  /** UTC ISO instant: orders modified after it. Absent: resume, else since the last run's start, else all. */
  readonly since?: string | undefined;
  readonly perPage?: number;
  readonly onPage?: (progress: BackfillProgress) => void;
}

export async function backfillSite(
  deps: WooDeps,
  shop: WooShop,
  rest: WooRest,
  options: BackfillOptions = {},
): Promise<BackfillProgress> {
  const { store } = deps;
  const perPage = Math.min(PER_PAGE, Math.max(1, options.perPage ?? PER_PAGE));
  const previous = await readBackfill(store.db, shop.tenantId, shop.siteUrl);
  const resume =
    previous !== undefined &&
    !previous.done &&
    (options.since === undefined || options.since === previous.since);
  let progress: BackfillProgress = resume
    ? { ...previous, lastError: null }
    : {
        since: options.since ?? (previous?.done ? previous.startedAt : null),
        page: 0,
        totalPages: null,
        orders: 0,
        stored: 0,
        ignored: 0,
        failed: 0,
        done: false,
        startedAt: deps.clock().toISOString(),
        finishedAt: null,
        lastError: null,
      };
  await saveBackfill(store.db, shop.tenantId, shop.siteUrl, progress, deps.clock());

  for (;;) {
    const page = progress.page + 1;
    try {
      const answer = await rest.ordersPage({ page, perPage, modifiedAfter: wooInstant(progress.since) });
      const counts = { stored: 0, ignored: 0, failed: 0 };
      for (const raw of answer.orders) {
        const parsed = parseOrder(raw);
        if (!parsed.ok) {
          counts.failed += 1;
          continue;
        }
        const sync = await syncOrder(deps, shop, rest, parsed.order, { notesFailure: 'throw' });
        counts[sync.outcome] += 1;
      }
      const done = !answer.hasNext || answer.orders.length === 0;
      progress = {
        ...progress,
        page,
        totalPages: answer.totalPages,
        orders: progress.orders + answer.orders.length,
        stored: progress.stored + counts.stored,
        ignored: progress.ignored + counts.ignored,
        failed: progress.failed + counts.failed,
        done,
        finishedAt: done ? deps.clock().toISOString() : null,
      };
    } catch (error) {
      if (!(error instanceof WooCommerceError)) throw error;
      progress = { ...progress, lastError: error.message };
      await saveBackfill(store.db, shop.tenantId, shop.siteUrl, progress, deps.clock());
      throw error;
    }
    await saveBackfill(store.db, shop.tenantId, shop.siteUrl, progress, deps.clock());
    options.onPage?.(progress);
    if (progress.done) return progress;
  }
}

/** modified_after as WooCommerce reads it with dates_are_gmt=true: GMT, no offset, whole seconds. */
function wooInstant(iso: string | null): string | null {
  return iso === null ? null : new Date(iso).toISOString().slice(0, 19);
}
