import { request as httpRequest, type Dispatcher } from 'undici';

/** What Twilio needs to send; from config `notify.twilio`. */
export interface TwilioSettings {
  readonly accountSid: string;
  readonly authToken: string;
  readonly from: string;
  readonly messagingServiceSid: string;
  readonly baseUrl: string;
  readonly timeoutMs: number;
}

export interface TwilioSendRequest {
  readonly to: string;
  readonly body: string;
  readonly statusCallback?: string | undefined;
  /** Sent as I-Twilio-Idempotency-Token: a retried request is not a second message. */
  readonly idempotencyKey: string;
}

export type TwilioSendOutcome =
  | { readonly ok: true; readonly sid: string; readonly status: string; readonly segments: number | null }
  | {
      readonly ok: false;
      readonly httpStatus: number | null;
      readonly code: number | null;
      readonly message: string;
    };

/** The Messages resource of Twilio's REST API (2010-04-01). I/O only; the channel decides. */
export class TwilioClient {
  constructor(private readonly settings: TwilioSettings) {}

  async sendMessage(request: TwilioSendRequest): Promise<TwilioSendOutcome> {
    const { accountSid, authToken, from, messagingServiceSid, baseUrl, timeoutMs } = this.settings;
    const form = new URLSearchParams({ To: request.to, Body: request.body });
    if (messagingServiceSid) form.set('MessagingServiceSid', messagingServiceSid);
    else form.set('From', from);
    if (request.statusCallback) form.set('StatusCallback', request.statusCallback);
    const url = `${baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    let response: Dispatcher.ResponseData;
    let payload: Record<string, unknown>;
    // One deadline for the whole exchange, connect to last byte: undici's own timers each cover
    // one phase only, and a body trickling in would never time out.
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new Error(`no complete answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    try {
      // undici's request rather than the global fetch: the same exchange without the WHATWG
      // request and stream objects, whose cost showed at a thousand texts a second.
      response = await httpRequest(url, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'i-twilio-idempotency-token': request.idempotencyKey,
        },
        body: form.toString(),
        signal: deadline.signal,
      });
      payload = (await response.body.json().catch((error: unknown) => {
        if (deadline.signal.aborted) throw error;
        return {};
      })) as Record<string, unknown>;
    } catch (error) {
      return {
        ok: false,
        httpStatus: null,
        code: null,
        message: `request failed: ${(error as Error).message}`,
      };
    } finally {
      clearTimeout(timer);
    }
    const ok = response.statusCode >= 200 && response.statusCode < 300;
    if (ok && typeof payload['sid'] === 'string') {
      const segments = Number(payload['num_segments']);
      return {
        ok: true,
        sid: payload['sid'],
        status: typeof payload['status'] === 'string' ? payload['status'] : 'queued',
        segments: Number.isFinite(segments) ? segments : null,
      };
    }
    return {
      ok: false,
      httpStatus: response.statusCode,
      code: typeof payload['code'] === 'number' ? payload['code'] : null,
      message: typeof payload['message'] === 'string' ? payload['message'] : `HTTP ${response.statusCode}`,
    };
  }
}
