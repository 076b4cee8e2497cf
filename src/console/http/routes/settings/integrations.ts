import { readIntake, readPlatforms } from '../../../queries/integrations.js';
import { renderIntegrations } from '../../../views/settings/integrations.js';
import { renderSettings } from '../../../views/settings/nav.js';
import { attentionTotal, signedInView } from '../../page-context.js';
import type { ConsoleRouteRegistrar } from '../../plugin.js';
import { sessionOf } from '../../request-view.js';
import { sendConsolePage } from '../../respond.js';

/**
 * Where orders come from and how that is going: the tenant's Shopify shops and WooCommerce sites
 * (from the config file), their webhooks, backfill and failures, and the mail intake. Readable by
 * everyone, like the carriers' health; the secrets stay in the config file and are never shown.
 */
export const integrationSettingsRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  app.get('/settings/integrations', { schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const db = deps.store.db;
    const [platforms, intake] = await Promise.all([
      readPlatforms(db, tenantId, deps.config.shops, deps.clock()),
      readIntake(db, tenantId, deps.config.shops.intake),
    ]);
    return sendConsolePage(
      reply,
      200,
      renderSettings(view, {
        page: 'integrations',
        title: view.t('settings.integrations'),
        body: renderIntegrations(view, { platforms, intake }),
        attentionCount: await attentionTotal(context, tenantId, view),
      }),
    );
  });
};
