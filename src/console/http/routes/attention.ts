import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../audit.js';
import { findUser, listUsers } from '../../auth/users.js';
import {
  attentionCounts,
  attentionItems,
  findMark,
  isKind,
  KINDS,
  saveMark,
  type AttentionItem,
  type AttentionKind,
} from '../../queries/attention.js';
import { findListedShipment } from '../../queries/shipment-detail.js';
import { systemTroubles } from '../../queries/system-troubles.js';
import { renderAttention, renderQueue, type AttentionInput } from '../../views/attention.js';
import { doneFlash } from '../../views/done.js';
import { badRequest, notFound } from '../console-error.js';
import type { ConsoleContext } from '../deps.js';
import { formOf, one } from '../forms.js';
import { attentionQueryFor, forgetAttentionTotal, signedInView } from '../page-context.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';
import { sessionOf } from '../request-view.js';
import { sendConsolePage, seeOther } from '../respond.js';
import { actorOf } from './auth.js';
import { safeCell } from './shipments.js';

const Query = Type.Object({
  assigned: Type.Optional(Type.String({ maxLength: 20 })),
  kind: Type.Optional(Type.String({ maxLength: 20 })),
  done: Type.Optional(Type.String({ maxLength: 40 })),
  lang: Type.Optional(Type.String({ maxLength: 8 })),
  fragment: Type.Optional(Type.String({ maxLength: 1 })),
});

/** The "needs attention" queue: what it holds, assigning items, marking them handled. */
export const attentionRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  const load = async (
    request: FastifyRequest,
    reply: FastifyReply,
    query: { assigned?: string | undefined; kind?: string | undefined },
  ) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const assigned = query.assigned === 'me' || query.assigned === 'unassigned' ? query.assigned : 'all';
    const kind = isKind(query.kind) ? query.kind : null;
    const now = deps.clock();
    const q = attentionQueryFor(view, now, assigned);
    const db = deps.store.db;
    const perKind = kind ? 500 : 25;
    const items = new Map<AttentionKind, AttentionItem[]>();
    for (const k of kind ? [kind] : KINDS)
      items.set(k, await attentionItems(db, tenantId, k, q, { limit: perKind, offset: 0 }));
    const input: AttentionInput = {
      counts: await attentionCounts(db, tenantId, q),
      items,
      troubles: await systemTroubles(db, tenantId, now),
      users: await listUsers(db, tenantId),
      assigned,
      kind,
      perKind,
    };
    return { view, input };
  };

  api.get('/attention', { schema: { hide: true, querystring: Query } }, async (request, reply) => {
    const { view, input } = await load(request, reply, request.query);
    if (request.query.fragment === '1')
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(renderQueue(view, input).value);
    return sendConsolePage(
      reply,
      200,
      renderAttention(view, { ...input, flash: doneFlash(view, request.query.done) }),
    );
  });

  api.get(
    '/attention.csv',
    { schema: { hide: true, querystring: Query }, config: { fragment: true } },
    async (request, reply) => {
      const { input } = await load(request, reply, request.query);
      const names = new Map(input.users.map((u) => [u.id, u.name]));
      const records = [...input.items.values()].flat().map((item) => {
        const s = item.listed.shipment;
        return [
          item.kind,
          item.actor ?? '',
          s.id,
          s.trackingNumber,
          s.carrier,
          s.status,
          s.substatus,
          s.lastEventAt ?? '',
          s.promisedDate ?? '',
          item.assigneeId ? (names.get(item.assigneeId) ?? '') : '',
          item.state,
          item.reason ?? '',
        ].map((v) => safeCell(v));
      });
      const csv = stringify(records, {
        header: true,
        columns: [
          'kind',
          'who_must_act',
          'shipment_id',
          'tracking_number',
          'carrier',
          'status',
          'substatus',
          'last_event_at',
          'promised_date',
          'assignee',
          'state',
          'reason',
        ],
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="attention.csv"')
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );

  api.post(
    '/attention/:shipmentId/:kind',
    {
      config: { permission: 'act' },
      schema: {
        hide: true,
        params: Type.Object({
          shipmentId: Type.String({ maxLength: 64 }),
          kind: Type.String({ maxLength: 20 }),
        }),
      },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      const tenantId = session.user.tenantId;
      const { shipmentId, kind } = request.params;
      if (!isKind(kind)) throw notFound(`no queue "${kind}"`);
      const listed = await findListedShipment(deps.store.db, tenantId, shipmentId);
      if (!listed) throw notFound(`no shipment ${shipmentId}`);
      const form = formOf(request.body);
      const action = one(form, 'action');
      const reason = one(form, 'reason').slice(0, 500) || null;
      const assigneeId = one(form, 'assignee') || null;
      if (!['assign', 'handle', 'reopen'].includes(action))
        throw badRequest('action must be assign, handle or reopen');
      if (action === 'assign' && assigneeId !== null) {
        const assignee = await findUser(deps.store.db, tenantId, assigneeId);
        if (!assignee || assignee.disabledAt !== null) throw badRequest('no such person to assign to');
      }
      const now = deps.clock();
      await deps.store.db.transaction().execute(async (trx) => {
        const mark = await findMark(trx, tenantId, shipmentId, kind);
        const open = mark && mark.state !== 'handled' ? mark : undefined;
        await saveMark(
          trx,
          {
            tenantId,
            shipmentId,
            kind,
            by: session.user.id,
            mark:
              action === 'assign'
                ? { state: open?.state ?? 'open', assigneeId, reason: open?.reason ?? null }
                : action === 'handle'
                  ? { state: 'handled', assigneeId: open?.assigneeId ?? null, reason }
                  : { state: 'open', assigneeId: null, reason: null },
          },
          now,
        );
        await audit(
          trx,
          {
            tenantId,
            actor: actorOf(request, session.user),
            action: `attention.${action === 'assign' ? 'assigned' : action === 'handle' ? 'handled' : 'reopened'}`,
            targetType: 'shipment',
            targetId: shipmentId,
            detail: {
              kind,
              ...(action === 'assign' ? { assignee: assigneeId } : {}),
              ...(reason ? { reason } : {}),
            },
          },
          now,
        );
      });
      forgetAttentionTotal(tenantId);
      context.live.announce(tenantId, shipmentId, `console.attention`);
      const back = one(form, 'back');
      const target = back.startsWith('/app/') && !back.startsWith('//') ? back : '/app/attention';
      return seeOther(
        reply,
        `${target}${target.includes('?') ? '&' : '?'}done=${action === 'assign' ? 'assigned' : action === 'handle' ? 'handled' : 'reopened'}`,
      );
    },
  );
};

export type { ConsoleContext };
