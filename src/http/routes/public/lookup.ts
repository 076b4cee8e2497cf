import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { normalizeTrackingNumber } from '../../../ingest/normalize.js';
import { findOrder } from '../../../store/repositories/orders.js';
import { tenantBranding } from '../../../store/repositories/tenants.js';
import { findShipment } from '../../../store/repositories/shipments.js';
import { setCookie } from '../../../web/cookies.js';
import { translator, type Locale } from '../../../web/i18n/messages.js';
import { orderPagePath } from '../../../web/order-page-url.js';
import { pageTokenFor } from '../../../web/page-token.js';
import { renderLookup, type LookupState } from '../../../web/render-lookup.js';
import { normalOrder, openSession, proofMatches } from '../../../web/verification.js';
import type { AppDeps } from '../../deps.js';
import { clientIp, localeOf, newNonce, sendPage, SESSION_COOKIE, type PublicContext } from './context.js';
import { field, FormBody } from './page-forms.js';
import { emailsOf } from './verify.js';

interface Match {
  readonly id: string;
  readonly tenantId: string;
  /** The order the shipment belongs to, when it came in as part of one. */
  readonly orderId?: string | null;
}

/** Where a lookup leads: a parcel's page or an order's page, of one shop. */
interface Place {
  readonly tenantId: string;
  readonly href: string;
}

/**
 * /track: the lookup form. A tracking number alone leads to the public page; an order number with
 * an email address or postcode leads to the page with full details unlocked: the order's page
 * (/o/<token>, every parcel) when the parcels came in as an order, else the parcel's own page. Both are limited per
 * IP address and per number, and every miss looks the same, so the form cannot be used to find out
 * which numbers exist faster than the limits allow.
 */
