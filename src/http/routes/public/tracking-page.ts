import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { WaybillError } from '../../../domain/errors.js';
import type { AppDeps } from '../../deps.js';
import { deliveryCalendar } from '../../../web/ics.js';
import { shipmentForToken } from '../../../web/page-token.js';
import { localeOf, type PublicContext } from './context.js';
import { respondWithPage, viewFor } from './page-request.js';

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 64 }) });

/** GET /t/:token (the page) and GET /t/:token/calendar.ics (its delivery window). */
export const trackingPageRoutes =
  (deps: AppDeps, context: PublicContext): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();

    api.get('/t/:token', { schema: { hide: true, params: TokenParams } }, async (request, reply) =>
      respondWithPage(deps, context, request, reply, request.params.token),
    );

    api.get(
      '/t/:token/calendar.ics',
      { schema: { hide: true, params: TokenParams } },
      async (request, reply) => {
        const target = await shipmentForToken(deps.store.db, request.params.token);
        const locale = localeOf(request, reply, context.secureCookies);
        const view = target && (await viewFor(deps, request, target, request.params.token, locale));
        if (!view) throw new WaybillError('not_found', 'no such tracking page');
        const base = deps.config.publicBaseUrl.replace(/\/+$/, '');
        const calendar = deliveryCalendar(view, `${base}/t/${view.token}`, deps.clock());
        if (!calendar) throw new WaybillError('not_found', 'this parcel has no delivery window yet');
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="delivery.ics"')
          .header('cache-control', 'private, no-cache')
          .header('referrer-policy', 'no-referrer')
          .send(calendar);
      },
    );
  };
