import { DateTime } from 'luxon';
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { attentionCounts } from '../../queries/attention.js';
import { systemTroubles } from '../../queries/system-troubles.js';
import { doneFlash } from '../../views/done.js';
import { renderHome, renderHomeCounts, type HomeInput } from '../../views/home.js';
import { attentionQueryFor, signedInView } from '../page-context.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';
import { sessionOf } from '../request-view.js';
import { sendConsolePage } from '../respond.js';
import type { ConsoleContext } from '../deps.js';

const Query = Type.Object({
  done: Type.Optional(Type.String({ maxLength: 40 })),
  fragment: Type.Optional(Type.String({ maxLength: 1 })),
  lang: Type.Optional(Type.String({ maxLength: 8 })),
});

/** The home page: the queue's counts and a search box. */
export const homeRoutes: ConsoleRouteRegistrar = (app, context) => {
  app
    .withTypeProvider<TypeBoxTypeProvider>()
    .get('', { schema: { hide: true, querystring: Query } }, async (request, reply) => {
      const { view, input } = await homeInput(request, reply, context);
      if (request.query.fragment === '1')
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(renderHomeCounts(view, input).value);
      return sendConsolePage(
        reply,
        200,
        renderHome(view, { ...input, flash: doneFlash(view, request.query.done) }),
      );
    });
};

async function homeInput(request: FastifyRequest, reply: FastifyReply, context: ConsoleContext) {
  const { deps } = context;
  const db = deps.store.db;
  const view = signedInView(request, reply, context);
  const tenantId = sessionOf(request).user.tenantId;
  const now = deps.clock();
  const counts = await attentionCounts(db, tenantId, attentionQueryFor(view, now));
  const mine = await attentionCounts(db, tenantId, attentionQueryFor(view, now, 'me'));
  const since =
    DateTime.fromJSDate(now, { zone: view.zone }).startOf('day').toUTC().toISO() ?? now.toISOString();
  const today = await db
    .selectFrom('shipments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('created_at', '>=', since)
    .executeTakeFirst();
  const input: HomeInput = {
    counts,
    mine: mine.total,
    troubles: await systemTroubles(db, tenantId, now),
    shipmentsToday: Number(today?.n ?? 0),
  };
  return { view, input };
}
