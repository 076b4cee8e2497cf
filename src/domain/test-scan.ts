// A terse builder for example-based tests. Excluded from the build (test-*.ts).
import { statusOf } from './status.js';
import type { Substatus } from './status.js';
import type { TrackingEvent } from './tracking-event.js';

/** One scan; its dedupe key defaults to substatus@time, so two calls for one scan collide like real copies. */
export function scan(
  substatus: Substatus,
  occurredAt: string,
  extra: Partial<TrackingEvent> = {},
): TrackingEvent {
  return {
    occurredAt,
    zone: 'UTC',
    status: statusOf(substatus),
    substatus,
    rawCode: substatus.toUpperCase(),
    rawDescription: substatus,
    location: null,
    source: { adapter: 'simulator', mode: 'simulator' },
    dedupeKey: `${substatus}@${occurredAt}`,
    ...extra,
  };
}