export const lookupRoutes =
  (deps: AppDeps, context: PublicContext): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();

    api.get(
      '/track',
      {
        schema: {
          hide: true,
          querystring: Type.Object({
            number: Type.Optional(Type.String({ maxLength: 64 })),
            lang: Type.Optional(Type.String({ maxLength: 8 })),
          }),
        },
      },
      async (request, reply) => {
        const locale = localeOf(request, reply, context.secureCookies);
        const number = request.query.number?.trim();
        if (number) return byNumber(request, reply, locale, number);
        const nonce = newNonce();
        return sendPage(reply, 200, renderLookup({ locale, nonce }), nonce);
      },
    );

    api.post('/track', { schema: { hide: true, body: FormBody } }, async (request, reply) => {
      const locale = localeOf(request, reply, context.secureCookies);
      const number = field(request.body, 'number');
      const order = field(request.body, 'order');
      if (number) return byNumber(request, reply, locale, number);
      return byOrder(request, reply, locale, order, field(request.body, 'secret'));
    });

    async function limited(request: FastifyRequest, reply: FastifyReply, key: string): Promise<number> {
      const now = deps.clock().getTime();
      const wait = Math.max(
        await context.limits.perIp.take(clientIp(request), now),
        await context.limits.perNumber.take(key, now),
      );
      if (wait > 0) reply.header('retry-after', Math.ceil(wait / 1000));
      return wait;
    }

    function page(reply: FastifyReply, status: number, state: Omit<LookupState, 'nonce'>) {
      const nonce = newNonce();
      return sendPage(reply, status, renderLookup({ ...state, nonce }), nonce);
    }

    async function byNumber(request: FastifyRequest, reply: FastifyReply, locale: Locale, input: string) {
      const t = translator(locale);
      const number = normalizeTrackingNumber(input);
      const wait = await limited(request, reply, `number:${number}`);
      if (wait > 0)
        return page(reply, 429, {
          locale,
          number: input,
          error: {
            form: 'number',
            text: t('lookupRateLimited', { minutes: Math.max(1, Math.ceil(wait / 60_000)) }),
          },
        });
      const matches: Match[] = /^[A-Z0-9]{4,40}$/.test(number)
        ? await deps.store.db
            .selectFrom('shipments')
            .select(['id', 'tenant_id as tenantId'])
            .where('tracking_number', '=', number)
            .limit(10)
            .execute()
        : [];
      if (matches.length === 0)
        return page(reply, 404, {
          locale,
          number: input,
          error: { form: 'number', text: t('lookupNotFound') },
        });
      return toPages(reply, locale, matches);
    }

    async function byOrder(
      request: FastifyRequest,
      reply: FastifyReply,
      locale: Locale,
      order: string,
      secret: string,
    ) {
      const t = translator(locale);
      const values = { locale, order, secret };
      if (!order || !secret)
        return page(reply, 400, { ...values, error: { form: 'order', text: t('verifyRequired') } });
      const wait = await limited(request, reply, `order:${normalOrder(order)}`);
      if (wait > 0)
        return page(reply, 429, {
          ...values,
          error: {
            form: 'order',
            text: t('lookupRateLimited', { minutes: Math.max(1, Math.ceil(wait / 60_000)) }),
          },
        });
      const bare = normalOrder(order);
      const candidates = await deps.store.db
        .selectFrom('shipments')
        .select(['id', 'tenant_id as tenantId', 'order_id as orderId'])
        .where('order_ref', 'in', [...new Set([order.trim(), bare, `#${bare}`])])
        .limit(20)
        .execute();
      const proven: Match[] = [];
      for (const candidate of candidates) {
        const shipment = await findShipment(deps.store.db, candidate.tenantId, candidate.id);
        if (shipment && (await proofMatches(shipment, order, secret, emailsOf(deps)))) proven.push(candidate);
      }
      if (proven.length === 0)
        return page(reply, 400, { ...values, error: { form: 'order', text: t('verifyFailed') } });
      const now = deps.clock();
      const days = deps.config.pages.sessionDays;
      // Returns nothing: the reply is thenable, and awaiting it here would wait for its own sending.
      const unlock = async (path: string, shipmentId: string): Promise<void> => {
        const session = await openSession(deps.store.db, shipmentId, now, days);
        reply.header(
          'set-cookie',
          setCookie(SESSION_COOKIE, session, {
            path,
            maxAgeSeconds: days * 86_400,
            httpOnly: true,
            secure: context.secureCookies,
          }),
        );
      };
      const orderPages = new Map<string, string | undefined>();
      const orderPageOf = async (match: Match): Promise<string | undefined> => {
        if (!match.orderId) return undefined;
        if (!orderPages.has(match.orderId)) {
          const owner = await findOrder(deps.store.db, match.tenantId, match.orderId);
          orderPages.set(match.orderId, owner && orderPagePath(owner.pageToken));
        }
        return orderPages.get(match.orderId);
      };
      const places: Place[] = [];
      for (const match of proven) {
        const token = await pageTokenFor(deps.store.db, match, now);
        await unlock(`/t/${token}`, match.id);
        const orderPage = await orderPageOf(match);
        if (!orderPage) {
          places.push({ tenantId: match.tenantId, href: `/t/${token}` });
        } else if (!places.some((place) => place.href === orderPage)) {
          // The order's page: unlocked by a session of one of its parcels, in a cookie of its own path.
          await unlock(orderPage, match.id);
          places.push({ tenantId: match.tenantId, href: orderPage });
        }
      }
      return toPlaces(reply, locale, places);
    }

    async function toPages(reply: FastifyReply, locale: Locale, matches: readonly Match[]) {
      const places: Place[] = [];
      for (const match of matches)
        places.push({
          tenantId: match.tenantId,
          href: `/t/${await pageTokenFor(deps.store.db, match, deps.clock())}`,
        });
      return toPlaces(reply, locale, places);
    }

    /** One place: straight there. Several (shops sharing a carrier number or an order number): a choice. */
    async function toPlaces(reply: FastifyReply, locale: Locale, places: readonly Place[]) {
      if (places.length === 1) return reply.redirect(places[0]!.href, 303);
      const choices = [];
      for (const place of places)
        choices.push({ shop: (await tenantBranding(deps.store.db, place.tenantId)).name, href: place.href });
      return page(reply, 200, { locale, choices });
    }
  };
