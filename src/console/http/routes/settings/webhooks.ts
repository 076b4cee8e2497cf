import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  deliveryCounts,
  listDeliveries,
  replayDeadLetters,
} from '../../../../notify/webhooks/delivery-store.js';
import {
  createEndpoint,
  deleteEndpoint,
  findEndpoint,
  listEndpoints,
  updateEndpoint,
  withoutSecret,
} from '../../../../notify/webhooks/endpoint-store.js';
import { WEBHOOK_EVENT_TYPES } from '../../../../notify/webhooks/event-types.js';
import { checkDestinationUrl } from '../../../../notify/webhooks/guarded-lookup.js';
import { audit } from '../../../audit.js';
import { doneFlash } from '../../../views/done.js';
import { renderSettings } from '../../../views/settings/nav.js';
import { renderEndpoint, renderWebhooks } from '../../../views/settings/webhooks.js';
import { badRequest, notFound } from '../../console-error.js';
import { all, formOf, one, queryLists } from '../../forms.js';
import { attentionTotal, signedInView } from '../../page-context.js';
import type { ConsoleRouteRegistrar } from '../../plugin.js';
import { sessionOf } from '../../request-view.js';
import { sendConsolePage, seeOther } from '../../respond.js';
import { actorOf } from '../auth.js';

const MANAGE = { permission: 'manage' } as const;
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

