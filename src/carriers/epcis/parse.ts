import type { Location } from '../../domain/location.js';
import type { Substatus } from '../../domain/status.js';
import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import { occurredAtOf } from './event-time.js';
import { trackingNumbersOf } from './identifiers.js';
import { locationsOf, record } from './master-data.js';
import {
  BIZ_STEP_MAP,
  cbvName,
  DISPOSITION_MAP,
  OVERRIDING_DISPOSITIONS,
  UNMAPPED_SUBSTATUS,
} from './status-map.js';

export const EPCIS_CARRIER = 'epcis';

/**
 * Pure: an EPCIS 2.0 document (JSON-LD, `type: EPCISDocument` with epcisBody.eventList, or an
 * EPCISQueryDocument), a bare list of events, or one event → scans and problems; never a
 * throw. Only ObjectEvents are read; other event types are 'unsupported' problems.
 */
export function parseEpcis(payload: unknown): ParseResult {
  const json = asJson(payload);
  if ('error' in json) return { scans: [], problems: [{ kind: 'invalid_payload', message: json.error }] };
  const located = eventsOf(json.value);
  if ('error' in located)
    return { scans: [], problems: [{ kind: 'invalid_payload', message: located.error }] };
  const places = record(json.value) ? locationsOf(record(json.value) as Record<string, unknown>) : new Map();
  const scans: CarrierScan[] = [];
  const problems: CarrierProblem[] = [];
  located.events.forEach((event, index) => {
    const result = parseEvent(event, `${located.pointer}/${index}`, places);
    scans.push(...result.scans);
    problems.push(...result.problems);
  });
  return { scans, problems };
}

function asJson(payload: unknown): { value: unknown } | { error: string } {
  if (Buffer.isBuffer(payload)) return asJson(payload.toString('utf8'));
  if (typeof payload !== 'string') return { value: payload };
  try {
    return { value: JSON.parse(payload) as unknown };
  } catch (error) {
    return { error: `the body is not JSON: ${(error as Error).message.slice(0, 200)}` };
  }
}

function eventsOf(value: unknown): { events: unknown[]; pointer: string } | { error: string } {
  if (Array.isArray(value)) return { events: value, pointer: '' };
  const doc = record(value);
  if (!doc) return { error: 'an EPCIS capture is an EPCISDocument, a list of events or one event' };
  if (doc['type'] === 'EPCISDocument') {
    const list = record(doc['epcisBody'])?.['eventList'];
    if (!Array.isArray(list)) return { error: 'the EPCISDocument has no epcisBody.eventList array' };
    return { events: list, pointer: '/epcisBody/eventList' };
  }
  if (doc['type'] === 'EPCISQueryDocument') {
    const list = record(record(record(doc['epcisBody'])?.['queryResults'])?.['resultsBody'])?.['eventList'];
    if (!Array.isArray(list))
      return { error: 'the EPCISQueryDocument has no epcisBody.queryResults.resultsBody.eventList array' };
    return { events: list, pointer: '/epcisBody/queryResults/resultsBody/eventList' };
  }
  if (typeof doc['type'] === 'string' && doc['type'].endsWith('Event')) return { events: [doc], pointer: '' };
  return { error: 'an EPCIS capture is an EPCISDocument, a list of events or one event (no known "type")' };
}

