import type { FastifyRequest } from 'fastify';

/**
 * Refuses a state-changing request sent from another site, before any token is looked at
 * (OWASP CSRF cheat sheet, Fetch Metadata): `Sec-Fetch-Site` must be same-origin (or none, typed
 * by the user); without it, an `Origin` header must name this host. Returns why, or undefined.
 */
export function crossSiteReason(request: FastifyRequest): string | undefined {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') {
    return site === 'same-origin' || site === 'none' ? undefined : `Sec-Fetch-Site: ${site}`;
  }
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return `Origin: ${origin}`;
    }
    return host === request.headers.host ? undefined : `Origin: ${origin}`;
  }
  if (origin === 'null') return 'Origin: null';
  return undefined;
}
