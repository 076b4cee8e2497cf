import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { Type } from 'typebox';
import { WaybillError } from '../../../domain/errors.js';
import { addRecipient } from '../../../notify/recipients.js';
import { findShipment } from '../../../store/repositories/shipments.js';
import { tenantBranding } from '../../../store/repositories/tenants.js';
import { isZone } from '../../../web/format-time.js';
import { isLocale, translator } from '../../../web/i18n/messages.js';
import { shipmentForToken } from '../../../web/page-token.js';
import type { AppDeps } from '../../deps.js';
import { clientIp, localeOf, zoneOf, type PublicContext } from './context.js';
import { field, FormBody } from './page-forms.js';
import { respondWithPage } from './page-request.js';
import { TokenParams } from './tracking-page.js';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

const PushBody = Type.Object(
  {
    subscription: Type.Object({
      endpoint: Type.String({ pattern: '^https://', maxLength: 2048 }),
      expirationTime: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
      keys: Type.Object({
        p256dh: Type.String({ minLength: 16, maxLength: 256, pattern: '^[A-Za-z0-9_=-]+$' }),
        auth: Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_=-]+$' }),
      }),
    }),
    locale: Type.String({ maxLength: 16 }),
    timeZone: Type.Union([Type.String({ maxLength: 64 }), Type.Null()]),
  },
  { additionalProperties: false },
);

/**
 * "Notify me": POST /t/:token/notify (email or SMS, an HTML form with a consent box) and
 * POST /t/:token/notify/push (JSON from the page script, after the browser's own permission prompt).
 * The consent wording the person saw is stored with the recipient.
 */
export const notifyRoutes =
  (deps: AppDeps, context: PublicContext): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();

    api.post(
      '/t/:token/notify',
      { schema: { hide: true, params: TokenParams, body: FormBody } },
      async (request, reply) => {
        const { token } = request.params;
        const locale = localeOf(request, reply, context.secureCookies);
        const t = translator(locale);
        const channel = field(request.body, 'channel') === 'sms' ? 'sms' : 'email';
        const address = field(request.body, 'address');
        const values = { address };
        const target = await shipmentForToken(deps.store.db, token);
        const shipment = target && (await findShipment(deps.store.db, target.tenantId, target.shipmentId));
        if (!target || !shipment) return respondWithPage(deps, context, request, reply, token);
        const refuse = (text: string, status = 400) =>
          respondWithPage(deps, context, request, reply, token, {
            status,
            notice: { form: channel, kind: 'error', text, values },
          });
        const wait = await context.limits.perIp.take(clientIp(request), deps.clock().getTime());
        if (wait > 0) {
          reply.header('retry-after', Math.ceil(wait / 1000));
          return refuse(t('lookupRateLimited', { minutes: Math.max(1, Math.ceil(wait / 60_000)) }), 429);
        }
        // Only a hand-made post gets here (the page has no form for it): no address is kept for
        // messages that would never be sent.
        if (!context.channels.includes(channel)) return refuse(t('channelOff'), 409);
        if (field(request.body, 'consent') !== 'yes') return refuse(t('consentRequired'));
        let normalized: string;
        if (channel === 'email') {
          if (!EMAIL.test(address) || address.length > 254) return refuse(t('invalidEmail'));
          normalized = address.toLowerCase();
        } else {
          const country = shipment.destination?.country as CountryCode | undefined;
          const phone = parsePhoneNumberFromString(address, country);
          if (!phone?.isValid()) return refuse(t('invalidPhone'));
          normalized = phone.number;
        }
        const branding = await tenantBranding(deps.store.db, target.tenantId);
        const consentText =
          channel === 'email'
            ? t('notifyEmailConsent', { shop: branding.name })
            : t('notifySmsConsent', { shop: branding.name });
        const zone = zoneOf(request);
        await addRecipient(
          deps.store.db,
          {
            tenantId: target.tenantId,
            shipmentId: target.shipmentId,
            channel,
            address: normalized,
            details: {},
            locale,
            timeZone: isZone(zone) ? zone : null,
            consentText,
          },
          deps.clock(),
        );
        return respondWithPage(deps, context, request, reply, token, {
          notice: { form: channel, kind: 'ok', text: t('subscribed', { address: normalized }) },
        });
      },
    );

    api.post(
      '/t/:token/notify/push',
      { schema: { hide: true, params: TokenParams, body: PushBody } },
      async (request, reply) => {
        const target = await shipmentForToken(deps.store.db, request.params.token);
        if (!target) throw new WaybillError('not_found', 'no such tracking page');
        const wait = await context.limits.perIp.take(clientIp(request), deps.clock().getTime());
        if (wait > 0) throw new WaybillError('rate_limited', 'too many requests; try again later');
        if ((await context.push.publicKey()) === null)
          throw new WaybillError('unavailable', 'web push is not set up on this server');
        const { endpoint, keys } = request.body.subscription;
        const locale = isLocale(request.body.locale) ? request.body.locale : 'en';
        await context.push.subscribe(
          {
            tenantId: target.tenantId,
            shipmentId: target.shipmentId,
            subscription: { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } },
            locale,
            timeZone:
              request.body.timeZone !== null && isZone(request.body.timeZone) ? request.body.timeZone : null,
            consentText: translator(locale)('notifyPushConsent', {
              shop: (await tenantBranding(deps.store.db, target.tenantId)).name,
            }),
          },
          deps.clock(),
        );
        return reply.code(201).send({ subscribed: true });
      },
    );
  };