function parseEvent(value: unknown, at: string, places: ReadonlyMap<string, Location>): ParseResult {
  const problem = (kind: CarrierProblem['kind'], message: string, trackingNumber?: string): ParseResult => ({
    scans: [],
    problems: [{ kind, message, at: at || '/', ...(trackingNumber ? { trackingNumber } : {}) }],
  });
  const event = record(value);
  if (!event) return problem('invalid_payload', 'an event must be a JSON object');
  const type = event['type'];
  if (type !== 'ObjectEvent') {
    return problem(
      typeof type === 'string' && type.endsWith('Event') ? 'unsupported' : 'invalid_payload',
      typeof type === 'string' && type.endsWith('Event')
        ? `${type.slice(0, 40)} is not read; only ObjectEvents become scans`
        : 'the event has no known "type"',
    );
  }
  const numbers = trackingNumbersOf(event);
  const first = numbers[0];
  if (event['errorDeclaration'] !== undefined) {
    return problem(
      'unsupported',
      'error declarations (corrections of earlier events) are not applied',
      first,
    );
  }
  if (!first) {
    return problem(
      Array.isArray(event['epcList']) && event['epcList'].length > 0 ? 'unsupported' : 'invalid_payload',
      'no tracking number: give an SSCC, SGTIN or GRAI in epcList, or a carrierTrackingNumber extension',
    );
  }
  const time = occurredAtOf(event['eventTime'], event['eventTimeZoneOffset']);
  if ('error' in time) return problem('invalid_payload', time.error, first);

  const bizStep = cbvName(event['bizStep']);
  const disposition = cbvName(event['disposition']);
  const readPoint = idOf(event['readPoint']);
  const bizLocation = idOf(event['bizLocation']);
  const status = statusOf(bizStep, disposition, atDestination(event, bizLocation ?? readPoint));
  const location = (bizLocation && places.get(bizLocation)) ?? (readPoint && places.get(readPoint));
  const description = [
    bizStep && Object.hasOwn(BIZ_STEP_MAP, bizStep)
      ? BIZ_STEP_MAP[bizStep as keyof typeof BIZ_STEP_MAP].meaning
      : bizStep,
    disposition && Object.hasOwn(DISPOSITION_MAP, disposition)
      ? DISPOSITION_MAP[disposition as keyof typeof DISPOSITION_MAP].meaning.toLowerCase()
      : disposition,
  ]
    .filter(Boolean)
    .join(', ');
  const scans = numbers.map((trackingNumber): CarrierScan => ({
    trackingNumber,
    carrier: EPCIS_CARRIER,
    occurredAt: time.occurredAt,
    status: status.substatus,
    rawCode: [bizStep, disposition].filter(Boolean).join('/').slice(0, 200) || 'ObjectEvent',
    rawDescription: `${description.charAt(0).toUpperCase()}${description.slice(1, 500)}`,
    ...(location ? { location } : {}),
    ...(status.unmapped ? { unmapped: true as const } : {}),
  }));
  return { scans, problems: [] };
}

/** Disposition first when it says damaged, gone or returned; else the business step; else the disposition. */
function statusOf(
  bizStep: string | undefined,
  disposition: string | undefined,
  atDestination: boolean,
): { substatus: Substatus; unmapped: boolean } {
  const byDisposition =
    disposition && Object.hasOwn(DISPOSITION_MAP, disposition)
      ? DISPOSITION_MAP[disposition as keyof typeof DISPOSITION_MAP].substatus
      : undefined;
  if (byDisposition && disposition && OVERRIDING_DISPOSITIONS.has(disposition))
    return { substatus: byDisposition, unmapped: false };
  if (bizStep && Object.hasOwn(BIZ_STEP_MAP, bizStep)) {
    if (bizStep === 'receiving' && atDestination) return { substatus: 'delivered.standard', unmapped: false };
    return { substatus: BIZ_STEP_MAP[bizStep as keyof typeof BIZ_STEP_MAP].substatus, unmapped: false };
  }
  if (!bizStep && byDisposition) return { substatus: byDisposition, unmapped: false };
  return { substatus: UNMAPPED_SUBSTATUS, unmapped: true };
}

/** Received where the shipment was going: a `location` destination that is this event's place. */
function atDestination(event: Readonly<Record<string, unknown>>, place: string | undefined): boolean {
  if (!place || !Array.isArray(event['destinationList'])) return false;
  return event['destinationList'].some((entry) => {
    const destination = record(entry);
    return (
      cbvName(destination?.['type'])?.endsWith('location') === true && destination?.['destination'] === place
    );
  });
}

function idOf(value: unknown): string | undefined {
  const id = record(value)?.['id'];
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}
