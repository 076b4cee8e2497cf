import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request ids behind the work being done now: one HTTP request while it is handled, or the
 * requests that caused the outbox messages a subscriber is handling. Outbox messages written
 * inside a request remember its id (appendToOutbox), so a notification or webhook that a request
 * caused can be found in the logs by that request's id.
 */
interface RequestContext {
  readonly requestIds: readonly string[];
  /** Inside an HTTP request, whose logger already names it (Fastify's `reqId`). */
  readonly http: boolean;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` as part of the HTTP request `requestId`. */
export function inRequest<T>(requestId: string, work: () => T): T {
  return storage.run({ requestIds: [requestId], http: true }, work);
}

/** Runs `work` on behalf of the requests that caused it (none: it runs as it is). */
export function causedBy<T>(requestIds: readonly (string | null)[], work: () => T): T {
  const known = [...new Set(requestIds.filter((id): id is string => id !== null))];
  return known.length === 0 ? work() : storage.run({ requestIds: known, http: false }, work);
}

/** The request the current work belongs to, when it is exactly one. */
export function currentRequestId(): string | undefined {
  const ids = storage.getStore()?.requestIds;
  return ids?.length === 1 ? ids[0] : undefined;
}

/**
 * Fields for every log line (pino's mixin): the request ids behind work the outbox relay does.
 * Request handlers' lines are left alone, since Fastify's logger names their request already.
 */
export function requestLogFields(): Record<string, unknown> {
  const context = storage.getStore();
  if (!context || context.http) return {};
  const [first, ...more] = context.requestIds;
  return more.length === 0 ? { reqId: first } : { reqIds: context.requestIds };
}
