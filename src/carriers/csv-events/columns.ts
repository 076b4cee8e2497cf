/**
 * The columns of an events CSV, in the order the docs list them (docs/imports.md). Only
 * tracking_number, occurred_at and one of status/raw_code are required; names are matched
 * loosely (see columnName), and unknown columns are reported once and ignored.
 */
export const EVENT_COLUMNS = {
  tracking_number: 'The tracking number (spaces, dashes and dots are ignored).',
  carrier: 'Carrier id such as "ups"; empty means "custom".',
  occurred_at:
    'ISO 8601 date-time. With an offset (2026-11-20T09:15:00+01:00 or Z), or local wall time, read in `zone` or else in the zone of the place.',
  zone: 'IANA time zone of the scan (Europe/Berlin), for local times.',
  status: 'Waybill status or substatus (delivered, delivered.signed). Anything else is kept as a raw code.',
  raw_code: "The carrier's own code, kept as it is.",
  description: "The carrier's wording.",
  city: 'City of the scan.',
  region: 'State, province or region.',
  postal_code: 'Postal code.',
  country: 'ISO 3166-1 alpha-2 country code.',
  carrier_estimate: "The carrier's delivery estimate carried by this scan (YYYY-MM-DD).",
} as const;

export type EventColumn = keyof typeof EVENT_COLUMNS;

export const REQUIRED_EVENT_COLUMNS: readonly EventColumn[] = ['tracking_number', 'occurred_at'];
