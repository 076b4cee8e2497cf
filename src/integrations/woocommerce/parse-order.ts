import { fieldOf, listOf, textOf } from './payload-text.js';

// A WooCommerce order as REST v3 renders it (webhook bodies and GET orders), read into the few
// fields Waybill uses. Pure, and never throws: a body that is not an order is a problem value.

export interface WooTrackingItem {
  readonly trackingNumber: string;
  /** The Shipment Tracking provider slug ("dhl-us"); '' for a custom provider. */
  readonly provider: string;
  /** The custom provider's name, when `provider` is ''. */
  readonly customProvider: string;
}

export interface WooPerson {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly phone: string;
}

export interface WooAddress {
  readonly postcode: string;
  readonly city: string;
  readonly state: string;
  readonly country: string;
}

export interface WooOrder {
  /** WooCommerce's id, digits only: the REST resource, and Waybill's sourceRef. */
  readonly id: string;
  /** `number`: what the customer sees; may differ from the id (sequential-number plugins). */
  readonly number: string;
  readonly status: string;
  /** GMT instants with their `Z` (WooCommerce sends them without an offset), or null. */
  readonly createdAt: string | null;
  readonly modifiedAt: string | null;
  readonly billing: WooPerson & WooAddress;
  readonly shipping: WooPerson & WooAddress;
  /** The Shipment Tracking extension's `_wc_shipment_tracking_items` meta, in order. */
  readonly trackingItems: readonly WooTrackingItem[];
  /** A meta field that says in so many words that the customer opted in to SMS, if any. */
  readonly smsOptIn: { readonly key: string; readonly value: string } | null;
}

export type ParsedOrder =
  { readonly ok: true; readonly order: WooOrder } | { readonly ok: false; readonly problem: string };

export const TRACKING_ITEMS_KEY = '_wc_shipment_tracking_items';

const ID = /^[1-9]\d{0,19}$/;
const GMT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;
const MAX_ORDER_NUMBER = 200;
const MAX_META = 500;
const MAX_TRACKING_ITEMS = 50;

/**
 * Meta keys that SMS plugins use for an explicit opt-in (unconfirmed: WooCommerce itself has no
 * such field). Any other key, or a value that is not a plain yes, means no SMS consent.
 */
const SMS_OPT_IN_KEYS = new Set([
  'sms_opt_in',
  'sms_optin',
  'sms_consent',
  'billing_sms_opt_in',
  'billing_sms_optin',
  'wc_sms_opt_in',
  'wc_twilio_sms_optin',
]);
const YES = new Set(['1', 'yes', 'true', 'on']);

export function parseOrder(payload: unknown): ParsedOrder {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
    return { ok: false, problem: 'the body is not a JSON object' };
  const rawId = fieldOf(payload, 'id');
  const id = typeof rawId === 'number' || typeof rawId === 'string' ? textOf(rawId, 25) : '';
  if (!ID.test(id)) return { ok: false, problem: 'the body has no order id (a positive whole number)' };
  const given = fieldOf(payload, 'number');
  if (typeof given === 'string' && given.trim().length > MAX_ORDER_NUMBER)
    return { ok: false, problem: `order ${id}: its number is longer than ${MAX_ORDER_NUMBER} characters` };
  const number = textOf(given, MAX_ORDER_NUMBER) || id;
  const meta = listOf(fieldOf(payload, 'meta_data'), MAX_META);
  return {
    ok: true,
    order: {
      id,
      number,
      status: textOf(fieldOf(payload, 'status'), 50).toLowerCase(),
      createdAt: gmtInstant(fieldOf(payload, 'date_created_gmt')),
      modifiedAt: gmtInstant(fieldOf(payload, 'date_modified_gmt')),
      billing: { ...personOf(fieldOf(payload, 'billing')), ...addressOf(fieldOf(payload, 'billing')) },
      shipping: { ...personOf(fieldOf(payload, 'shipping')), ...addressOf(fieldOf(payload, 'shipping')) },
      trackingItems: trackingItemsOf(meta),
      smsOptIn: smsOptInOf(meta),
    },
  };
}

/** `2026-03-03T08:30:00` (GMT, no offset, as WooCommerce sends it) → `2026-03-03T08:30:00Z`. */
function gmtInstant(value: unknown): string | null {
  const text = textOf(value, 40);
  const match = GMT.exec(text);
  if (!match) return null;
  return match[1] === undefined ? `${text}Z` : text;
}

function personOf(value: unknown): WooPerson {
  return {
    firstName: textOf(fieldOf(value, 'first_name'), 100),
    lastName: textOf(fieldOf(value, 'last_name'), 100),
    email: textOf(fieldOf(value, 'email'), 254),
    phone: textOf(fieldOf(value, 'phone'), 40),
  };
}

function addressOf(value: unknown): WooAddress {
  return {
    postcode: textOf(fieldOf(value, 'postcode'), 20),
    city: textOf(fieldOf(value, 'city'), 100),
    state: textOf(fieldOf(value, 'state'), 100),
    country: textOf(fieldOf(value, 'country'), 2).toUpperCase(),
  };
}

function trackingItemsOf(meta: readonly unknown[]): WooTrackingItem[] {
  const items: WooTrackingItem[] = [];
  for (const entry of meta) {
    if (fieldOf(entry, 'key') !== TRACKING_ITEMS_KEY) continue;
    for (const item of listOf(fieldOf(entry, 'value'), MAX_TRACKING_ITEMS)) {
      const trackingNumber = textOf(fieldOf(item, 'tracking_number'), 100);
      if (trackingNumber === '' || items.length >= MAX_TRACKING_ITEMS) continue;
      items.push({
        trackingNumber,
        provider: textOf(fieldOf(item, 'tracking_provider'), 100).toLowerCase(),
        customProvider: textOf(fieldOf(item, 'custom_tracking_provider'), 100),
      });
    }
  }
  return items;
}

function smsOptInOf(meta: readonly unknown[]): WooOrder['smsOptIn'] {
  let optIn: WooOrder['smsOptIn'] = null;
  for (const entry of meta) {
    const key = fieldOf(entry, 'key');
    if (typeof key !== 'string' || !SMS_OPT_IN_KEYS.has(key.replace(/^_+/, '').toLowerCase())) continue;
    const raw = fieldOf(entry, 'value');
    const value = raw === true ? 'true' : textOf(raw, 10).toLowerCase();
    // One field saying anything but yes makes the answer unsure, and unsure is no.
    if (!YES.has(value)) return null;
    optIn ??= { key: textOf(key, 100), value };
  }
  return optIn;
}
