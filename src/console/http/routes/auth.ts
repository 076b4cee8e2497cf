import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { audit, type Actor } from '../../audit.js';
import { accountProblems, isEmail } from '../../auth/account-input.js';
import { afterFailure, isLocked } from '../../auth/lockout.js';
import { hashPassword, verifyAgainstNothing, verifyPassword } from '../../auth/password.js';
import { createSession, endSession, endSessionsOf } from '../../auth/sessions.js';
import { createPasswordReset } from '../../auth/reset.js';
import { tokenForLink, useToken } from '../../auth/tokens.js';
import {
  anyConsoleUser,
  findUserByEmail,
  noteSignIn,
  normalizeEmail,
  saveLockout,
  setPassword,
  userForSignIn,
} from '../../auth/users.js';
import { renderForgot, renderLinkInvalid, renderReset, renderSignIn } from '../../views/auth.js';
import { ConsoleError } from '../console-error.js';
import {
  appendCookie,
  clearSessionCookie,
  preSignInToken,
  preSignInTokenValid,
  sessionCookie,
  readSessionCookie,
} from '../cookies.js';
import { formOf, one } from '../forms.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';
import { sendConsolePage, seeOther } from '../respond.js';
import { viewOf } from '../request-view.js';
import { hashSessionId } from '../../auth/sessions.js';
import type { ConsoleContext } from '../deps.js';
import type { ConsoleView } from '../../views/view.js';
import { doneFlash } from '../../views/done.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 64 }) });
const PUBLIC = { public: true } as const;

