import { CARRIERS } from '../../../../carriers/registry.js';
import { readHealth } from '../../../../ingest/polling/health.js';
import { listUnmappedCodes } from '../../../../store/repositories/unmapped-codes.js';
import { renderCarriers } from '../../../views/settings/carriers.js';
import { renderSettings } from '../../../views/settings/nav.js';
import { attentionTotal, signedInView } from '../../page-context.js';
import type { ConsoleRouteRegistrar } from '../../plugin.js';
import { sessionOf } from '../../request-view.js';
import { sendConsolePage } from '../../respond.js';

/** Carrier accounts and their health: readable by everyone; credentials live in the config file. */
export const carrierSettingsRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  app.get('/settings/carriers', { schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const now = deps.clock();
    return sendConsolePage(
      reply,
      200,
      renderSettings(view, {
        page: 'carriers',
        title: view.t('settings.carriers'),
        body: renderCarriers(view, {
          adapters: Object.entries(CARRIERS).sort((a, b) =>
            a[1].manifest.name.localeCompare(b[1].manifest.name),
          ),
          accounts: new Set(Object.keys(deps.config.carriers.accounts)),
          health: await readHealth(deps.store.db, now),
          unmapped: await listUnmappedCodes(deps.store.db),
        }),
        attentionCount: await attentionTotal(context, tenantId, view),
      }),
    );
  });
};
