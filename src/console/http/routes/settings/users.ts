import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { appendToOutbox } from '../../../../store/repositories/outbox.js';
import { audit } from '../../../audit.js';
import { isEmail } from '../../../auth/account-input.js';
import { endSessionsOf, sessionCountOf } from '../../../auth/sessions.js';
import { createPasswordReset } from '../../../auth/reset.js';
import {
  createToken,
  mintLink,
  openInvitations,
  revokeInvitationsOf,
  revokeToken,
} from '../../../auth/tokens.js';
import {
  activeOwnerCount,
  findUser,
  findUserByEmail,
  listUsers,
  normalizeEmail,
  updateUser,
} from '../../../auth/users.js';
import { isRole } from '../../../roles.js';
import { doneFlash } from '../../../views/done.js';
import { renderSettings } from '../../../views/settings/nav.js';
import { renderUsers } from '../../../views/settings/users.js';
import { badRequest, notFound } from '../../console-error.js';
import type { ConsoleContext } from '../../deps.js';
import { formOf, one, queryLists } from '../../forms.js';
import { attentionTotal, signedInView } from '../../page-context.js';
import type { ConsoleRouteRegistrar } from '../../plugin.js';
import { sessionOf } from '../../request-view.js';
import { sendConsolePage, seeOther } from '../../respond.js';
import { actorOf } from '../auth.js';

const MANAGE = { permission: 'manage' } as const;
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

export function linkUrl(context: ConsoleContext, kind: 'invite' | 'reset' | 'setup', secret: string): string {
  return `${context.deps.config.publicBaseUrl.replace(/\/+$/, '')}/app/${kind}/${secret}`;
}

