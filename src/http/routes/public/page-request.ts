import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { cookieValue } from '../../../web/cookies.js';
import type { Locale } from '../../../web/i18n/messages.js';
import { shipmentForToken, type PageTarget } from '../../../web/page-token.js';
import { loadPageView, type PageView } from '../../../web/page-view.js';
import type { FormNotice } from '../../../web/render-forms.js';
import { renderNotFound } from '../../../web/render-lookup.js';
import { renderTrackingPage } from '../../../web/render-page.js';
import { sessionVerifies } from '../../../web/verification.js';
import { localeOf, newNonce, sendPage, SESSION_COOKIE, zoneOf, type PublicContext } from './context.js';

/** Reads what one request for a page needs: its shipment, language, zone and verification. */
export async function viewFor(
  deps: AppDeps,
  request: FastifyRequest,
  target: PageTarget,
  token: string,
  locale: Locale,
): Promise<PageView | undefined> {
  const verified = await sessionVerifies(
    deps.store.db,
    cookieValue(request.headers.cookie, SESSION_COOKIE),
    target.shipmentId,
    deps.clock(),
  );
  return loadPageView(deps.store.db, target, {
    token,
    locale,
    customerZone: zoneOf(request),
    verified,
  });
}

/** Renders the tracking page (or the not-found page) with an optional form notice. */
export async function respondWithPage(
  deps: AppDeps,
  context: PublicContext,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  options: { status?: number; notice?: FormNotice } = {},
): Promise<FastifyReply> {
  const locale = localeOf(request, reply, context.secureCookies);
  const nonce = newNonce();
  const target = await shipmentForToken(deps.store.db, token);
  const view = target && (await viewFor(deps, request, target, token, locale));
  if (!view) return sendPage(reply, 404, renderNotFound(locale, nonce), nonce);
  const vapidKey = await context.push.publicKey().catch(() => null);
  return sendPage(
    reply,
    options.status ?? 200,
    renderTrackingPage(view, { nonce, notice: options.notice, vapidKey }),
    nonce,
  );
}
