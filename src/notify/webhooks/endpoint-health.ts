import type { Store } from '../../store/open-store.js';
import type { Executor } from '../../store/executor.js';
import { appendToOutbox } from '../../store/repositories/outbox.js';
import { ENDPOINT_DISABLED } from './event-types.js';

/** A delivered message proves the endpoint works: the run of dead letters is over. */
export async function noteDelivered(db: Executor, endpointId: string): Promise<void> {
  await db
    .updateTable('webhook_endpoints')
    .set({ consecutive_dead_letters: 0 })
    .where('id', '=', endpointId)
    .where('consecutive_dead_letters', '>', 0)
    .execute();
}

export interface DisableOutcome {
  readonly disabled: boolean;
  readonly deadLetters: number;
}

/**
 * Counts a dead letter; the `threshold`-th in a row (or a `410 Gone`, which says "stop") disables
 * the endpoint and tells the merchant through the outbox: a `webhook_endpoint.disabled` message,
 * which their other endpoints receive and which the endpoint's status shows.
 */
export async function noteDeadLetter(
  store: Store,
  db: Executor,
  input: { tenantId: string; endpointId: string; threshold: number; gone: boolean; reason: string },
  now: Date,
): Promise<DisableOutcome> {
  await db
    .updateTable('webhook_endpoints')
    .set((eb) => ({ consecutive_dead_letters: eb('consecutive_dead_letters', '+', 1) }))
    .where('id', '=', input.endpointId)
    .execute();
  const row = await db
    .selectFrom('webhook_endpoints')
    .select(['enabled', 'consecutive_dead_letters'])
    .where('id', '=', input.endpointId)
    .executeTakeFirst();
  if (!row) return { disabled: false, deadLetters: 0 };
  const deadLetters = row.consecutive_dead_letters;
  if (row.enabled !== 1 || (!input.gone && deadLetters < input.threshold))
    return { disabled: false, deadLetters };
  const reason = input.gone
    ? `the endpoint answered 410 Gone: ${input.reason}`
    : `${deadLetters} messages in a row failed for the whole retry window; last: ${input.reason}`;
  const updated = await db
    .updateTable('webhook_endpoints')
    .set({
      enabled: 0,
      disabled_reason: reason,
      disabled_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .where('id', '=', input.endpointId)
    .where('enabled', '=', 1)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return { disabled: false, deadLetters };
  // Last in the transaction, as appendToOutbox asks.
  await appendToOutbox(
    db,
    store.caps,
    [
      {
        tenantId: input.tenantId,
        shipmentId: null,
        type: ENDPOINT_DISABLED,
        payload: { endpointId: input.endpointId, reason, deadLetters, disabledAt: now.toISOString() },
      },
    ],
    now,
  );
  return { disabled: true, deadLetters };
}
