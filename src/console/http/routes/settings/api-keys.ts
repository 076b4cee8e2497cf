import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { limitsFor } from '../../../../http/rate-limits/policy.js';
import {
  createApiKey,
  listApiKeys,
  revokeApiKey,
  tenantSettings,
} from '../../../../store/repositories/tenants.js';
import { audit } from '../../../audit.js';
import { doneFlash } from '../../../views/done.js';
import { renderApiKeys } from '../../../views/settings/api-keys.js';
import { renderSettings } from '../../../views/settings/nav.js';
import { badRequest, notFound } from '../../console-error.js';
import { formOf, one, queryLists } from '../../forms.js';
import { attentionTotal, signedInView } from '../../page-context.js';
import type { ConsoleRouteRegistrar } from '../../plugin.js';
import { sessionOf } from '../../request-view.js';
import { sendConsolePage, seeOther } from '../../respond.js';
import { actorOf } from '../auth.js';

const MANAGE = { permission: 'manage' } as const;

/** API keys: create (shown once), revoke, and when each was last used. */
export const apiKeyRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const db = deps.store.db;
  const { readsPerMinute: reads, writesPerMinute: writes, importsPerMinute: imports } = deps.config.api;
  // What the API applies to this shop's keys (set with `waybill keys limits`).
  const keyLimits = async (tenantId: string) =>
    limitsFor({ reads, writes, imports }, await tenantSettings(db, tenantId));

  app.get('/settings/api-keys', { config: MANAGE, schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    return sendConsolePage(
      reply,
      200,
      renderSettings(view, {
        page: 'api-keys',
        title: view.t('settings.api-keys'),
        body: renderApiKeys(view, await listApiKeys(db, tenantId), await keyLimits(tenantId)),
        attentionCount: await attentionTotal(context, tenantId, view),
        flash: doneFlash(view, queryLists(request.query)['done']?.[0]),
      }),
    );
  });

  app.post('/settings/api-keys', { config: MANAGE, schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const session = sessionOf(request);
    const tenantId = session.user.tenantId;
    const label = one(formOf(request.body), 'label');
    if (label.length === 0 || label.length > 100)
      throw badRequest('a key needs a label of 1 to 100 characters');
    const now = deps.clock();
    const created = await db.transaction().execute(async (trx) => {
      const key = await createApiKey(trx, tenantId, label, now);
      await audit(
        trx,
        {
          tenantId,
          actor: actorOf(request, session.user),
          action: 'api_key.created',
          targetType: 'api_key',
          targetId: key.id,
          detail: { label, prefix: key.prefix },
        },
        now,
      );
      return key;
    });
    // Shown in this answer only (never stored): a reload does not show it again.
    return sendConsolePage(
      reply,
      201,
      renderSettings(view, {
        page: 'api-keys',
        title: view.t('settings.api-keys'),
        body: renderApiKeys(view, await listApiKeys(db, tenantId), await keyLimits(tenantId), {
          key: created.key,
          label,
        }),
        attentionCount: await attentionTotal(context, tenantId, view),
      }),
    );
  });

  app
    .withTypeProvider<TypeBoxTypeProvider>()
    .post(
      '/settings/api-keys/:id/revoke',
      { config: MANAGE, schema: { hide: true, params: Type.Object({ id: Type.String({ maxLength: 64 }) }) } },
      async (request, reply) => {
        const session = sessionOf(request);
        const tenantId = session.user.tenantId;
        const now = deps.clock();
        const revoked = await db.transaction().execute(async (trx) => {
          const done = await revokeApiKey(trx, tenantId, request.params.id, now);
          if (done)
            await audit(
              trx,
              {
                tenantId,
                actor: actorOf(request, session.user),
                action: 'api_key.revoked',
                targetType: 'api_key',
                targetId: request.params.id,
              },
              now,
            );
          return done;
        });
        if (!revoked) throw notFound(`no active key ${request.params.id}`);
        return seeOther(reply, '/app/settings/api-keys?done=key_revoked');
      },
    );
};
