import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import type { Location } from '../../domain/location.js';
import type { Substatus } from '../../domain/status.js';
import { zoneOfPlace } from '../place-zone.js';
import { flagOf, listOf, recordOf, textOf, type JsonRecord } from '../payload/json.js';
import { problemOf, saysNotFound } from '../payload/problem.js';
import { locationOf } from '../payload/scan-builder.js';
import { byTime, isoDateOf, localTimeIn, timeWithOffset } from '../payload/scan-time.js';
import { refineByText } from '../payload/text-refine.js';
import { dhlEntry } from './status-map.js';

const CARRIER = 'dhl';

/**
 * A DHL Unified Tracking answer (`shipments[]`, or an RFC 7807 problem body) → scans and
 * problems. Pure and total.
 */
export function parseDhl(payload: unknown): ParseResult {
  const root = recordOf(payload);
  if (!root)
    return { scans: [], problems: [problemOf('invalid_payload', 'DHL answer is not a JSON object')] };
  if (!Array.isArray(root.shipments)) {
    const title = textOf(root.title, 200);
    const detail = textOf(root.detail, 500);
    if (title || detail) {
      const status = textOf(root.status, 8);
      const kind = status === '404' || saysNotFound(title, detail) ? 'not_found' : 'carrier_error';
      return { scans: [], problems: [problemOf(kind, [title, detail].filter(Boolean).join(': '), '')] };
    }
    return { scans: [], problems: [problemOf('invalid_payload', 'no shipments and no problem details', '')] };
  }
  const scans: CarrierScan[] = [];
  const problems: CarrierProblem[] = [];
  root.shipments.forEach((raw: unknown, s: number) => {
    const shipment = recordOf(raw);
    const at = `/shipments/${s}`;
    if (!shipment) return void problems.push(problemOf('invalid_payload', 'shipment is not an object', at));
    const trackingNumber = textOf(shipment.id, 64);
    if (!trackingNumber) return void problems.push(problemOf('invalid_payload', 'shipment has no id', at));
    scans.push(...shipmentScans(shipment, trackingNumber, at, problems));
  });
  return { scans, problems };
}

function shipmentScans(
  shipment: JsonRecord,
  trackingNumber: string,
  at: string,
  problems: CarrierProblem[],
): CarrierScan[] {
  const pending: { scan: CarrierScan; ms: number; index: number }[] = [];
  listOf(shipment.events).forEach((raw, index) => {
    const event = recordOf(raw);
    const eventAt = `${at}/events/${index}`;
    if (!event)
      return void problems.push(
        problemOf('invalid_payload', 'event is not an object', eventAt, trackingNumber),
      );
    const location = dhlLocation(recordOf(recordOf(event.location)?.address));
    const timestamp = textOf(event.timestamp, 40);
    const time =
      timeWithOffset(timestamp) ?? localTimeIn(timestamp, location ? zoneOfPlace(location) : undefined);
    if (!time) {
      return void problems.push(
        problemOf(
          'invalid_payload',
          'event has no readable timestamp (or no place to find its zone)',
          eventAt,
          trackingNumber,
        ),
      );
    }
    const code = textOf(event.statusCode, 40);
    const entry = dhlEntry(code);
    const texts = [textOf(event.status), textOf(event.statusDetailed), textOf(event.description)];
    const substatus: Substatus = entry ? refine(entry.substatus, texts) : 'in_transit.other';
    const description = texts
      .filter(Boolean)
      .filter((t, i, all) => all.indexOf(t) === i)
      .join(': ');
    if (!code && !description) {
      return void problems.push(
        problemOf(
          'invalid_payload',
          'event has neither a status code nor a description',
          eventAt,
          trackingNumber,
        ),
      );
    }
    pending.push({
      ms: time.ms,
      index,
      scan: {
        trackingNumber,
        carrier: CARRIER,
        occurredAt: time.occurredAt,
        ...(time.zone ? { zone: time.zone } : {}),
        status: substatus,
        ...(code ? { rawCode: code } : {}),
        ...(description ? { rawDescription: description } : {}),
        ...(location ? { location } : {}),
        ...(entry ? {} : { unmapped: true as const }),
      },
    });
  });
  pending.sort(byTime);
  const last = pending.at(-1);
  if (last) {
    // returnFlag describes the shipment now, so it only recolours the newest event.
    if (flagOf(shipment.returnFlag) === true)
      last.scan = { ...last.scan, status: asReturn(last.scan.status as Substatus) };
    const pod = recordOf(recordOf(shipment.details)?.proofOfDelivery);
    if (last.scan.status === 'delivered.standard' && recordOf(pod?.signed))
      last.scan = { ...last.scan, status: 'delivered.signed' };
    const estimate = isoDateOf(textOf(shipment.estimatedTimeOfDelivery, 40));
    if (estimate && !last.scan.status.startsWith('delivered'))
      last.scan = { ...last.scan, carrierEstimate: estimate };
  }
  return pending.map((p) => p.scan);
}

/** The reference's refinements: wording decides out-for-delivery, pickup, attempts and returns. */
function refine(substatus: Substatus, texts: readonly (string | undefined)[]): Substatus {
  const text = texts.filter(Boolean).join(' | ');
  if (substatus === 'in_transit.other') {
    if (/out for delivery|with delivery courier/i.test(text)) return 'out_for_delivery.on_vehicle';
    if (/packstation|parcel locker/i.test(text)) return 'available_for_pickup.locker';
    if (
      /ready for pick ?up|available (?:for pick ?up )?at (?:the |a )?(?:dhl )?service ?point|ready for collection/i.test(
        text,
      )
    ) {
      return 'available_for_pickup.pickup_point';
    }
    if (/customs|clearance/i.test(text)) return 'in_transit.customs';
    return substatus;
  }
  if (substatus === 'exception.other') {
    if (/returned|return to sender|returning/i.test(text)) return 'return_to_sender.initiated';
    if (/attempt|not at home/i.test(text)) return refineByText('attempt_failed.other', text);
  }
  return refineByText(substatus, text);
}

function asReturn(substatus: Substatus): Substatus {
  if (substatus.startsWith('delivered')) return 'return_to_sender.delivered';
  if (substatus.startsWith('in_transit') || substatus.startsWith('out_for_delivery'))
    return 'return_to_sender.in_transit';
  return substatus;
}

/** DHL Express writes the place as "CITY - COUNTRY"; other units give the parts. */
function dhlLocation(address: JsonRecord | undefined): Location | null {
  const locality = textOf(address?.addressLocality, 200);
  const dash = locality?.lastIndexOf(' - ') ?? -1;
  const city = locality && dash > 0 ? locality.slice(0, dash) : locality;
  const countryName = locality && dash > 0 ? locality.slice(dash + 3) : undefined;
  return locationOf({
    city,
    region: address?.addressRegion,
    postalCode: address?.postalCode,
    country: textOf(address?.countryCode, 8) ?? countryName,
  });
}
