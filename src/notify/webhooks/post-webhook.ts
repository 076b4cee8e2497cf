import { Webhook } from 'standardwebhooks';
import { request, type Dispatcher } from 'undici';
import { isDestinationRefused } from './guarded-lookup.js';

export interface WebhookRequest {
  readonly url: string;
  readonly secret: string;
  readonly webhookId: string;
  readonly body: string;
}

export type PostOutcome =
  | { readonly kind: 'answered'; readonly statusCode: number; readonly retryAfter: string | undefined }
  | { readonly kind: 'refused'; readonly error: string }
  | { readonly kind: 'failed'; readonly error: string };

/** The three Standard Webhooks headers for one attempt; the timestamp is the attempt's own. */
export function signedHeaders(
  secret: string,
  webhookId: string,
  body: string,
  at: Date,
): Record<string, string> {
  const timestamp = new Date(Math.floor(at.getTime() / 1000) * 1000);
  return {
    'content-type': 'application/json',
    'user-agent': 'Waybill-Webhooks/1',
    'webhook-id': webhookId,
    'webhook-timestamp': String(timestamp.getTime() / 1000),
    'webhook-signature': new Webhook(secret).sign(webhookId, timestamp, body),
  };
}

/**
 * One signed POST. Redirects are not followed (a 3xx is a failure, as the spec says), the whole
 * exchange has a deadline, and the answer's body is read and dropped so the connection is reused.
 */
export async function postWebhook(
  dispatcher: Dispatcher,
  message: WebhookRequest,
  options: { timeoutMs: number; now: Date; signal?: AbortSignal },
): Promise<PostOutcome> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  try {
    const response = await request(message.url, {
      method: 'POST',
      dispatcher,
      headers: signedHeaders(message.secret, message.webhookId, message.body, options.now),
      body: message.body,
      signal,
    });
    await response.body.dump({ limit: 64 * 1024 });
    const retryAfter = response.headers['retry-after'];
    return {
      kind: 'answered',
      statusCode: response.statusCode,
      retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
    };
  } catch (error) {
    if (isDestinationRefused(error)) return { kind: 'refused', error: describe(error) };
    if (deadline.aborted) return { kind: 'failed', error: `no answer within ${options.timeoutMs} ms` };
    return { kind: 'failed', error: describe(error) };
  }
}

function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error && parts.length < 3; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    parts.push(typeof code === 'string' ? `${code}: ${e.message}` : e.message);
  }
  return (parts.join(' ← ') || String(error)).slice(0, 500);
}