/** Sign-in, sign-out, and password resets (set-up and invitation links: account-links.ts). */
export const authRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const db = deps.store.db;
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  const { view: preView, check: checkPreToken } = preSignIn(context);

  api.get(
    '/login',
    {
      config: PUBLIC,
      schema: {
        hide: true,
        querystring: Type.Object({
          next: Type.Optional(Type.String({ maxLength: 2000 })),
          done: Type.Optional(Type.String({ maxLength: 40 })),
          lang: Type.Optional(Type.String({ maxLength: 8 })),
        }),
      },
    },
    async (request, reply) => {
      if (request.consoleSession) return seeOther(reply, safeNext(request.query.next));
      const view = await preView(request, reply);
      const flash = doneFlash(view, request.query.done);
      return sendConsolePage(
        reply,
        200,
        renderSignIn(view, {
          next: request.query.next ?? '',
          ...(flash ? { flash } : {}),
          // Nobody can sign in yet: say where the way in is, rather than show a form no one can use.
          firstRun: !(await anyConsoleUser(db)),
        }),
      );
    },
  );

  app.post('/login', { config: PUBLIC, schema: { hide: true } }, async (request, reply) => {
    await checkPreToken(request);
    const form = formOf(request.body);
    const email = normalizeEmail(one(form, 'email'));
    const password = one(form, 'password');
    const next = one(form, 'next');
    const now = deps.clock();
    const failed = async (status: number) => {
      const view = await preView(request, reply);
      return sendConsolePage(reply, status, renderSignIn(view, { email, next, failed: true }));
    };
    const waitMs = await context.signInPerIp.take(request.ip, now.getTime());
    if (waitMs > 0) {
      reply.header('retry-after', String(Math.ceil(waitMs / 1000)));
      throw new ConsoleError('rate_limited', `sign-in attempts from ${request.ip}`);
    }
    const found = email ? await userForSignIn(db, email) : undefined;
    if (!found || found.passwordHash === null || found.user.disabledAt !== null) {
      await verifyAgainstNothing(password);
      if (found)
        await audit(
          db,
          {
            tenantId: found.user.tenantId,
            actor: actorOf(request, found.user),
            action: 'sign_in.failed',
            targetType: 'user',
            targetId: found.user.id,
            detail: { why: found.user.disabledAt ? 'disabled' : 'no password' },
          },
          now,
        );
      request.log.info({ scope: 'console' }, 'sign-in failed');
      return failed(401);
    }
    const { user } = found;
    if (isLocked(user.lockout, now)) {
      await verifyAgainstNothing(password);
      await audit(
        db,
        {
          tenantId: user.tenantId,
          actor: actorOf(request, user),
          action: 'sign_in.refused_locked',
          targetType: 'user',
          targetId: user.id,
        },
        now,
      );
      return failed(401);
    }
    if (!(await verifyPassword(found.passwordHash, password))) {
      const state = afterFailure(user.lockout, now, context.lockout);
      await db.transaction().execute(async (trx) => {
        await saveLockout(trx, user.id, state, now);
        await audit(
          trx,
          {
            tenantId: user.tenantId,
            actor: actorOf(request, user),
            action: 'sign_in.failed',
            targetType: 'user',
            targetId: user.id,
            detail: { why: 'wrong password' },
          },
          now,
        );
        if (isLocked(state, now) && !isLocked(user.lockout, now))
          await audit(
            trx,
            {
              tenantId: user.tenantId,
              actor: actorOf(request, user),
              action: 'user.locked_out',
              targetType: 'user',
              targetId: user.id,
              detail: { until: state.lockedUntil },
            },
            now,
          );
      });
      if (isLocked(state, now))
        request.log.warn({ scope: 'console', userId: user.id }, 'account locked after failed sign-ins');
      return failed(401);
    }
    // A new session id on every sign-in; one the browser brought along is ended (fixation).
    const presented = readSessionCookie(request, context.secure);
    const created = await db.transaction().execute(async (trx) => {
      if (presented) await endSession(trx, hashSessionId(presented));
      await noteSignIn(trx, user.id, now);
      await audit(
        trx,
        {
          tenantId: user.tenantId,
          actor: actorOf(request, user),
          action: 'sign_in',
          targetType: 'user',
          targetId: user.id,
        },
        now,
      );
      return createSession(trx, user, context.sessions, now);
    });
    appendCookie(reply, sessionCookie(created.cookieValue, context.secure));
    return seeOther(reply, safeNext(next));
  });

  app.post('/logout', { schema: { hide: true } }, async (request, reply) => {
    const session = request.consoleSession;
    if (session) {
      const now = deps.clock();
      await db.transaction().execute(async (trx) => {
        await endSession(trx, session.idHash);
        await audit(
          trx,
          {
            tenantId: session.user.tenantId,
            actor: actorOf(request, session.user),
            action: 'sign_out',
            targetType: 'user',
            targetId: session.user.id,
          },
          now,
        );
      });
    }
    appendCookie(reply, clearSessionCookie(context.secure));
    return seeOther(reply, '/app/login?done=signed_out');
  });

  app.get('/forgot', { config: PUBLIC, schema: { hide: true } }, async (request, reply) =>
    sendConsolePage(
      reply,
      200,
      renderForgot(await preView(request, reply), { emailOff: !context.emailEnabled }),
    ),
  );

  app.post('/forgot', { config: PUBLIC, schema: { hide: true } }, async (request, reply) => {
    await checkPreToken(request);
    const now = deps.clock();
    const view = await preView(request, reply);
    const email = normalizeEmail(one(formOf(request.body), 'email'));
    const waitMs = await context.signInPerIp.take(request.ip, now.getTime());
    if (waitMs > 0) throw new ConsoleError('rate_limited', `reset requests from ${request.ip}`);
    const user = isEmail(email) ? await findUserByEmail(db, email) : undefined;
    // The same answer whether or not the account exists; a locked account may still reset.
    if (user && user.disabledAt === null && context.emailEnabled) {
      await db.transaction().execute((trx) =>
        createPasswordReset(
          trx,
          {
            user,
            validMinutes: deps.config.console.resetMinutes,
            actor: actorOf(request, user),
            action: 'password_reset.requested',
            mail: { caps: deps.store.caps, locale: view.locale, requestId: request.id },
          },
          now,
        ),
      );
      deps.onCommitted?.();
    }
    return sendConsolePage(reply, 200, renderForgot(view, { sent: true, emailOff: !context.emailEnabled }));
  });

  api.get(
    '/reset/:token',
    { config: PUBLIC, schema: { hide: true, params: TokenParams } },
    async (request, reply) => {
      const view = await preView(request, reply);
      const token = await tokenForLink(db, request.params.token, 'reset', deps.clock());
      if (!token) return sendConsolePage(reply, 404, renderLinkInvalid(view));
      return sendConsolePage(
        reply,
        200,
        renderReset(view, request.url.split('?')[0] ?? '', { values: {}, errors: {} }),
      );
    },
  );

  api.post(
    '/reset/:token',
    { config: PUBLIC, schema: { hide: true, params: TokenParams } },
    async (request, reply) => {
      await checkPreToken(request);
      const now = deps.clock();
      const view = await preView(request, reply);
      const token = await tokenForLink(db, request.params.token, 'reset', now);
      if (!token || !token.userId || !token.email)
        return sendConsolePage(reply, 404, renderLinkInvalid(view));
      const form = formOf(request.body);
      const values = { email: token.email, password: one(form, 'password'), confirm: one(form, 'confirm') };
      const errors = accountProblems(view.t, values);
      if (Object.keys(errors).length > 0)
        return sendConsolePage(reply, 400, renderReset(view, request.url, { values, errors }));
      const passwordHash = await hashPassword(values.password);
      const userId = token.userId;
      const done = await db.transaction().execute(async (trx) => {
        if (!(await useToken(trx, token.id, now))) return false;
        await setPassword(trx, userId, passwordHash, now);
        // Every session of the account ends: whoever knew the old password is out.
        await endSessionsOf(trx, userId);
        await audit(
          trx,
          {
            tenantId: token.tenantId,
            actor: { userId, label: token.email ?? '', ip: request.ip },
            action: 'password.reset',
            targetType: 'user',
            targetId: userId,
          },
          now,
        );
        return true;
      });
      if (!done) return sendConsolePage(reply, 404, renderLinkInvalid(view));
      return seeOther(reply, '/app/login?done=password_reset');
    },
  );
};

/** The view and CSRF check of the forms shown before sign-in (signed double-submit token). */
export function preSignIn(context: ConsoleContext): {
  view: (request: FastifyRequest, reply: FastifyReply) => Promise<ConsoleView>;
  check: (request: FastifyRequest) => Promise<void>;
} {
  return {
    view: async (request, reply) =>
      viewOf(
        request,
        reply,
        context.secure,
        preSignInToken(request, reply, await context.csrfKey(), context.secure),
      ),
    check: async (request) => {
      if (!preSignInTokenValid(request, await context.csrfKey(), one(formOf(request.body), '_csrf')))
        throw new ConsoleError('cross_site', 'missing or wrong CSRF token on a sign-in form');
    },
  };
}

/** Only console paths: `next` must not send a fresh session to another site. */
export function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/app') || next.startsWith('//') || next.includes('\\')) return '/app';
  return next;
}

export function actorOf(request: FastifyRequest, user: { id: string; email: string }): Actor {
  return { userId: user.id, label: user.email, ip: request.ip };
}
