import compress from '@fastify/compress';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../http/deps.js';
import { WindowLimiter } from '../../web/rate-limit.js';
import { installationSecret } from '../auth/secret.js';
import { sessionFor } from '../auth/sessions.js';
import { ConsoleLive } from '../live.js';
import { can, type Permission } from '../roles.js';
import { ERROR_STATUS, renderError, type ErrorKind } from '../views/errors.js';
import { ConsoleError } from './console-error.js';
import { readSessionCookie, tokensEqual } from './cookies.js';
import type { ConsoleContext } from './deps.js';
import { crossSiteReason } from './fetch-metadata.js';
import { acceptConsoleForms, formOf, one } from './forms.js';
import { sendConsolePage, seeOther } from './respond.js';
import { viewOf } from './request-view.js';
import { CONSOLE_ROUTES } from './routes/index.js';
import { findTenant } from '../../store/repositories/tenants.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the signed-in person's role must allow; 'view' when absent. */
    permission?: Permission;
    /** Routes reachable without signing in (sign-in, set-up, invitation, reset, assets). */
    public?: boolean;
    /** Answers other than whole pages (fragments, streams, CSV): 401 instead of a redirect. */
    fragment?: boolean;
  }
}

/** The merchant console at /app, and `/` leading there. */
export const consoleRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/app', 302));
    await app.register(consolePlugin(deps), { prefix: '/app' });
  };

function consolePlugin(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(compress, { global: true, encodings: ['br', 'gzip'] });
    acceptConsoleForms(app);
    const { config } = deps;
    let key: Promise<Buffer> | undefined;
    const context: ConsoleContext = {
      deps,
      live: new ConsoleLive(deps.relay),
      sessions: {
        idleMs: config.console.sessionIdleMinutes * 60_000,
        absoluteMs: config.console.sessionAbsoluteHours * 3_600_000,
      },
      lockout: {
        threshold: config.console.lockoutThreshold,
        windowMs: config.console.lockoutWindowMinutes * 60_000,
        lockMs: config.console.lockoutMinutes * 60_000,
      },
      signInPerIp: new WindowLimiter(deps.store, 'sign-in', config.console.signInPerIpPerMinute, 60_000),
      secure: config.publicBaseUrl.startsWith('https://'),
      csrfKey: () => (key ??= installationSecret(deps.store.db, 'console-csrf', deps.clock())),
      emailEnabled: Boolean(config.notify.smtp.url),
    };
    app.addHook('onClose', async () => context.live.close());

    app.setErrorHandler((error, request, reply) => errorPage(context, error, request, reply));
    app.setNotFoundHandler((request, reply) =>
      errorPage(context, new ConsoleError('not_found', `no page ${request.url}`), request, reply),
    );

    // Every state change first proves it comes from this site (Fetch Metadata, then Origin).
    app.addHook('onRequest', async (request) => {
      if (request.method === 'GET' || request.method === 'HEAD') return;
      const reason = crossSiteReason(request);
      if (reason) {
        request.log.warn({ scope: 'console', reason }, 'cross-site request refused');
        throw new ConsoleError('cross_site', reason);
      }
    });
    app.addHook('onRequest', async (request, reply) => loadSession(context, request, reply));
    // Forms of signed-in pages carry the session's synchronizer token.
    app.addHook('preHandler', async (request) => {
      const config = request.routeOptions.config;
      if (config.public) return;
      const session = request.consoleSession;
      if (!session) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const token = one(formOf(request.body), '_csrf') || String(request.headers['x-csrf-token'] ?? '');
        if (!tokensEqual(session.csrfToken, token))
          throw new ConsoleError('cross_site', 'missing or wrong CSRF token');
      }
      if (!can(session.user.role, config.permission ?? 'view'))
        throw new ConsoleError('forbidden', `${session.user.role} may not ${config.permission ?? 'view'}`);
    });

    for (const register of CONSOLE_ROUTES) await register(app, context);
  };
}

async function loadSession(
  context: ConsoleContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const cookie = readSessionCookie(request, context.secure);
  const { deps } = context;
  if (cookie) {
    const session = await sessionFor(deps.store.db, cookie, context.sessions, deps.clock());
    if (session) {
      const tenant = await findTenant(deps.store.db, session.user.tenantId);
      request.consoleSession = { ...session, tenantName: tenant?.name ?? '' };
    }
  }
  const config = request.routeOptions.config;
  if (config.public || request.consoleSession) return;
  if (config.fragment || request.method !== 'GET') {
    reply
      .code(401)
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'no-store')
      .send('sign in first\n');
    return reply;
  }
  const next = request.url.startsWith('/app') ? request.url : '/app';
  return seeOther(reply, `/app/login?next=${encodeURIComponent(next)}`);
}

function errorPage(context: ConsoleContext, error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const kind = kindOf(error);
  if (kind === 'internal') request.log.error({ err: error }, 'console request failed');
  else
    request.log.info({ scope: 'console', kind, detail: (error as Error).message }, 'console request refused');
  const status = ERROR_STATUS[kind];
  if (request.routeOptions.config?.fragment) {
    return reply
      .code(status)
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(`${kind}\n`);
  }
  const view = viewOf(request, reply, context.secure, request.consoleSession?.csrfToken ?? '');
  // A refused form says what was wrong with it (the field and why); other errors say no more.
  const detail = kind === 'bad_request' && error instanceof ConsoleError ? error.message : undefined;
  return sendConsolePage(reply, status, renderError(view, kind, detail));
}

function kindOf(error: unknown): ErrorKind {
  if (error instanceof ConsoleError) return error.kind;
  const e = error as { validation?: unknown; statusCode?: number; code?: string };
  if (e.validation) return 'bad_request';
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return 'bad_request';
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return e.statusCode === 404 ? 'not_found' : e.statusCode === 429 ? 'rate_limited' : 'bad_request';
  }
  return 'internal';
}

export type ConsoleRouteRegistrar = (app: FastifyInstance, context: ConsoleContext) => Promise<void> | void;