/** People and their roles: invite, change role, disable, end sessions, send a reset link. */
export const userRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const db = deps.store.db;
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { link?: { kind: 'invite' | 'reset'; email: string; url: string }; error?: string } = {},
    status = 200,
  ) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const users = await listUsers(db, tenantId);
    const sessions = new Map<string, number>();
    for (const u of users) sessions.set(u.id, await sessionCountOf(db, u.id));
    return sendConsolePage(
      reply,
      status,
      renderSettings(view, {
        page: 'users',
        title: view.t('settings.users'),
        body: renderUsers(view, {
          users,
          sessions,
          invitations: await openInvitations(db, tenantId, deps.clock()),
          emailEnabled: context.emailEnabled,
          ...extra,
        }),
        attentionCount: await attentionTotal(context, tenantId, view),
        flash: doneFlash(view, queryLists(request.query)['done']?.[0]),
      }),
    );
  };

  /** A one-time link: mailed through the outbox, or (email off) shown to the owner once. */
  const sendLink = async (
    request: FastifyRequest,
    reply: FastifyReply,
    tokenId: string,
    kind: 'invite' | 'reset',
    email: string,
    done: 'invited' | 'reset_sent',
  ) => {
    if (context.emailEnabled) {
      deps.onCommitted?.();
      return seeOther(reply, `/app/settings/users?done=${done}`);
    }
    const secret = await mintLink(db, tokenId, deps.clock());
    if (!secret) throw notFound('the link could not be made');
    return page(request, reply, { link: { kind, email, url: linkUrl(context, kind, secret) } }, 201);
  };

  app.get('/settings/users', { config: MANAGE, schema: { hide: true } }, async (request, reply) =>
    page(request, reply),
  );

  app.post(
    '/settings/users/invitations',
    { config: MANAGE, schema: { hide: true } },
    async (request, reply) => {
      const view = signedInView(request, reply, context);
      const session = sessionOf(request);
      const tenantId = session.user.tenantId;
      const form = formOf(request.body);
      const email = normalizeEmail(one(form, 'email'));
      const role = one(form, 'role');
      if (!isRole(role)) throw badRequest(`"${role}" is not a role`);
      if (!isEmail(email)) return page(request, reply, { error: view.t('form.emailInvalid') }, 400);
      if (await findUserByEmail(db, email))
        return page(request, reply, { error: view.t('form.emailTaken') }, 400);
      const now = deps.clock();
      const tokenId = await db.transaction().execute(async (trx) => {
        await revokeInvitationsOf(trx, email, now);
        const id = await createToken(
          trx,
          {
            purpose: 'invite',
            tenantId,
            email,
            role,
            createdBy: session.user.id,
            expiresAt: new Date(now.getTime() + deps.config.console.inviteDays * 86_400_000),
          },
          now,
        );
        if (context.emailEnabled)
          await appendToOutbox(
            trx,
            deps.store.caps,
            [
              {
                tenantId,
                shipmentId: null,
                type: 'console.invitation',
                payload: { tokenId: id, locale: view.locale, invitedBy: session.user.name },
                requestId: request.id,
              },
            ],
            now,
          );
        await audit(
          trx,
          {
            tenantId,
            actor: actorOf(request, session.user),
            action: 'user.invited',
            targetType: 'invitation',
            targetId: id,
            detail: { email, role },
          },
          now,
        );
        return id;
      });
      return sendLink(request, reply, tokenId, 'invite', email, 'invited');
    },
  );

  api.post(
    '/settings/users/invitations/:id/revoke',
    { config: MANAGE, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const session = sessionOf(request);
      const tenantId = session.user.tenantId;
      const now = deps.clock();
      const revoked = await db.transaction().execute(async (trx) => {
        const done = await revokeToken(trx, tenantId, request.params.id, now);
        if (done)
          await audit(
            trx,
            {
              tenantId,
              actor: actorOf(request, session.user),
              action: 'invitation.revoked',
              targetType: 'invitation',
              targetId: request.params.id,
            },
            now,
          );
        return done;
      });
      if (!revoked) throw notFound(`no open invitation ${request.params.id}`);
      return seeOther(reply, '/app/settings/users?done=invitation_revoked');
    },
  );

  api.post(
    '/settings/users/:id',
    { config: MANAGE, schema: { hide: true, params: IdParams } },
    async (request, reply) => {
      const view = signedInView(request, reply, context);
      const session = sessionOf(request);
      const tenantId = session.user.tenantId;
      const target = await findUser(db, tenantId, request.params.id);
      if (!target) throw notFound(`no user ${request.params.id}`);
      const form = formOf(request.body);
      const action = one(form, 'action');
      const now = deps.clock();
      const actor = actorOf(request, session.user);
      if (target.id === session.user.id && action !== 'end_sessions')
        throw badRequest('change your own account on the account page');
      if (action === 'role') {
        const role = one(form, 'role');
        if (!isRole(role)) throw badRequest(`"${role}" is not a role`);
        const demotesLastOwner =
          target.role === 'owner' && role !== 'owner' && (await activeOwnerCount(db, tenantId)) <= 1;
        if (demotesLastOwner) throw badRequest('a shop keeps at least one owner');
        await db.transaction().execute(async (trx) => {
          await updateUser(trx, tenantId, target.id, { role }, now);
          // A new role takes effect through a new session (ASVS: new session id on privilege change).
          await endSessionsOf(trx, target.id);
          await audit(
            trx,
            {
              tenantId,
              actor,
              action: 'user.role_changed',
              targetType: 'user',
              targetId: target.id,
              detail: { from: target.role, to: role },
            },
            now,
          );
        });
        return seeOther(reply, '/app/settings/users?done=user_updated');
      }
      if (action === 'disable' || action === 'enable') {
        if (action === 'disable' && target.role === 'owner' && (await activeOwnerCount(db, tenantId)) <= 1)
          throw badRequest('a shop keeps at least one owner');
        await db.transaction().execute(async (trx) => {
          await updateUser(
            trx,
            tenantId,
            target.id,
            { disabledAt: action === 'disable' ? now.toISOString() : null },
            now,
          );
          if (action === 'disable') await endSessionsOf(trx, target.id);
          await audit(
            trx,
            {
              tenantId,
              actor,
              action: action === 'disable' ? 'user.disabled' : 'user.enabled',
              targetType: 'user',
              targetId: target.id,
            },
            now,
          );
        });
        return seeOther(reply, '/app/settings/users?done=user_updated');
      }
      if (action === 'end_sessions') {
        await db.transaction().execute(async (trx) => {
          const ended = await endSessionsOf(
            trx,
            target.id,
            target.id === session.user.id ? session.idHash : undefined,
          );
          await audit(
            trx,
            {
              tenantId,
              actor,
              action: 'user.sessions_ended',
              targetType: 'user',
              targetId: target.id,
              detail: { ended },
            },
            now,
          );
        });
        return seeOther(reply, '/app/settings/users?done=sessions_ended');
      }
      if (action === 'reset') {
        const tokenId = await db.transaction().execute((trx) =>
          createPasswordReset(
            trx,
            {
              user: target,
              validMinutes: deps.config.console.resetMinutes,
              actor,
              action: 'password_reset.sent',
              mail: context.emailEnabled
                ? { caps: deps.store.caps, locale: view.locale, requestId: request.id }
                : undefined,
            },
            now,
          ),
        );
        return sendLink(request, reply, tokenId, 'reset', target.email, 'reset_sent');
      }
      throw badRequest('action must be role, disable, enable, end_sessions or reset');
    },
  );
};
