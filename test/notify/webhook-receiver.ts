import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  readonly webhookId: string;
  readonly timestamp: string;
  /** Whether `Webhook.verify` from the Standard Webhooks library accepted it. */
  readonly verified: boolean;
  readonly payload: { type: string; timestamp: string; data: Record<string, unknown> } | undefined;
  readonly path: string;
  readonly answered: number;
}

/**
 * A merchant's endpoint on 127.0.0.1: verifies each request with the Standard Webhooks library
 * and answers what `answer` says (by default 200); an unverified request gets 401.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Every endpoint's secret: a request verifies if one of them signed it. */
  readonly secrets: string[] = [];
  answer: (request: { webhookId: string; seen: number; path: string }) => number | Promise<number> = () =>
    200;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        void (async () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const webhookId = header(req.headers, 'webhook-id');
          let payload: ReceivedWebhook['payload'];
          let verified = false;
          for (const secret of this.secrets) {
            try {
              payload = new Webhook(secret).verify(body, {
                'webhook-id': webhookId,
                'webhook-timestamp': header(req.headers, 'webhook-timestamp'),
                'webhook-signature': header(req.headers, 'webhook-signature'),
              }) as ReceivedWebhook['payload'];
              verified = true;
              break;
            } catch {
              // another endpoint's secret, or a forgery
            }
          }
          const seen = this.received.filter((r) => r.webhookId === webhookId).length;
          const path = req.url ?? '/';
          const status = verified ? await this.answer({ webhookId, seen, path }) : 401;
          this.received.push({
            webhookId,
            timestamp: header(req.headers, 'webhook-timestamp'),
            verified,
            payload,
            path,
            answered: status,
          });
          res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
        })();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  /** Distinct webhook ids answered with a 2xx. */
  deliveredIds(): Set<string> {
    return new Set(this.received.filter((r) => r.answered < 300).map((r) => r.webhookId));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}
