import { DateTime, IANAZone } from 'luxon';
import type { Location } from '../../domain/location.js';
import type { CarrierProblem, CarrierScan, ParseResult } from '../carrier.js';
import { zoneOfPlace } from '../place-zone.js';
import { EVENT_COLUMNS, REQUIRED_EVENT_COLUMNS } from './columns.js';
import { readCsv, type CsvRow } from './read-csv.js';
import { CSV_STATUS_MAP, UNMAPPED_SUBSTATUS } from './status-map.js';

const HAS_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/i;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Pure: the text of an events CSV → scans and problems, one problem per bad line (`line N`,
 * counting the header as line 1). A missing required column is one problem and no scans.
 */
export function parseEventsCsv(payload: unknown): ParseResult {
  const text =
    typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : undefined;
  if (text === undefined)
    return { scans: [], problems: [{ kind: 'invalid_payload', message: 'a CSV file is text' }] };
  const table = readCsv(text);
  if ('error' in table)
    return { scans: [], problems: [{ kind: 'invalid_payload', message: table.error, at: 'line 1' }] };
  const missing = REQUIRED_EVENT_COLUMNS.filter((column) => !table.columns.includes(column));
  if (!table.columns.includes('status') && !table.columns.includes('raw_code')) missing.push('status');
  if (missing.length > 0) {
    return {
      scans: [],
      problems: [
        {
          kind: 'invalid_payload',
          message: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (it has ${table.columns.join(', ').slice(0, 300)})`,
          at: 'line 1',
        },
      ],
    };
  }
  const problems: CarrierProblem[] = [];
  const unknown = table.columns.filter((column) => column && !Object.hasOwn(EVENT_COLUMNS, column));
  if (unknown.length > 0) {
    problems.push({
      kind: 'unsupported',
      message: `columns ignored: ${unknown.join(', ').slice(0, 300)}`,
      at: 'line 1',
    });
  }
  for (const bad of table.badLines) {
    problems.push({ kind: 'invalid_payload', message: bad.message, at: `line ${bad.line}` });
  }
  const scans: CarrierScan[] = [];
  for (const row of table.rows) {
    const result = scanOf(row);
    if ('problem' in result) problems.push(result.problem);
    else scans.push(result.scan);
  }
  problems.sort((a, b) => lineOf(a) - lineOf(b));
  return { scans, problems };
}

function scanOf(row: CsvRow): { scan: CarrierScan } | { problem: CarrierProblem } {
  const c = row.cells;
  const trackingNumber = c['tracking_number'];
  const problem = (message: string) => ({
    problem: {
      kind: 'invalid_payload' as const,
      message,
      at: `line ${row.line}`,
      ...(trackingNumber ? { trackingNumber } : {}),
    },
  });
  if (!trackingNumber) return problem('tracking_number is empty');
  const status = c['status'];
  const rawCode = c['raw_code'];
  if (!status && !rawCode) return problem('status and raw_code are both empty');
  const occurredAt = c['occurred_at'];
  if (!occurredAt) return problem('occurred_at is empty');
  const carrier = (c['carrier'] ?? 'custom').toLowerCase();
  if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(carrier))
    return problem(`carrier "${carrier.slice(0, 40)}" is not a carrier id such as "ups"`);
  const location = locationOf(row);
  let zone = c['zone'];
  if (zone !== undefined && !IANAZone.isValidZone(zone))
    return problem(`zone "${zone.slice(0, 60)}" is not an IANA time zone`);
  const offset = HAS_OFFSET.exec(occurredAt)?.[0];
  const wallTime = offset === undefined ? occurredAt : occurredAt.slice(0, -offset.length);
  const notIso = () => problem(`occurred_at "${occurredAt.slice(0, 60)}" is not an ISO 8601 date-time`);
  if (!ISO_LOCAL.test(wallTime)) return notIso();
  if (offset === undefined) {
    zone ??= location ? zoneOfPlace(location) : undefined;
    if (!zone)
      return problem('occurred_at has no offset, and neither zone nor a country says where it is local');
  }
  const parsed = DateTime.fromISO(
    occurredAt.replace(' ', 'T'),
    offset === undefined ? { zone } : { setZone: true },
  );
  if (!parsed.isValid) return notIso();
  const estimate = c['carrier_estimate'];
  if (estimate !== undefined && !ISO_DATE.test(estimate))
    return problem('carrier_estimate must be a date (YYYY-MM-DD)');
  const mapped = status && Object.hasOwn(CSV_STATUS_MAP, status) ? CSV_STATUS_MAP[status] : undefined;
  return {
    scan: {
      trackingNumber,
      carrier,
      occurredAt: occurredAt.replace(' ', 'T'),
      ...(zone ? { zone } : {}),
      status: mapped?.substatus ?? UNMAPPED_SUBSTATUS,
      // Without a raw code, a known status needs none (the pipeline uses the substatus); an unknown one is the raw code.
      ...(rawCode ? { rawCode } : mapped ? {} : { rawCode: status }),
      ...(c['description'] ? { rawDescription: c['description'] } : {}),
      ...(location ? { location } : {}),
      ...(estimate ? { carrierEstimate: estimate } : {}),
      ...(mapped ? {} : { unmapped: true as const }),
    },
  };
}

function locationOf(row: CsvRow): Location | undefined {
  const c = row.cells;
  const place: Record<string, string> = {};
  if (c['city']) place['city'] = c['city'];
  if (c['region']) place['region'] = c['region'];
  if (c['postal_code']) place['postalCode'] = c['postal_code'];
  if (c['country']) place['country'] = c['country'].toUpperCase();
  return Object.keys(place).length > 0 ? (place as Location) : undefined;
}

function lineOf(problem: CarrierProblem): number {
  return Number(/^line (\d+)/.exec(problem.at ?? '')?.[1] ?? 0);
}
