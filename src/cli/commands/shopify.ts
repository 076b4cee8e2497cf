import type { Command } from 'commander';
import { chooseCarrier } from '../../http/carrier-choice.js';
import { orderedAtOf } from '../../ingest/ordered-at.js';
import { ShopifyAdminClient, ShopifyRequestError } from '../../integrations/shopify/admin-client.js';
import { runBackfill } from '../../integrations/shopify/backfill.js';
import { checkShopifyTenants, shopifyShops } from '../../integrations/shopify/shops.js';
import { withStore } from '../context.js';
import { CliError } from '../errors.js';

export function registerShopify(program: Command): void {
  const shopify = program.command('shopify').description('Shopify shops (shops.shopify in the config file)');
  shopify
    .command('backfill')
    .description(
      "Store recent orders and their fulfilments from a shop's Admin API; resumes an unfinished run",
    )
    .option('--shop <domain>', 'only this shop (example.myshopify.com); default: every configured shop')
    .option(
      '--since <instant>',
      'orders updated since then (ISO 8601 with offset); default: an unfinished run, else 60 days',
    )
    .action(async (options: { shop?: string; since?: string }) => {
      const since = options.since === undefined ? undefined : orderedAtOf(options.since.trim());
      if (options.since !== undefined && since === undefined)
        throw new CliError(
          `--since must be an ISO 8601 instant with its offset, such as 2026-03-01T00:00:00Z`,
        );
      await withStore(async (store, config) => {
        const shops = [...shopifyShops(config).values()];
        if (shops.length === 0)
          throw new CliError('no Shopify shop is configured (shops.shopify in the WAYBILL_CONFIG file)');
        const chosen = options.shop
          ? shops.filter((shop) => shop.shopDomain === options.shop!.trim().toLowerCase())
          : shops;
        if (chosen.length === 0)
          throw new CliError(
            `no Shopify shop ${options.shop} is configured (${shops.map((s) => s.shopDomain).join(', ')})`,
          );
        await checkShopifyTenants(store.db, config);
        for (const shop of chosen) {
          const say = (line: string) => console.log(line);
          const client = new ShopifyAdminClient(shop, {
            onWait: (ms, why) => say(`${shop.shopDomain}: ${why}; waiting ${(ms / 1000).toFixed(1)} s`),
          });
          try {
            await runBackfill(
              { store, clock: () => new Date(), detectCarrier: chooseCarrier, client },
              shop,
              { since, onProgress: say },
            );
          } catch (error) {
            if (error instanceof ShopifyRequestError)
              throw new CliError(
                `${shop.shopDomain}: backfill stopped: ${error.message}; run it again to resume`,
              );
            throw error;
          }
        }
      });
    });
}
