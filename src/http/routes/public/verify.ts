import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { recipientsFor } from '../../../notify/recipients.js';
import { findShipment } from '../../../store/repositories/shipments.js';
import { setCookie } from '../../../web/cookies.js';
import { translator } from '../../../web/i18n/messages.js';
import { orderEmailsOf } from '../../../web/order-proof.js';
import { shipmentForToken } from '../../../web/page-token.js';
import { openSession, proofMatches, type EmailsOf } from '../../../web/verification.js';
import type { AppDeps } from '../../deps.js';
import { clientIp, localeOf, SESSION_COOKIE, type PublicContext } from './context.js';
import { field, FormBody } from './page-forms.js';
import { respondWithPage } from './page-request.js';
import { TokenParams } from './tracking-page.js';

/** Email addresses that prove an order: its recipients', and the customer's of the order it belongs to. */
export function emailsOf(deps: AppDeps): EmailsOf {
  return async (shipmentId) => [
    ...(await recipientsFor(deps.store.db, shipmentId))
      .filter((recipient) => recipient.channel === 'email')
      .map((recipient) => recipient.address),
    ...(await orderEmailsOf(deps.store.db, shipmentId)),
  ];
}

/** POST /t/:token/verify: order number + email or postcode unlock the full details. */
export const verifyRoutes =
  (deps: AppDeps, context: PublicContext): FastifyPluginAsync =>
  async (app) => {
    app
      .withTypeProvider<TypeBoxTypeProvider>()
      .post(
        '/t/:token/verify',
        { schema: { hide: true, params: TokenParams, body: FormBody } },
        async (request, reply) => {
          const { token } = request.params;
          const t = translator(localeOf(request, reply, context.secureCookies));
          const order = field(request.body, 'order');
          const secret = field(request.body, 'secret');
          const values = { order, secret };
          const target = await shipmentForToken(deps.store.db, token);
          if (!target) return respondWithPage(deps, context, request, reply, token);
          if (!order || !secret)
            return respondWithPage(deps, context, request, reply, token, {
              status: 400,
              notice: { form: 'verify', kind: 'error', text: t('verifyRequired'), values },
            });
          const now = deps.clock();
          const wait = Math.max(
            await context.limits.perIp.take(clientIp(request), now.getTime()),
            await context.limits.perShipment.take(`verify:${target.shipmentId}`, now.getTime()),
          );
          if (wait > 0)
            return respondWithPage(
              deps,
              context,
              request,
              reply.header('retry-after', Math.ceil(wait / 1000)),
              token,
              {
                status: 429,
                notice: {
                  form: 'verify',
                  kind: 'error',
                  text: t('lookupRateLimited', { minutes: Math.max(1, Math.ceil(wait / 60_000)) }),
                  values,
                },
              },
            );
          const shipment = await findShipment(deps.store.db, target.tenantId, target.shipmentId);
          if (!shipment || !(await proofMatches(shipment, order, secret, emailsOf(deps))))
            return respondWithPage(deps, context, request, reply, token, {
              status: 400,
              notice: { form: 'verify', kind: 'error', text: t('verifyFailed'), values },
            });
          const days = deps.config.pages.sessionDays;
          const session = await openSession(deps.store.db, shipment.id, now, days);
          return reply
            .header(
              'set-cookie',
              setCookie(SESSION_COOKIE, session, {
                path: `/t/${token}`,
                maxAgeSeconds: days * 86_400,
                httpOnly: true,
                secure: context.secureCookies,
              }),
            )
            .redirect(`/t/${token}#details`, 303);
        },
      );
  };
