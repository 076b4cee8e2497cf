import type { FastifyReply, FastifyRequest } from 'fastify';
import { localeOf } from '../../http/routes/public/context.js';
import { isLocale, type Locale } from '../../web/i18n/messages.js';
import type { ActiveSession } from '../auth/sessions.js';
import { consoleTranslator } from '../i18n/messages.js';
import type { ConsoleView } from '../views/view.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in console session; set by the console's session hook. */
    consoleSession?: ConsoleSessionInfo;
  }
}

export interface ConsoleSessionInfo extends ActiveSession {
  readonly tenantName: string;
}

/** The signed-in session; the session hook guarantees it on every route behind sign-in. */
export function sessionOf(request: FastifyRequest): ConsoleSessionInfo {
  const session = request.consoleSession;
  if (!session) throw new Error('console route reached without a session');
  return session;
}

/** ?lang= (remembered), then the person's saved language, then the browser's. */
export function consoleLocale(request: FastifyRequest, reply: FastifyReply, secure: boolean): Locale {
  const asked = (request.query as Record<string, unknown> | undefined)?.['lang'];
  const saved = request.consoleSession?.user.locale;
  if (!isLocale(asked) && isLocale(saved)) return saved;
  return localeOf(request, reply, secure);
}

export function viewOf(
  request: FastifyRequest,
  reply: FastifyReply,
  secure: boolean,
  csrf: string,
): ConsoleView {
  const locale = consoleLocale(request, reply, secure);
  const session = request.consoleSession;
  return {
    locale,
    t: consoleTranslator(locale),
    path: request.url.split('?')[0] ?? request.url,
    csrf,
    zone: 'UTC',
    ...(session
      ? {
          me: {
            id: session.user.id,
            name: session.user.name,
            email: session.user.email,
            role: session.user.role,
            tenantName: session.tenantName,
          },
        }
      : {}),
  };
}
