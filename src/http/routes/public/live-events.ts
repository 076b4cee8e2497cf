import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { MessageKey } from '../../../web/i18n/messages.js';
import { shipmentForToken } from '../../../web/page-token.js';
import { latestShipmentSeq } from '../../../web/page-view.js';
import { renderLive } from '../../../web/render-live.js';
import type { AppDeps } from '../../deps.js';
import { localeOf, type PublicContext } from './context.js';
import { viewFor } from './page-request.js';
import { TokenParams } from './tracking-page.js';

// Keeps proxies from closing an idle stream; browsers reconnect on their own if one does.
const HEARTBEAT_MS = 25_000;

/**
 * GET /t/:token/events: Server-Sent Events. Each event is the re-rendered live part of the page,
 * its id the newest outbox seq of the shipment. A reconnecting browser sends Last-Event-ID (the
 * first connection passes ?since= from the page): anything newer is sent at once, so nothing
 * committed while it was away is missed.
 */
export const liveEventRoutes =
  (deps: AppDeps, context: PublicContext): FastifyPluginAsync =>
  async (app) => {
    const open = new Set<() => void>();
    app.addHook('preClose', async () => {
      for (const end of [...open]) end();
    });

    app.withTypeProvider<TypeBoxTypeProvider>().get(
      '/t/:token/events',
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
        const { token } = request.params;
        const target = await shipmentForToken(deps.store.db, token);
        if (!target) return reply.code(404).type('text/plain; charset=utf-8').send('no such page\n');
        const locale = localeOf(request, reply, context.secureCookies);
        const header = request.headers['last-event-id'];
        const fromHeader =
          typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
        let sent = fromHeader ?? request.query.since ?? 0;

        reply.hijack();
        const raw = reply.raw;
        // Updates for one stream go out one at a time, and only when newer than the last sent.
        let chain = Promise.resolve();
        const push = (seq: number) => {
          chain = chain
            .then(async () => {
              if (seq <= sent || raw.destroyed) return;
              const view = await viewFor(deps, request, target, token, locale);
              if (!view || raw.destroyed) return;
              const status = view.t(`status.${view.shipment.status}` as MessageKey);
              const data = JSON.stringify({
                html: renderLive(view).value,
                status,
                title: `${status} · ${view.branding.name}`,
              });
              const id = Math.max(seq, view.seq);
              raw.write(`id: ${id}\nevent: update\ndata: ${data}\n\n`);
              sent = id;
            })
            .catch((error: unknown) => request.log.warn({ err: error }, 'live page update failed'));
        };
        const stopWatching = context.live.watch(target.shipmentId, push);
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
        const end = () => {
          clearInterval(heartbeat);
          stopWatching();
          open.delete(end);
          if (!raw.writableEnded) raw.end();
        };
        open.add(end);
        raw.on('close', end);
        // Watching first, then catching up: a commit between the two is sent, perhaps twice
        // (the second is dropped by the seq check), never lost.
        push(await latestShipmentSeq(deps.store.db, deps.store.caps, target.shipmentId));
      },
    );
  };
