import type { FastifyReply } from 'fastify';
import type { Html } from '../../web/html.js';

/**
 * Sends a console page with its headers: a CSP that allows scripts and styles from this origin
 * only, no framing (the branding preview alone may be framed by the console itself), no
 * referrer, and no caching (pages show one tenant's data).
 */
export function sendConsolePage(
  reply: FastifyReply,
  status: number,
  page: Html | string,
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
        "style-src 'self'",
        "img-src 'self' https: data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        options.frameableBySelf ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
      ].join('; '),
    )
    .header('referrer-policy', 'same-origin')
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', options.frameableBySelf ? 'SAMEORIGIN' : 'DENY')
    .header('cache-control', 'no-store')
    .send(typeof page === 'string' ? page : page.value);
}

/** After a POST: back to a page with 303, so reloading does not post again. */
export function seeOther(reply: FastifyReply, location: string): FastifyReply {
  return reply.code(303).header('location', location).header('cache-control', 'no-store').send();
}
