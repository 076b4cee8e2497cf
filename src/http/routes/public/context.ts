import type { FormChannel } from '../../../web/render-forms.js';
import { randomFillSync } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../../config/config.js';
import type { Store } from '../../../store/open-store.js';
import { cookieValue, setCookie } from '../../../web/cookies.js';
import type { Html } from '../../../web/html.js';
import { isLocale, negotiateLocale, type Locale } from '../../../web/i18n/messages.js';
import type { LivePages } from '../../../web/live-pages.js';
import { WindowLimiter } from '../../../web/rate-limit.js';
import type { PushSubscriptions } from './push-subscriptions.js';
import type { LookupCache } from '../../lookup-cache.js';

export const LANG_COOKIE = 'wb_lang';
export const ZONE_COOKIE = 'wb_tz';
export const SESSION_COOKIE = 'wb_v';

/** What the public routes share within one app. */
export interface PublicContext {
  readonly live: LivePages;
  readonly push: PushSubscriptions;
  readonly limits: {
    readonly perIp: WindowLimiter;
    readonly perNumber: WindowLimiter;
    readonly perShipment: WindowLimiter;
  };
  readonly secureCookies: boolean;
  /** Rendered tracking pages (see page-request.ts). */
  readonly pages: LookupCache;
  /** The channels this installation can send on: the page offers only these. */
  readonly channels: readonly FormChannel[];
}

export function limitersFor(config: Config, store: Pick<Store, 'db'>): PublicContext['limits'] {
  return {
    perIp: new WindowLimiter(store, 'public-ip', config.pages.lookupPerIpPerMinute, 60_000),
    perNumber: new WindowLimiter(store, 'lookup', config.pages.lookupPerNumberPerHour, 3_600_000),
    perShipment: new WindowLimiter(store, 'verify', config.pages.verifyPerShipmentPerHour, 3_600_000),
  };
}

/** ?lang= (remembered in a cookie), then the cookie, then Accept-Language. */
export function localeOf(request: FastifyRequest, reply: FastifyReply, secure: boolean): Locale {
  const asked = (request.query as Record<string, unknown> | undefined)?.['lang'];
  if (isLocale(asked)) {
    reply.header(
      'set-cookie',
      setCookie(LANG_COOKIE, asked, { path: '/', maxAgeSeconds: 31_536_000, httpOnly: false, secure }),
    );
    return asked;
  }
  const remembered = cookieValue(request.headers.cookie, LANG_COOKIE);
  if (isLocale(remembered)) return remembered;
  return negotiateLocale(request.headers['accept-language']);
}

export function zoneOf(request: FastifyRequest): string | undefined {
  return cookieValue(request.headers.cookie, ZONE_COOKIE);
}

// Nonces are cut from a pool of random bytes filled 256 at a time (as crypto.randomUUID does):
// asking the system's generator for 16 bytes on every page view cost 8% of the page's CPU.
const NONCE_BYTES = 16;
const pool = Buffer.alloc(NONCE_BYTES * 256);
let poolOffset = pool.length;

/** 16 bytes from the system's cryptographic generator, base64: a fresh CSP nonce per answer. */
export function newNonce(): string {
  if (poolOffset + NONCE_BYTES > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const nonce = pool.toString('base64', poolOffset, poolOffset + NONCE_BYTES);
  poolOffset += NONCE_BYTES;
  return nonce;
}

/**
 * Sends a page with the headers every public page carries: a strict CSP (scripts only from this
 * origin, the inline style only with this response's nonce), no referrer (the page URL is the
 * secret), and no caching by shared caches.
 */
export function sendPage(
  reply: FastifyReply,
  status: number,
  page: Html | Buffer,
  nonce: string,
  options: { frameableBySelf?: boolean } = {},
): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header(
      'content-security-policy',
      [
        "default-src 'none'",
        "script-src 'self'",
        `style-src 'nonce-${nonce}'`,
        "img-src 'self' https: data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        // The console frames the page as the branding preview; nothing else may.
        options.frameableBySelf ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
      ].join('; '),
    )
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-cache')
    .header('vary', 'accept-language, cookie')
    .send(Buffer.isBuffer(page) ? page : page.value);
}

export function clientIp(request: FastifyRequest): string {
  return request.ip;
}
