import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { cookieValue, setCookie } from '../../web/cookies.js';

// The session cookie: HttpOnly, SameSite=Lax, and behind https Secure with the __Host- prefix
// (no Domain, Path=/), so a sibling subdomain cannot plant one. No Max-Age: it ends with the
// browser, and the server ends it sooner (idle and absolute timeouts).

export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-wb_console' : 'wb_console';
}

const PRE_COOKIE = 'wb_console_pre';

export function readSessionCookie(request: FastifyRequest, secure: boolean): string | undefined {
  return cookieValue(request.headers.cookie, sessionCookieName(secure));
}

export function sessionCookie(value: string, secure: boolean): string {
  return setCookie(sessionCookieName(secure), value, { path: '/', httpOnly: true, secure });
}

export function clearSessionCookie(secure: boolean): string {
  return setCookie(sessionCookieName(secure), '', { path: '/', maxAgeSeconds: 0, httpOnly: true, secure });
}

/**
 * The CSRF token of the forms shown before sign-in (sign-in, set-up, invitation, reset): a
 * signed double-submit token (OWASP), an HMAC over a random value kept in an HttpOnly cookie.
 * A forged form cannot carry it: the attacker can neither read the cookie nor make the HMAC.
 */
export function preSignInToken(
  request: FastifyRequest,
  reply: FastifyReply,
  key: Buffer,
  secure: boolean,
): string {
  let value = cookieValue(request.headers.cookie, PRE_COOKIE);
  if (!value || !/^[A-Za-z0-9_-]{22}$/.test(value)) {
    value = randomBytes(16).toString('base64url');
    appendCookie(reply, setCookie(PRE_COOKIE, value, { path: '/app', httpOnly: true, secure }));
  }
  return sign(key, value);
}

export function preSignInTokenValid(request: FastifyRequest, key: Buffer, token: string): boolean {
  const value = cookieValue(request.headers.cookie, PRE_COOKIE);
  return value !== undefined && tokensEqual(sign(key, value), token);
}

function sign(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(`console-pre:${value}`).digest('base64url');
}

export function tokensEqual(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Adds a Set-Cookie without dropping one already set on this reply. */
export function appendCookie(reply: FastifyReply, cookie: string): void {
  const existing = reply.getHeader('set-cookie');
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  reply.header('set-cookie', [...list, cookie]);
}
