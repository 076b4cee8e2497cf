import type { Config } from '../../config/config.js';
import { siteKey } from '../../integrations/woocommerce/shops.js';
import type { Executor } from '../../store/executor.js';
import { listIntakeMails, type IntakeMail } from '../../store/repositories/intake-mails.js';

// What the integrations page shows: per shop platform the tenant's configured shops with their
// backfill, the last webhook and failure, and the latest deliveries; and the mail intake's address
// and latest mails. The rows are written by the integrations themselves, some of it still changing
// shape, so every JSON value is read field by field and anything unexpected is left out.

export type Platform = 'shopify' | 'woocommerce';

export interface ShopWebhook {
  readonly webhookId: string;
  readonly topic: string;
  readonly receivedAt: string;
  readonly outcome: string;
  readonly detail: string;
}

export interface BackfillProgress {
  readonly orders: number | null;
  /** Orders that could not be stored (WooCommerce's failed, Shopify's skipped). */
  readonly failed: number | null;
  readonly done: boolean | null;
  /** Pages read so far (WooCommerce's page, Shopify's pages). */
  readonly page: number | null;
  readonly totalPages: number | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly lastError: string | null;
}

export interface ConfiguredShop {
  /** The shop's domain (Shopify) or site URL (WooCommerce). */
  readonly name: string;
  readonly backfill: BackfillProgress | undefined;
}

export interface PlatformHealth {
  readonly platform: Platform;
  readonly shops: readonly ConfiguredShop[];
  readonly lastWebhookAt: string | null;
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  /** The latest deliveries, newest first. */
  readonly webhooks: readonly ShopWebhook[];
  /** Failed deliveries of the last FAILURE_DAYS among the latest FAILURE_WINDOW, newest first. */
  readonly failures: readonly ShopWebhook[];
  /** More than FAILURE_WINDOW deliveries arrived in those days: older failures were not looked at. */
  readonly failuresCut: boolean;
}

export interface IntakeHealth {
  /** `<token>@<domain>` once the tenant has a token; null before anyone asked for one. */
  readonly address: string | null;
  readonly smtpEnabled: boolean;
  readonly mails: readonly IntakeMail[];
}

export const LATEST_WEBHOOKS = 20;
export const LATEST_MAILS = 20;
export const FAILURE_DAYS = 7;
export const FAILURE_WINDOW = 1_000;
const DAY_MS = 86_400_000;

/** The platforms configured for this tenant (`shops.shopify[]`, `shops.woocommerce[]`), with their health. */
export async function readPlatforms(
  db: Executor,
  tenantId: string,
  shops: Config['shops'],
  now: Date,
): Promise<PlatformHealth[]> {
  const configured: [Platform, { name: string; keys: string[] }[]][] = [
    [
      'shopify',
      shops.shopify
        .filter((shop) => shop.tenantId === tenantId)
        .map((shop) => ({ name: shop.shopDomain, keys: [shop.shopDomain] })),
    ],
    [
      'woocommerce',
      shops.woocommerce
        .filter((shop) => shop.tenantId === tenantId)
        .map((shop) => ({ name: shop.siteUrl, keys: [siteKey(shop.siteUrl), shop.siteUrl] })),
    ],
  ];
  const result: PlatformHealth[] = [];
  for (const [platform, list] of configured) {
    if (list.length === 0) continue;
    result.push(await readPlatform(db, tenantId, platform, list, now));
  }
  return result;
}

