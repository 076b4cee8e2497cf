import { createWaybillClient, WaybillProblem, type WaybillClient } from '../client/index.js';
import { CliError } from './errors.js';

// Commands that can talk to a running Waybill over its API (through `waybill/client`) instead of
// opening the database: `--server <url>` or WAYBILL_URL names it, `--key` or WAYBILL_API_KEY the
// key. A refusal, or a server that cannot be reached, ends the command with one line.

/** How long one request may take before the command gives up on the server. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface ServerOptions {
  readonly server?: string | undefined;
  readonly key?: string | undefined;
}

export interface Remote {
  readonly client: WaybillClient;
  /** The server as given, for messages. */
  readonly server: string;
}

/** The server the command should ask, or undefined when none is named (local mode). */
/** Whether a server is named (--server or WAYBILL_URL), before anything about it is checked. */
export function serverNamed(options: ServerOptions, env: NodeJS.ProcessEnv = process.env): boolean {
  return (options.server ?? given(env['WAYBILL_URL'])) !== undefined;
}

export function remoteFrom(options: ServerOptions, env: NodeJS.ProcessEnv = process.env): Remote | undefined {
  const server = options.server ?? given(env['WAYBILL_URL']);
  if (server === undefined) {
    if (options.key !== undefined) throw new CliError('--key goes with --server <url> (or WAYBILL_URL)');
    return undefined;
  }
  if (!isHttpUrl(server)) throw new CliError(`the server must be an http(s) URL, got "${server}"`);
  // The environment first in the message: a key on the command line is visible to other users (ps).
  const apiKey = options.key ?? given(env['WAYBILL_API_KEY']);
  if (apiKey === undefined)
    throw new CliError(`${server} needs an API key: set WAYBILL_API_KEY (or pass --key)`);
  const fetchWithTimeout: typeof fetch = (input, init) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return { server, client: createWaybillClient({ baseUrl: server, apiKey, fetch: fetchWithTimeout }) };
}

/** Runs requests against the server; a refusal or a failed connection becomes one CLI line. */
export async function askServer<T>(remote: Remote, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof WaybillProblem) throw new CliError(oneLine(error.message));
    const failure = connectionFailure(error);
    if (failure !== undefined) throw new CliError(`cannot reach ${remote.server} (${failure})`);
    throw error;
  }
}

/** Why a request got no answer (`ECONNREFUSED`, `timed out`…), or undefined for other errors. */
export function connectionFailure(error: unknown): string | undefined {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  // undici's fetch: a TypeError "fetch failed" whose cause says what happened to the connection.
  if (!(error instanceof TypeError) || error.message !== 'fetch failed') return undefined;
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  if (typeof cause?.code === 'string') return cause.code;
  return typeof cause?.message === 'string' && cause.message !== '' ? oneLine(cause.message) : 'fetch failed';
}

function given(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The first line, at most 300 characters: a proxy's HTML error page must not flood the terminal. */
function oneLine(text: string): string {
  const first = text.split('\n')[0]?.trim() ?? '';
  return first.length > 300 ? `${first.slice(0, 299)}…` : first;
}
