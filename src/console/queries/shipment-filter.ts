import { DateTime } from 'luxon';
import { EXCEPTION_REASONS, isStatus, type ExceptionReason, type Status } from '../../domain/status.js';
import { normalizeTrackingNumber } from '../../ingest/normalize.js';
import { toE164 } from '../../notify/sms/phone.js';
import type { FormFields } from '../http/forms.js';

// The shipment list's filters as the URL carries them, checked and typed. Unknown values are
// dropped, not errors: a filter link from an older version still opens a list.

export const FLAGS = ['delayed', 'stalled', 'exception', 'late'] as const;
export type Flag = (typeof FLAGS)[number];

/** Who must act on an exception, in the merchant's words. */
export const ACTORS = ['merchant', 'customer', 'carrier'] as const;
export type Actor = (typeof ACTORS)[number];

export const ACTOR_REASONS: Record<Actor, readonly ExceptionReason[]> = {
  merchant: ['retailer'],
  customer: ['consignee'],
  carrier: ['carrier', 'customs', 'force_majeure'],
};

export function actorOfReason(reason: ExceptionReason | null): Actor | null {
  if (reason === null) return null;
  return ACTORS.find((actor) => ACTOR_REASONS[actor].includes(reason)) ?? null;
}

export const SORTS = ['newest', 'oldest', 'number'] as const;
export type Sort = (typeof SORTS)[number];

export interface ShipmentFilter {
  /** Free text: tracking number (or its start), order reference, recipient email or phone. */
  readonly q: string;
  readonly statuses: readonly Status[];
  readonly carriers: readonly string[];
  readonly service: string;
  readonly flags: readonly Flag[];
  readonly actor: Actor | null;
  /** Created on or after / on or before, as local dates in `zone`. */
  readonly from: string;
  readonly to: string;
  readonly archived: 'exclude' | 'only' | 'include';
  readonly sort: Sort;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WORD = /^[A-Za-z0-9_.\- ]{1,60}$/;

function last(fields: FormFields, name: string): string {
  const values = fields[name];
  return (values?.[values.length - 1] ?? '').trim();
}

export function filterFrom(fields: FormFields): ShipmentFilter {
  const q = last(fields, 'q').slice(0, 254);
  const date = (name: string) => {
    const value = last(fields, name);
    return DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid ? value : '';
  };
  const archived = last(fields, 'archived');
  const sort = last(fields, 'sort');
  const actor = last(fields, 'actor');
  return {
    q,
    statuses: [...new Set((fields['status'] ?? []).filter(isStatus))],
    carriers: [...new Set((fields['carrier'] ?? []).filter((c) => c !== '' && WORD.test(c)))].slice(0, 20),
    service: WORD.test(last(fields, 'service')) ? last(fields, 'service') : '',
    flags: [
      ...new Set((fields['flag'] ?? []).filter((f): f is Flag => (FLAGS as readonly string[]).includes(f))),
    ],
    actor: (ACTORS as readonly string[]).includes(actor) ? (actor as Actor) : null,
    from: date('from'),
    to: date('to'),
    archived: archived === 'only' || archived === 'include' ? archived : 'exclude',
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : 'newest',
  };
}

/** The filter back as query parameters (for links: sort headers, pages, CSV). */
export function filterParams(filter: ShipmentFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  for (const status of filter.statuses) params.append('status', status);
  for (const carrier of filter.carriers) params.append('carrier', carrier);
  if (filter.service) params.set('service', filter.service);
  for (const flag of filter.flags) params.append('flag', flag);
  if (filter.actor) params.set('actor', filter.actor);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.archived !== 'exclude') params.set('archived', filter.archived);
  if (filter.sort !== 'newest') params.set('sort', filter.sort);
  return params;
}

/** What a search text can be: each reading is looked up, and any match counts. */
export interface SearchReadings {
  readonly trackingNumber: string | null;
  readonly orderRef: string;
  readonly email: string | null;
  readonly phone: string | null;
}

export function searchReadings(q: string, defaultCountry?: string): SearchReadings {
  const number = normalizeTrackingNumber(q);
  const email = q.includes('@') ? q.toLowerCase() : null;
  const phone = /^[+(]?[\d\s().-]{6,}$/.test(q) ? (toE164(q, defaultCountry) ?? null) : null;
  return {
    trackingNumber: /^[A-Z0-9]{3,40}$/.test(number) ? number : null,
    orderRef: q,
    email,
    phone,
  };
}

export function createdRange(filter: ShipmentFilter, zone: string): { from?: string; to?: string } {
  const at = (date: string, end: boolean) => {
    const day = DateTime.fromISO(date, { zone });
    return (end ? day.plus({ days: 1 }) : day).toUTC().toISO() ?? undefined;
  };
  return {
    ...(filter.from ? { from: at(filter.from, false) } : {}),
    ...(filter.to ? { to: at(filter.to, true) } : {}),
  };
}

export { EXCEPTION_REASONS };
