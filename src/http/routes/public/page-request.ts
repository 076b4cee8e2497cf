import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { bytesOf } from '../../lookup-cache.js';
import { cookieValue } from '../../../web/cookies.js';
import type { Locale } from '../../../web/i18n/messages.js';
import { pageStamp, shipmentForToken, type PageTarget } from '../../../web/page-token.js';
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
  return loadPageView(deps.store.db, deps.store.caps, target, {
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
  if (options.status === undefined && options.notice === undefined)
    return respondFromCache(deps, context, request, reply, { token, locale, nonce });
  const target = await shipmentForToken(deps.store.db, token);
  const view = target && (await viewFor(deps, request, target, token, locale));
  if (!view) return sendPage(reply, 404, renderNotFound(locale, nonce), nonce);
  const vapidKey = await context.push.publicKey().catch(() => null);
  return sendPage(
    reply,
    options.status ?? 200,
    renderTrackingPage(view, { nonce, notice: options.notice, vapidKey, channels: context.channels }),
    nonce,
  );
}

// Pages are rendered with this in place of the nonce and cached; each answer puts its own nonce
// in. Random per process, so no text on a page can be made to match it.
const NONCE_SLOT = randomBytes(18).toString('base64url');

/**
 * The plain page view: answered from the cache of rendered pages while the page's stamp (the
 * shipment's version, its newest outbox message, the shop's settings) and the push key are
 * unchanged. One read of the stamp per view, instead of five queries and a render.
 */
async function respondFromCache(
  deps: AppDeps,
  context: PublicContext,
  request: FastifyRequest,
  reply: FastifyReply,
  page: { token: string; locale: Locale; nonce: string },
): Promise<FastifyReply> {
  const found = await pageStamp(deps.store.db, deps.store.caps, page.token);
  if (!found) return sendPage(reply, 404, renderNotFound(page.locale, page.nonce), page.nonce);
  const verified = await sessionVerifies(
    deps.store.db,
    cookieValue(request.headers.cookie, SESSION_COOKIE),
    found.target.shipmentId,
    deps.clock(),
  );
  const vapidKey = await context.push.publicKey().catch(() => null);
  const zone = zoneOf(request);
  const key = `${page.token}/${page.locale}/${zone ?? ''}/${verified ? 1 : 0}`;
  const stamp = `${found.stamp}/${vapidKey ?? ''}`;
  let rendered = context.pages.get(key, stamp);
  if (!rendered) {
    // Read after the stamp: what is rendered is at least as new as what the stamp says.
    const view = await loadPageView(deps.store.db, deps.store.caps, found.target, {
      token: page.token,
      locale: page.locale,
      customerZone: zone,
      verified,
    });
    if (!view) return sendPage(reply, 404, renderNotFound(page.locale, page.nonce), page.nonce);
    const html = renderTrackingPage(view, { nonce: NONCE_SLOT, vapidKey, channels: context.channels }).value;
    rendered = context.pages.set(key, stamp, html, NONCE_SLOT);
  }
  return sendPage(reply, 200, bytesOf(rendered, page.nonce), page.nonce);
}
