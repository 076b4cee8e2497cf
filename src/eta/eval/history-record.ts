import type { EpochDay } from '../calendar/civil-day.js';
import { localDayOf, parseInstant } from '../calendar/local-day.js';
import type { Lane } from '../lane.js';

// One row of a delivery history, checked. A row that cannot be used is not dropped silently: it
// comes back as a reason, and the report counts rows by reason.

export const REQUIRED_COLUMNS = ['id', 'shipped_at', 'delivered_at'] as const;

export const BAD_ROW_REASONS = [
  'missing_id',
  'missing_shipped_at',
  'missing_delivered_at',
  'invalid_purchased_at',
  'invalid_shipped_at',
  'invalid_delivered_at',
  'invalid_promised_at',
  'shipped_before_purchased',
  'delivered_before_shipped',
] as const;
export type BadRowReason = (typeof BAD_ROW_REASONS)[number];

export interface HistoryRecord {
  readonly id: string;
  readonly lane: Lane;
  readonly purchasedAt: number | undefined;
  readonly shippedAt: number;
  readonly deliveredAt: number;
  /** The delivery's calendar date in the data's zone. */
  readonly deliveredDay: EpochDay;
  /** The promised date as a calendar date in the data's zone, when the row has one. */
  readonly promisedDay: EpochDay | undefined;
}

export interface RecordContext {
  /** Zone the file's offset-less timestamps are local to. */
  readonly zone: string;
  /** Country of the deliveries (ISO alpha-2), for holidays. */
  readonly country: string | undefined;
}

type Parsed = { readonly value: number | undefined } | { readonly bad: true };

function instantOf(text: string | undefined, zone: string): Parsed {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return { value: undefined };
  const value = parseInstant(trimmed, zone);
  return value === undefined ? { bad: true } : { value };
}

function placeOf(
  row: Readonly<Record<string, string>>,
  end: 'origin' | 'destination',
  country: string | undefined,
) {
  const value = (column: string): string | undefined => row[`${end}_${column}`]?.trim() || undefined;
  return {
    country,
    region: value('region'),
    postalCode: value('postal_code') ?? value('zip_prefix'),
    city: value('city'),
  };
}

export function readHistoryRecord(
  row: Readonly<Record<string, string>>,
  context: RecordContext,
): HistoryRecord | BadRowReason {
  const id = row.id?.trim() ?? '';
  if (id === '') return 'missing_id';
  const { zone, country } = context;
  const shipped = instantOf(row.shipped_at, zone);
  const delivered = instantOf(row.delivered_at, zone);
  const purchased = instantOf(row.purchased_at, zone);
  const promised = instantOf(row.promised_at, zone);
  if ('bad' in shipped) return 'invalid_shipped_at';
  if ('bad' in delivered) return 'invalid_delivered_at';
  if ('bad' in purchased) return 'invalid_purchased_at';
  if ('bad' in promised) return 'invalid_promised_at';
  if (shipped.value === undefined) return 'missing_shipped_at';
  if (delivered.value === undefined) return 'missing_delivered_at';
  if (purchased.value !== undefined && shipped.value < purchased.value) return 'shipped_before_purchased';
  if (delivered.value < shipped.value) return 'delivered_before_shipped';
  const carrier = row.carrier_or_mode?.trim() || 'unknown';
  return {
    id,
    lane: {
      carrier,
      origin: placeOf(row, 'origin', country),
      destination: placeOf(row, 'destination', country),
      // Handling time is the merchant's: in the marketplace data, the seller.
      merchant: row.seller_id?.trim() || row.merchant?.trim() || undefined,
    },
    purchasedAt: purchased.value,
    shippedAt: shipped.value,
    deliveredAt: delivered.value,
    deliveredDay: localDayOf(delivered.value, zone),
    promisedDay: promised.value === undefined ? undefined : localDayOf(promised.value, zone),
  };
}
