import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { WaybillError } from '../../domain/errors.js';
import type { Store } from '../../store/open-store.js';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  deleteExpiredIdempotencyKeys,
  findIdempotencyKey,
  releaseIdempotencyKey,
  takeOverIdempotencyKey,
  type IdempotencyRecord,
} from '../../store/repositories/idempotency-keys.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The Idempotency-Key this request holds while it runs, until its answer is stored. */
    idempotencyKey?: string | undefined;
  }
}

/** How long a key and its first answer are kept, per tenant. */
export const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
// A running request holds its key this long; if its process dies, a retry may run after that.
const LOCK_MS = 60_000;
// A repeat that arrives while the first is still running waits this long for its answer.
const WAIT_MS = 10_000;
const POLL_MS = 50;
const SWEEP_EVERY = 200;
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` on every POST of this scope (Stripe's convention): the first request with a
 * key runs and its answer, status included, is kept for 24 hours; the same key with the same
 * request gets that answer again (`Idempotent-Replayed: true`), even on another node or after a
 * restart; the same key with another path or body is refused with 422. A repeat that arrives while
 * the first is still running waits for its answer. Answers of 5xx are not kept: a retry runs again.
 */
export function idempotencyKeys(app: FastifyInstance, store: Store, clock: () => Date): void {
  let claims = 0;
  const claim = async (request: FastifyRequest, reply: FastifyReply, key: string): Promise<void> => {
    const tenantId = request.tenantId;
    const hash = requestHash(request);
    const waitUntil = Date.now() + WAIT_MS;
    for (;;) {
      const now = clock();
      const at = now.toISOString();
      const lockedUntil = new Date(now.getTime() + LOCK_MS).toISOString();
      await deleteExpiredIdempotencyKeys(store.db, at, { tenantId, key });
      const claimed = await claimIdempotencyKey(store.db, {
        tenant_id: tenantId,
        key,
        request_hash: hash,
        status: null,
        content_type: null,
        body: null,
        locked_until: lockedUntil,
        created_at: at,
        expires_at: new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString(),
      });
      if (claimed) {
        request.idempotencyKey = key;
        if ((claims += 1) % SWEEP_EVERY === 0) await deleteExpiredIdempotencyKeys(store.db, at);
        return;
      }
      const first = await findIdempotencyKey(store.db, tenantId, key);
      if (first === undefined) continue; // expired and deleted in between: claim it again
      if (first.request_hash !== hash)
        throw new WaybillError(
          'idempotency_key_reused',
          `the Idempotency-Key ${JSON.stringify(key)} was used in the last 24 hours for a request to another path or with another body`,
        );
      if (first.status !== null) return replay(reply, first);
      if (await takeOverIdempotencyKey(store.db, tenantId, key, at, lockedUntil)) {
        request.idempotencyKey = key;
        return;
      }
      if (Date.now() >= waitUntil) {
        void reply.header('retry-after', '1');
        throw new WaybillError(
          'idempotency_key_in_use',
          `the first request with the Idempotency-Key ${JSON.stringify(key)} has not finished yet; retry in a moment`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };

  const keep = async (request: FastifyRequest, reply: FastifyReply, key: string, payload: unknown) => {
    try {
      if (reply.statusCode >= 500) await releaseIdempotencyKey(store.db, request.tenantId, key);
      else
        await completeIdempotencyKey(store.db, request.tenantId, key, {
          status: reply.statusCode,
          contentType: headerText(reply.getHeader('content-type')),
          body: bodyText(payload),
        });
    } catch (error) {
      // The answer still goes out; the key stays held until LOCK_MS passes, then a retry runs.
      request.log.warn(
        { err: error, idempotencyKey: key },
        'could not store the answer for an Idempotency-Key',
      );
    }
  };

  // Callback hooks that return at once for the requests without a key (every read): an async
  // hook would cost each of them a promise and a turn of the event loop, twice.
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method !== 'POST') return done();
    let key: string | undefined;
    try {
      key = keyOf(request);
    } catch (error) {
      return done(error as Error);
    }
    if (key === undefined) return done();
    claim(request, reply, key).then(() => done(), done);
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    const key = request.idempotencyKey;
    if (key === undefined) return done(null, payload);
    request.idempotencyKey = undefined;
    void keep(request, reply, key, payload).then(() => done(null, payload));
  });
}

function keyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !KEY_SHAPE.test(header))
    throw new WaybillError('validation_failed', 'Idempotency-Key is not valid', {
      problems: [
        {
          field: 'header.idempotency-key',
          message: 'send one key of 1–255 visible ASCII characters, such as a UUID',
        },
      ],
    });
  return header;
}

/** The method, path and body, the body's object keys sorted so that key order does not matter. */
function requestHash(request: FastifyRequest): string {
  const body = request.body;
  const text =
    typeof body === 'string'
      ? body
      : Buffer.isBuffer(body)
        ? body.toString('base64')
        : JSON.stringify(canonical(body ?? null));
  return createHash('sha256').update(`${request.method} ${request.url}\n${text}`).digest('base64url');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

function replay(reply: FastifyReply, first: IdempotencyRecord): FastifyReply {
  void reply.header('idempotent-replayed', 'true');
  if (first.content_type !== null) void reply.type(first.content_type);
  return reply.code(first.status ?? 200).send(first.body ?? '');
}

function headerText(value: unknown): string | null {
  return typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : null;
}

function bodyText(payload: unknown): string {
  if (typeof payload === 'string') return payload;
  if (Buffer.isBuffer(payload)) return payload.toString('utf8');
  return '';
}