/** Merchant webhook endpoints: add, switch on and off, delete; delivery logs, dead letters, replay. */
export const webhookSettingsRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const db = deps.store.db;
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const policy = {
    allowPrivate: deps.config.webhooks.allowPrivateDestinations,
    allowed: deps.config.webhooks.allowedDestinations,
  };

  const page = async (
    request: Parameters<typeof signedInView>[0],
    reply: Parameters<typeof signedInView>[1],
    extra: { created?: { url: string; secret: string }; error?: string } = {},
    status = 200,
  ) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const endpoints = (await listEndpoints(db, tenantId)).map(withoutSecret);
    const dead = await listDeliveries(db, { tenantId, state: 'dead', limit: 100 });
    return sendConsolePage(
      reply,
      status,
      renderSettings(view, {
        page: 'webhooks',
        title: view.t('settings.webhooks'),
        body: renderWebhooks(view, { endpoints, dead: dead.items, ...extra }),
        attentionCount: await attentionTotal(context, tenantId, view),
        flash: doneFlash(view, queryLists(request.query)['done']?.[0]),
      }),
    );
  };

  app.get('/settings/webhooks', { config: MANAGE, schema: { hide: true } }, async (request, reply) =>
    page(request, reply),
  );

  app.post('/settings/webhooks', { config: MANAGE, schema: { hide: true } }, async (request, reply) => {
    const session = sessionOf(request);
    const tenantId = session.user.tenantId;
    const form = formOf(request.body);
    const url = one(form, 'url');
    const description = one(form, 'description').slice(0, 200);
    const chosen = all(form, 'events');
    const events = chosen.includes('*') || chosen.length === 0 ? ['*'] : chosen;
    if (events.some((e) => e !== '*' && !WEBHOOK_EVENT_TYPES.includes(e)))
      throw badRequest('unknown event type');
    if (!/^https?:\/\//.test(url) || url.length > 2000)
      return page(request, reply, { error: signedInView(request, reply, context).t('webhooks.badUrl') }, 400);
    const verdict = await checkDestinationUrl(policy, url);
    if (!verdict.ok) return page(request, reply, { error: `${url}: ${verdict.reason}` }, 400);
    const now = deps.clock();
    const endpoint = await db.transaction().execute(async (trx) => {
      const created = await createEndpoint(trx, { tenantId, url, description, events }, now);
      await audit(
        trx,
        {
          tenantId,
          actor: actorOf(request, session.user),
          action: 'webhook_endpoint.created',
          targetType: 'webhook_endpoint',
          targetId: created.id,
          detail: { url, events },
        },
        now,
      );
      return created;
    });
    return page(request, reply, { created: { url: endpoint.url, secret: endpoint.secret } }, 201);
  });

  api.get(
    '/settings/webhooks/:id',
    { config: MANAGE, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const view = signedInView(request, reply, context);
      const tenantId = sessionOf(request).user.tenantId;
      const endpoint = await findEndpoint(db, tenantId, request.params.id);
      if (!endpoint) throw notFound(`no webhook endpoint ${request.params.id}`);
      const deliveries = await listDeliveries(db, { tenantId, endpointId: endpoint.id, limit: 100 });
      return sendConsolePage(
        reply,
        200,
        renderSettings(view, {
          page: 'webhooks',
          title: view.t('settings.webhooks'),
          body: renderEndpoint(
            view,
            withoutSecret(endpoint),
            deliveries.items,
            await deliveryCounts(db, endpoint.id),
          ),
          attentionCount: await attentionTotal(context, tenantId, view),
          flash: doneFlash(view, queryLists(request.query)['done']?.[0]),
        }),
      );
    },
  );

  api.post(
    '/settings/webhooks/:id',
    { config: MANAGE, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const session = sessionOf(request);
      const tenantId = session.user.tenantId;
      const enabled = one(formOf(request.body), 'enabled') === '1';
      const now = deps.clock();
      const updated = await db.transaction().execute(async (trx) => {
        if (!(await findEndpoint(trx, tenantId, request.params.id))) return false;
        await updateEndpoint(trx, tenantId, request.params.id, { enabled }, now);
        await audit(
          trx,
          {
            tenantId,
            actor: actorOf(request, session.user),
            action: enabled ? 'webhook_endpoint.enabled' : 'webhook_endpoint.disabled',
            targetType: 'webhook_endpoint',
            targetId: request.params.id,
          },
          now,
        );
        return true;
      });
      if (!updated) throw notFound(`no webhook endpoint ${request.params.id}`);
      if (enabled) deps.onWebhooksDue?.();
      return seeOther(reply, `/app/settings/webhooks/${request.params.id}?done=endpoint_updated`);
    },
  );

  api.post(
    '/settings/webhooks/:id/delete',
    { config: MANAGE, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const session = sessionOf(request);
      const tenantId = session.user.tenantId;
      const now = deps.clock();
      const deleted = await db.transaction().execute(async (trx) => {
        const done = await deleteEndpoint(trx, tenantId, request.params.id);
        if (done)
          await audit(
            trx,
            {
              tenantId,
              actor: actorOf(request, session.user),
              action: 'webhook_endpoint.deleted',
              targetType: 'webhook_endpoint',
              targetId: request.params.id,
            },
            now,
          );
        return done;
      });
      if (!deleted) throw notFound(`no webhook endpoint ${request.params.id}`);
      return seeOther(reply, '/app/settings/webhooks?done=endpoint_deleted');
    },
  );

  app.post(
    '/settings/webhooks/dead-letters/replay',
    { config: MANAGE, schema: { hide: true } },
    async (request, reply) => {
      const session = sessionOf(request);
      const tenantId = session.user.tenantId;
      const endpointId = one(formOf(request.body), 'endpointId') || undefined;
      if (endpointId && !(await findEndpoint(db, tenantId, endpointId)))
        throw notFound(`no webhook endpoint ${endpointId}`);
      const now = deps.clock();
      await db.transaction().execute(async (trx) => {
        const replayed = await replayDeadLetters(trx, tenantId, endpointId ? { endpointId } : {}, now);
        await audit(
          trx,
          {
            tenantId,
            actor: actorOf(request, session.user),
            action: 'webhook.replayed',
            targetType: endpointId ? 'webhook_endpoint' : 'tenant',
            targetId: endpointId ?? tenantId,
            detail: { replayed },
          },
          now,
        );
      });
      deps.onWebhooksDue?.();
      return seeOther(
        reply,
        endpointId
          ? `/app/settings/webhooks/${endpointId}?done=replayed`
          : '/app/settings/webhooks?done=replayed',
      );
    },
  );

  api.post(
    '/settings/webhooks/dead-letters/:id/replay',
    { config: MANAGE, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const session = sessionOf(request);
      const tenantId = session.user.tenantId;
      const now = deps.clock();
      const replayed = await db.transaction().execute(async (trx) => {
        const n = await replayDeadLetters(trx, tenantId, { deliveryId: request.params.id }, now);
        if (n > 0)
          await audit(
            trx,
            {
              tenantId,
              actor: actorOf(request, session.user),
              action: 'webhook.replayed',
              targetType: 'webhook_delivery',
              targetId: request.params.id,
              detail: { replayed: n },
            },
            now,
          );
        return n;
      });
      if (replayed === 0) throw notFound(`no dead letter ${request.params.id}`);
      deps.onWebhooksDue?.();
      return seeOther(reply, '/app/settings/webhooks?done=replayed');
    },
  );
};
