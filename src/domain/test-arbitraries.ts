// fast-check arbitraries for the domain's property tests. Excluded from the build (test-*.ts).
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { Location } from './location.js';
import { SUBSTATUS_CODES, statusOf } from './status.js';
import type { Status, Substatus } from './status.js';
import type { EventSource, TrackingEvent } from './tracking-event.js';

export const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
] as const;

const MINUTE = 60_000;
export const EPOCH_2024 = Date.UTC(2024, 0, 1);

export interface InstantRange {
  readonly min: number;
  readonly max: number;
}

/** Mostly whole minutes in a short window, so scans often share an instant as minute-precise carriers do. */
export function instantMsArb(range: InstantRange = { min: EPOCH_2024, max: EPOCH_2024 + 30 * 86_400_000 }) {
  const slots = Math.max(0, Math.floor((range.max - range.min) / MINUTE));
  return fc.oneof(
    fc.integer({ min: 0, max: Math.min(slots, 40) }).map((slot) => range.min + slot * MINUTE),
    fc.integer({ min: range.min, max: range.max }),
  );
}

/** The same instant spelled in UTC or with the place's own offset: order must follow the instant. */
export function spellInstant(epochMs: number, zone: string, withOffset: boolean): string {
  if (!withOffset) return new Date(epochMs).toISOString();
  return DateTime.fromMillis(epochMs, { zone }).toISO({ includeOffset: true }) ?? '';
}

const LOCATIONS: readonly (Location | null)[] = [
  null,
  {},
  { city: 'Memphis', region: 'TN', country: 'US' },
  { city: 'Leipzig', postalCode: '04435', country: 'DE' },
  { country: 'NL' },
];

const SOURCES: readonly EventSource[] = [
  { adapter: 'ups', mode: 'pull' },
  { adapter: 'ups', mode: 'push', requestId: 'wh-1' },
  { adapter: 'x12-214', mode: 'import' },
  { adapter: 'simulator', mode: 'simulator' },
];

export interface EventShape {
  readonly substatuses?: readonly Substatus[];
  readonly range?: InstantRange;
  /** Keys come from a small pool so unrelated scans sometimes collide, as a bad carrier key would. */
  readonly keys?: fc.Arbitrary<string>;
}

export function substatusesOf(statuses: readonly Status[]): Substatus[] {
  return SUBSTATUS_CODES.filter((code) => statuses.includes(statusOf(code)));
}

export function trackingEventArb(shape: EventShape = {}): fc.Arbitrary<TrackingEvent> {
  return fc
    .record({
      epochMs: instantMsArb(shape.range),
      zone: fc.constantFrom(...ZONES),
      withOffset: fc.boolean(),
      substatus: fc.constantFrom(...(shape.substatuses ?? SUBSTATUS_CODES)),
      rawCode: fc.constantFrom('OD', 'DL', 'AR', 'DP', 'X1', 'RS'),
      location: fc.constantFrom(...LOCATIONS),
      source: fc.constantFrom(...SOURCES),
      dedupeKey: shape.keys ?? fc.integer({ min: 0, max: 30 }).map((n) => `k${n}`),
      carrierEstimate: fc.option(
        fc
          .integer({ min: 0, max: 20 })
          .map((days) => new Date(EPOCH_2024 + days * 86_400_000).toISOString().slice(0, 10)),
        { nil: undefined, freq: 3 },
      ),
    })
    .map((drawn): TrackingEvent => ({
      occurredAt: spellInstant(drawn.epochMs, drawn.zone, drawn.withOffset),
      zone: drawn.zone,
      status: statusOf(drawn.substatus),
      substatus: drawn.substatus,
      rawCode: drawn.rawCode,
      rawDescription: `${drawn.rawCode} scan`,
      location: drawn.location,
      source: drawn.source,
      dedupeKey: drawn.dedupeKey,
      carrierEstimate: drawn.carrierEstimate,
    }));
}

/**
 * A timeline as stored: scans in arrival order, some of them corrections of others (or of scans
 * we never received).
 */
export function timelineArb(shape: EventShape = {}, maxLength = 12): fc.Arbitrary<TrackingEvent[]> {
  return fc.array(trackingEventArb(shape), { maxLength }).chain((events) =>
    fc
      .array(
        fc.tuple(fc.nat(Math.max(0, events.length - 1)), fc.option(fc.nat(Math.max(0, events.length - 1)))),
        {
          maxLength: events.length === 0 ? 0 : 3,
        },
      )
      .map((corrections) => {
        const timeline = [...events];
        for (const [at, target] of corrections) {
          const event = timeline[at];
          if (event === undefined) continue;
          const corrects =
            target === null ? 'never-received' : (events[target]?.dedupeKey ?? 'never-received');
          timeline[at] = { ...event, corrects };
        }
        return timeline;
      }),
  );
}

/** The same scan delivered again by another channel: same dedupe key, different wrapping. */
export function otherChannelCopyArb(event: TrackingEvent): fc.Arbitrary<TrackingEvent> {
  return fc
    .record({ source: fc.constantFrom(...SOURCES), rawDescription: fc.constantFrom('Scan', 'SCAN', 'scan ') })
    .map((wrapping): TrackingEvent => ({ ...event, ...wrapping }));
}

/** Every order a list can arrive in. */
export function arrivalOrderArb<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}
