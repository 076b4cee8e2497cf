import { createECDH, randomBytes, type ECDH } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

const FIXTURES = new URL('./fixtures/', import.meta.url);
/** A self-signed certificate for 127.0.0.1 and localhost: web-push only speaks https. */
export const PUSH_SERVICE_CA = readFileSync(new URL('push-service.crt', FIXTURES));

// The aes128gcm decoder web-push itself encrypts with (RFC 8188): a browser's side of the exchange.
const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt(buffer: Buffer, params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: string }): Buffer;
};

export interface PushRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A push service on 127.0.0.1 (RFC 8030): records each request, answers 201 unless told otherwise. */
export class LocalPushService {
  readonly requests: PushRequest[] = [];
  answer: (request: PushRequest) => number = () => 201;
  private server: Server | undefined;

  async start(): Promise<number> {
    this.server = createServer(
      { cert: PUSH_SERVICE_CA, key: readFileSync(new URL('push-service.key', FIXTURES)) },
      (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          const request = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks) };
          this.requests.push(request);
          const status = this.answer(request);
          res
            .writeHead(
              status,
              status === 201 ? { location: `https://127.0.0.1/messages/${this.requests.length}` } : {},
            )
            .end();
        });
      },
    );
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** What a browser hands over from `pushManager.subscribe()`, and the means to read what it receives. */
export function browserSubscription(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16).toString('base64url');
  return {
    subscription: { endpoint, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth } },
    decrypt: (body: Buffer) =>
      ece.decrypt(body, { version: 'aes128gcm', privateKey: ecdh, authSecret: auth }),
  };
}
