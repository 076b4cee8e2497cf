/** Reads one cookie from a Cookie header; tolerant of malformed pairs. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    if (pair.slice(0, at).trim() !== name) continue;
    try {
      return decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface CookieOptions {
  readonly path: string;
  /** Omitted: a session cookie, gone when the browser closes. */
  readonly maxAgeSeconds?: number | undefined;
  readonly httpOnly: boolean;
  readonly secure: boolean;
}

export function setCookie(name: string, value: string, options: CookieOptions): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    options.maxAgeSeconds === undefined ? '' : `Max-Age=${options.maxAgeSeconds}`,
    'SameSite=Lax',
    options.httpOnly ? 'HttpOnly' : '',
    options.secure ? 'Secure' : '',
  ]
    .filter((part) => part)
    .join('; ');
}
