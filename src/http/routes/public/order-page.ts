import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { findOrderByToken, shipmentIdsOfOrder, type Order } from '../../../store/repositories/orders.js';
import { cookieValue } from '../../../web/cookies.js';
import type { Locale } from '../../../web/i18n/messages.js';
import { sessionVerifiesAny } from '../../../web/order-proof.js';
import { latestOrderSeq, loadOrderView, type OrderView } from '../../../web/order-view.js';
import { isPageTokenShape } from '../../../web/page-token.js';
import { renderNotFound } from '../../../web/render-lookup.js';
import { deliveredWords, orderTitle, renderOrderLive, renderOrderPage } from '../../../web/render-order.js';
import type { AppDeps } from '../../deps.js';
import { localeOf, newNonce, sendPage, SESSION_COOKIE, zoneOf, type PublicContext } from './context.js';
import { TokenParams } from './tracking-page.js';

// Keeps proxies from closing an idle stream, as on /t/:token/events.
const HEARTBEAT_MS = 25_000;

/**
 * GET /o/:token: one page for every parcel of an order, and GET /o/:token/events, its live
 * updates. Built like /t/:token (page-request.ts, live-events.ts): the same shell, headers, 404
 * page, language negotiation and verification. Not answered from the rendered-page cache: an order
 * page is read far less often than a parcel's, and its stamp would span every parcel.
 */
export const orderPageRoutes =
  (deps: AppDeps, context: PublicContext): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();
    const open = new Set<() => void>();
    app.addHook('preClose', async () => {
      for (const end of [...open]) end();
    });

    async function orderOf(token: string): Promise<Order | undefined> {
      return isPageTokenShape(token) ? findOrderByToken(deps.store.db, token) : undefined;
    }

    async function viewOf(request: FastifyRequest, order: Order, locale: Locale): Promise<OrderView> {
      const session = cookieValue(request.headers.cookie, SESSION_COOKIE);
      const now = deps.clock();
      return loadOrderView(deps.store.db, deps.store.caps, order, {
        token: order.pageToken,
        locale,
        customerZone: zoneOf(request),
        now,
        verify: (ids) => sessionVerifiesAny(deps.store.db, session, ids, now),
      });
    }

    api.get('/o/:token', { schema: { hide: true, params: TokenParams } }, async (request, reply) => {
      const locale = localeOf(request, reply, context.secureCookies);
      const nonce = newNonce();
      const order = await orderOf(request.params.token);
      if (!order) return sendPage(reply, 404, renderNotFound(locale, nonce), nonce);
      const view = await viewOf(request, order, locale);
      return sendPage(reply, 200, renderOrderPage(view, { nonce }), nonce);
    });

    api.get(
      '/o/:token/events',
      {
        schema: {
          hide: true,
          params: TokenParams,
          querystring: Type.Object({
            since: Type.Optional(Type.Integer({ minimum: 0 })),
            lang: Type.Optional(Type.String({ maxLength: 8 })),
          }),
        },
      },
      async (request, reply) => {
        const order = await orderOf(request.params.token);
        if (!order) return reply.code(404).type('text/plain; charset=utf-8').send('no such page\n');
        const locale = localeOf(request, reply, context.secureCookies);
        const header = request.headers['last-event-id'];
        const fromHeader =
          typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
        let sent = fromHeader ?? request.query.since ?? 0;
        // The parcels the order has now; one added later shows on the next load of the page.
        const ids = await shipmentIdsOfOrder(deps.store.db, order.tenantId, order.id);

        reply.hijack();
        const raw = reply.raw;
        // One update at a time, and only when newer than the last sent, as on /t/.
        let chain = Promise.resolve();
        const push = (seq: number) => {
          chain = chain
            .then(async () => {
              if (seq <= sent || raw.destroyed) return;
              const view = await viewOf(request, order, locale);
              if (raw.destroyed) return;
              const data = JSON.stringify({
                html: renderOrderLive(view).value,
                status: deliveredWords(view),
                title: orderTitle(view),
              });
              const id = Math.max(seq, view.seq);
              raw.write(`id: ${id}\nevent: update\ndata: ${data}\n\n`);
              sent = id;
            })
            .catch((error: unknown) => request.log.warn({ err: error }, 'live order page update failed'));
        };
        const stops = ids.map((id) => context.live.watch(id, push));
        raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
          'referrer-policy': 'no-referrer',
        });
        raw.write('retry: 2000\n\n');

        const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
        heartbeat.unref();
        let ended = false;
        const end = () => {
          if (ended) return;
          ended = true;
          clearInterval(heartbeat);
          for (const stop of stops) stop();
          open.delete(end);
          if (!raw.writableEnded) raw.end();
        };
        open.add(end);
        raw.on('close', end);
        // Watching first, then catching up: nothing committed in between is lost.
        push(await latestOrderSeq(deps.store.db, deps.store.caps, ids));
      },
    );
  };
