import { WaybillError } from '../../domain/errors.js';
import type { CarrierChoice } from '../../http/carrier-choice.js';
import { ingestOrder } from '../../orders/ingest-order.js';
import type { Store } from '../../store/open-store.js';
import { ShopifyRequestError } from './admin-client.js';
import { BACKFILL_QUERY, backfillPageOf, parseBackfillOrder } from './backfill-query.js';
import { readIntegration, writeBackfill } from './integration-store.js';
import type { JsonRecord } from './payload-fields.js';
import type { ShopifyShop } from './shops.js';

/** Stored per shop in shop_integrations.backfill, after every page: a restart resumes from `cursor`. */
export interface BackfillProgress {
  /** Orders updated since then are read (ISO instant). */
  readonly since: string;
  /** The end cursor of the last page stored; null before the first. */
  readonly cursor: string | null;
  readonly pages: number;
  readonly orders: number;
  readonly parcels: number;
  /** Orders that could not be read or stored (each a reason in the log of the run). */
  readonly skipped: number;
  readonly done: boolean;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly lastError: string | null;
}

export interface BackfillDeps {
  readonly store: Store;
  readonly clock: () => Date;
  readonly detectCarrier: (trackingNumber: string) => CarrierChoice;
  /** The shop's Admin API (admin-client.ts): paced, and retrying throttles itself. */
  readonly client: {
    request(name: string, query: string, variables: Record<string, unknown>): Promise<JsonRecord>;
  };
  readonly onCommitted?: (() => void) | undefined;
}

export interface BackfillOptions {
  /** Start a new run from this instant; without it an unfinished run resumes, or a new one reads 60 days. */
  readonly since?: string | undefined;
  /** One line per step: the start or resumption, each page, the end. */
  readonly onProgress?: ((line: string) => void) | undefined;
}

/** Orders older than 60 days need the read_all_orders scope (shop-platforms.md §2). */
const DEFAULT_DAYS = 60;

/**
 * Reads the shop's recent orders with their fulfillments through the Admin GraphQL API, page by
 * page, and stores each with ingestOrder, as its webhooks would have: for a shop connected after
 * its orders were placed, or to make up for webhooks Shopify gave up on. Progress is stored after
 * each page, so a run stopped by a crash or an outage resumes from its cursor. A failure is
 * stored as the integration's last error and thrown as a ShopifyRequestError.
 */
export async function runBackfill(
  deps: BackfillDeps,
  shop: ShopifyShop,
  options: BackfillOptions = {},
): Promise<BackfillProgress> {
  const say = options.onProgress ?? (() => undefined);
  const domain = shop.shopDomain;
  const stored = progressOf((await readIntegration(deps.store.db, shop.tenantId))?.backfill[domain]);
  let progress: BackfillProgress;
  if (stored && !stored.done && (options.since === undefined || options.since === stored.since)) {
    progress = { ...stored, lastError: null };
    say(
      `${domain}: resuming after page ${stored.pages} (${stored.orders} orders so far, since ${stored.since})`,
    );
  } else {
    const now = deps.clock();
    const since = options.since ?? new Date(now.getTime() - DEFAULT_DAYS * 86_400_000).toISOString();
    progress = {
      since,
      cursor: null,
      pages: 0,
      orders: 0,
      parcels: 0,
      skipped: 0,
      done: false,
      startedAt: now.toISOString(),
      finishedAt: null,
      lastError: null,
    };
    say(`${domain}: backfilling orders updated since ${since}`);
  }
  await writeBackfill(deps.store.db, shop.tenantId, domain, progress, deps.clock());

  while (!progress.done) {
    let data: JsonRecord;
    try {
      data = await deps.client.request('backfill', BACKFILL_QUERY, {
        cursor: progress.cursor,
        query: `updated_at:>=${progress.since}`,
      });
    } catch (error) {
      throw await stop(deps, shop, progress, error);
    }
    const page = backfillPageOf(data);
    if (!page)
      throw await stop(
        deps,
        shop,
        progress,
        new ShopifyRequestError(`${domain} answered a page without orders or pageInfo`, 'rejected'),
      );
    let parcels = 0;
    let skipped = 0;
    const now = deps.clock();
    for (const node of page.nodes) {
      const parsed = parseBackfillOrder(node, shop, now);
      if (!parsed.ok) {
        skipped += 1;
        continue;
      }
      try {
        const ingested = await ingestOrder(deps.store, parsed.input, now, {
          detectCarrier: deps.detectCarrier,
          mode: 'lenient',
          onCommitted: deps.onCommitted,
        });
        parcels += ingested.parcels.filter((p) => 'shipmentId' in p).length;
      } catch (error) {
        if (!(error instanceof WaybillError)) throw await stop(deps, shop, progress, error);
        skipped += 1;
      }
    }
    progress = {
      ...progress,
      cursor: page.endCursor ?? progress.cursor,
      pages: progress.pages + 1,
      orders: progress.orders + page.nodes.length - skipped,
      parcels: progress.parcels + parcels,
      skipped: progress.skipped + skipped,
      done: !page.hasNextPage,
      finishedAt: page.hasNextPage ? null : deps.clock().toISOString(),
    };
    await writeBackfill(deps.store.db, shop.tenantId, domain, progress, deps.clock());
    say(
      `${domain}: page ${progress.pages}: ${page.nodes.length - skipped} orders, ${parcels} parcels` +
        `${skipped > 0 ? `, ${skipped} skipped` : ''} (${progress.orders} orders in all)`,
    );
  }
  say(
    `${domain}: done: ${progress.orders} orders, ${progress.parcels} parcels in ${progress.pages} pages` +
      `${progress.skipped > 0 ? `, ${progress.skipped} orders skipped` : ''}`,
  );
  return progress;
}

/** Stores the failure with the progress so far; returns the error to throw. */
async function stop(
  deps: BackfillDeps,
  shop: ShopifyShop,
  progress: BackfillProgress,
  error: unknown,
): Promise<Error> {
  const message = error instanceof Error ? error.message : String(error);
  const failed = { ...progress, lastError: message };
  await writeBackfill(
    deps.store.db,
    shop.tenantId,
    shop.shopDomain,
    failed,
    deps.clock(),
    `backfill: ${message}`,
  ).catch(() => undefined);
  return error instanceof Error ? error : new Error(message);
}

/** Stored progress, when it is readable; anything else starts over. */
function progressOf(value: unknown): BackfillProgress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Partial<Record<keyof BackfillProgress, unknown>>;
  const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);
  const since = typeof p.since === 'string' ? p.since : undefined;
  const startedAt = typeof p.startedAt === 'string' ? p.startedAt : undefined;
  const pages = count(p.pages);
  const orders = count(p.orders);
  if (since === undefined || startedAt === undefined || pages === undefined || orders === undefined)
    return undefined;
  return {
    since,
    cursor: typeof p.cursor === 'string' ? p.cursor : null,
    pages,
    orders,
    parcels: count(p.parcels) ?? 0,
    skipped: count(p.skipped) ?? 0,
    done: p.done === true,
    startedAt,
    finishedAt: typeof p.finishedAt === 'string' ? p.finishedAt : null,
    lastError: typeof p.lastError === 'string' ? p.lastError : null,
  };
}
