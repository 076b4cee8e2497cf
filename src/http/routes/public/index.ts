import { channelsOff } from '../../../notify/channels.js';
import { FORM_CHANNELS } from '../../../web/render-forms.js';
import compress from '@fastify/compress';
import type { FastifyPluginAsync } from 'fastify';
import { LivePages } from '../../../web/live-pages.js';
import type { AppDeps } from '../../deps.js';
import { assetRoutes } from './assets.js';
import { limitersFor, type PublicContext } from './context.js';
import { acceptPageForms } from './page-forms.js';
import { liveEventRoutes } from './live-events.js';
import { lookupRoutes } from './lookup.js';
import { notifyRoutes } from './notify.js';
import { orderPageRoutes } from './order-page.js';
import { pushSubscriptionsFor } from './push-adapter.js';
import { trackingPageRoutes } from './tracking-page.js';
import { verifyRoutes } from './verify.js';
import { LookupCache } from '../../lookup-cache.js';

/** The customer-facing pages: no API key, compressed, HTML forms accepted. */
export const publicRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    await app.register(compress, { global: true, encodings: ['br', 'gzip'] });
    acceptPageForms(app);
    const live = new LivePages(deps.relay);
    app.addHook('onClose', async () => live.close());
    const context: PublicContext = {
      live,
      push: pushSubscriptionsFor(deps),
      limits: limitersFor(deps.config, deps.store),
      secureCookies: deps.config.publicBaseUrl.startsWith('https://'),
      pages: new LookupCache(),
      channels: FORM_CHANNELS.filter((channel) => !channelsOff(deps.config).has(channel)),
    };
    await app.register(assetRoutes);
    await app.register(trackingPageRoutes(deps, context));
    await app.register(liveEventRoutes(deps, context));
    await app.register(verifyRoutes(deps, context));
    await app.register(notifyRoutes(deps, context));
    await app.register(lookupRoutes(deps, context));
    await app.register(orderPageRoutes(deps, context));
  };