async function readPlatform(
  db: Executor,
  tenantId: string,
  platform: Platform,
  shops: readonly { name: string; keys: string[] }[],
  now: Date,
): Promise<PlatformHealth> {
  const since = new Date(now.getTime() - FAILURE_DAYS * DAY_MS).toISOString();
  const [integration, recent] = await Promise.all([
    db
      .selectFrom('shop_integrations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('platform', '=', platform)
      .executeTakeFirst(),
    // The latest deliveries over the index (tenant_id, platform, received_at), a bounded number:
    // failures are picked from them, so a busy shop with none does not make the page walk its
    // whole history (no index leads with the outcome).
    db
      .selectFrom('shop_webhooks')
      .select(['webhook_id', 'topic', 'received_at', 'outcome', 'detail'])
      .where('tenant_id', '=', tenantId)
      .where('platform', '=', platform)
      .orderBy('received_at', 'desc')
      .limit(FAILURE_WINDOW)
      .execute(),
  ]);
  const oldest = recent[recent.length - 1];
  const progress = parseObject(integration?.backfill);
  return {
    platform,
    shops: shops.map((shop) => ({ name: shop.name, backfill: backfillOf(progress, shop.keys) })),
    lastWebhookAt: integration?.last_webhook_at ?? null,
    lastError: integration?.last_error ?? null,
    lastErrorAt: integration?.last_error_at ?? null,
    webhooks: recent.slice(0, LATEST_WEBHOOKS).map(webhookFromRow),
    failures: recent
      .filter((row) => row.outcome === 'failed' && row.received_at >= since)
      .slice(0, LATEST_WEBHOOKS)
      .map(webhookFromRow),
    failuresCut: recent.length === FAILURE_WINDOW && oldest !== undefined && oldest.received_at > since,
  };
}

function webhookFromRow(row: {
  webhook_id: string;
  topic: string;
  received_at: string;
  outcome: string;
  detail: string;
}): ShopWebhook {
  return {
    webhookId: row.webhook_id,
    topic: row.topic,
    receivedAt: row.received_at,
    outcome: row.outcome,
    detail: row.detail,
  };
}

/**
 * A shop's backfill progress: kept per shop (by domain, or by site URL in either spelling), or —
 * the shape the column started with — one progress for the whole platform.
 */
export function backfillOf(
  progress: Record<string, unknown>,
  keys: readonly string[],
): BackfillProgress | undefined {
  if (looksLikeProgress(progress)) return progressFrom(progress);
  for (const key of keys) {
    const value = Object.hasOwn(progress, key) ? progress[key] : undefined;
    if (isObject(value) && looksLikeProgress(value)) return progressFrom(value);
  }
  return undefined;
}

function looksLikeProgress(value: Record<string, unknown>): boolean {
  return ['orders', 'done', 'startedAt', 'finishedAt', 'cursor', 'page', 'pages'].some((key) =>
    Object.hasOwn(value, key),
  );
}

function progressFrom(value: Record<string, unknown>): BackfillProgress {
  const count = (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : null;
  const text = (v: unknown, max = 500) => (typeof v === 'string' && v.length > 0 ? v.slice(0, max) : null);
  const instant = (v: unknown) => {
    const s = text(v, 40);
    return s !== null && Number.isFinite(Date.parse(s)) ? new Date(Date.parse(s)).toISOString() : null;
  };
  return {
    orders: count(value['orders']),
    failed: count(value['failed'] ?? value['skipped']),
    done: typeof value['done'] === 'boolean' ? value['done'] : null,
    page: count(value['page'] ?? value['pages']),
    totalPages: count(value['totalPages']),
    startedAt: instant(value['startedAt']),
    finishedAt: instant(value['finishedAt']),
    lastError: text(value['lastError']),
  };
}

/** The tenant's intake address (made by `waybill intake address` or the API, never here) and latest mails. */
export async function readIntake(
  db: Executor,
  tenantId: string,
  intake: Config['shops']['intake'],
): Promise<IntakeHealth> {
  const [settings, mails] = await Promise.all([
    db.selectFrom('tenants').select('settings').where('id', '=', tenantId).executeTakeFirst(),
    listIntakeMails(db, tenantId, { limit: LATEST_MAILS }),
  ]);
  const token = intakeTokenIn(parseObject(settings?.settings));
  return {
    address: token === undefined ? null : `${token}@${intake.domain.toLowerCase()}`,
    smtpEnabled: intake.smtpEnabled,
    mails,
  };
}

/** `settings.intake.token`, when it is a plausible mailbox name. */
export function intakeTokenIn(settings: Record<string, unknown>): string | undefined {
  const intake = settings['intake'];
  if (!isObject(intake)) return undefined;
  const token = intake['token'];
  return typeof token === 'string' && /^[0-9A-Za-z._-]{1,64}$/.test(token) ? token : undefined;
}

function parseObject(text: string | undefined | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
