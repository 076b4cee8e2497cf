import type { Command } from 'commander';
import { chooseCarrier } from '../../http/carrier-choice.js';
import { orderedAtOf } from '../../ingest/ordered-at.js';
import { backfillSite } from '../../integrations/woocommerce/backfill.js';
import { WooCommerceError, wooRest } from '../../integrations/woocommerce/rest-client.js';
import { siteKey } from '../../integrations/woocommerce/shops.js';
import { findTenant } from '../../store/repositories/tenants.js';
import { withStore } from '../context.js';
import { CliError } from '../errors.js';

export function registerWooCommerce(program: Command): void {
  const woocommerce = program
    .command('woocommerce')
    .description('WooCommerce sites (shops.woocommerce in the config file)');
  woocommerce
    .command('backfill')
    .description("Store orders changed since a time from a site's REST API; resumes an unfinished run")
    .option('--site <url>', 'only this site (its siteUrl); default: every configured site')
    .option(
      '--since <instant>',
      'orders modified since then (ISO 8601 with offset, or a date); default: an unfinished run, else since the last run began, else all',
    )
    .action(async (options: { site?: string; since?: string }) => {
      const since = options.since === undefined ? undefined : sinceOf(options.since.trim());
      await withStore(async (store, config) => {
        const sites = config.shops.woocommerce;
        if (sites.length === 0)
          throw new CliError(
            'no WooCommerce site is configured (shops.woocommerce in the WAYBILL_CONFIG file)',
          );
        const chosen =
          options.site === undefined
            ? sites
            : sites.filter((s) => siteKey(s.siteUrl) === siteKey(options.site!));
        if (chosen.length === 0)
          throw new CliError(
            `no WooCommerce site ${options.site} is configured (${sites.map((s) => s.siteUrl).join(', ')})`,
          );
        for (const site of chosen)
          if (!(await findTenant(store.db, site.tenantId)))
            throw new CliError(`${site.siteUrl}: no tenant with id ${site.tenantId}`);
        // One site after another: a tenant's sites share one progress record.
        for (const site of chosen) {
          try {
            const progress = await backfillSite(
              { store, clock: () => new Date(), detectCarrier: chooseCarrier },
              site,
              wooRest(site),
              {
                since,
                onPage: (p) =>
                  console.error(
                    `${site.siteUrl}: page ${p.page}${p.totalPages ? ` of ${p.totalPages}` : ''}, ${p.orders} orders`,
                  ),
              },
            );
            console.log(
              `${site.siteUrl}: ${progress.orders} orders in ${progress.page} pages ` +
                `(${progress.stored} stored, ${progress.ignored} not shipping, ${progress.failed} failed); done`,
            );
          } catch (error) {
            if (error instanceof WooCommerceError)
              throw new CliError(
                `backfill stopped: ${error.message}` +
                  (error.kind === 'unavailable' || error.kind === 'bad_response'
                    ? '; run it again to resume'
                    : ''),
              );
            throw error;
          }
        }
      });
    });
}

/** --since: an instant with its offset, or a calendar date (midnight UTC). */
function sinceOf(text: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(text) ? orderedAtOf(`${text}T00:00:00Z`) : orderedAtOf(text);
  if (instant === undefined)
    throw new CliError(
      `--since must be a date or an ISO 8601 instant with its offset, such as 2026-03-01T00:00:00Z`,
    );
  return instant;
}
