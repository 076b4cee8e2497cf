import { randomBytes } from 'node:crypto';
import { deriveState } from '../domain/derive.js';
import { domainEventsFor } from '../domain/domain-events.js';
import { WaybillError, type FieldProblem } from '../domain/errors.js';
import type { CarrierChoice } from '../http/carrier-choice.js';
import { newShipmentRow } from '../ingest/new-shipment.js';
import { normalizeTrackingNumber } from '../ingest/normalize.js';
import { orderedAtProblem } from '../ingest/ordered-at.js';
import { checkRecipientInput } from '../notify/recipient-input.js';
import { addRecipient } from '../notify/recipients.js';
import type { Executor } from '../store/executor.js';
import { newId } from '../store/ids.js';
import type { Store } from '../store/open-store.js';
import { appendToOutbox } from '../store/repositories/outbox.js';
import { findOrderByNumber, orderFromRow, type Order } from '../store/repositories/orders.js';
import {
  findShipmentByNumber,
  insertNewShipmentRows,
  NEXT_VERSION,
} from '../store/repositories/shipments.js';
import { retryOnConflict } from '../store/retry.js';
import type { ShipmentDetails } from '../ingest/ingest-item.js';
import type { OrderInput, ParcelInput, ParcelOutcome } from './order-input.js';

export interface OrderIngest {
  readonly order: Order;
  /** False when the order number was known: it was brought up to date. */
  readonly created: boolean;
  readonly parcels: readonly ParcelOutcome[];
}

export interface IngestOrderOptions {
  /** The carrier of a number given without one (throws a WaybillError when none or several fit). */
  readonly detectCarrier: (trackingNumber: string) => CarrierChoice;
  /**
   * strict (the API): any bad parcel refuses the whole order, naming it. lenient (shop platforms,
   * mail): a parcel that cannot be tracked is reported in its outcome and the rest are stored.
   */
  readonly mode: 'strict' | 'lenient';
  /** Put before each refused field's name (`body.` for the API, where fields are named so). */
  readonly fieldPrefix?: string | undefined;
  readonly onCommitted?: (() => void) | undefined;
  /** The request that brought the order: its outbox messages name it (logs follow it through). */
  readonly requestId?: string | undefined;
  /**
   * The caller's own writes that must commit with the order (a shop webhook's delivery record),
   * run last in its transaction: one commit instead of two.
   */
  readonly inTransaction?: ((trx: Executor, ingested: OrderIngest) => Promise<void>) | undefined;
}

const NUMBER = /^[A-Z0-9]{4,40}$/;

/**
 * Stores an order with its customer and registers its parcels, in one transaction: the order is
 * found by its number (and brought up to date) or created; each parcel is registered, or found
 * when the tenant already tracks the number, and linked to the order; the customer becomes a
 * recipient of each parcel on every channel the shop recorded consent for.
 */
export async function ingestOrder(
  store: Store,
  input: OrderInput,
  now: Date,
  options: IngestOrderOptions,
): Promise<OrderIngest> {
  const checked = checkOrder(input, now, options);
  const result = await retryOnConflict(() =>
    store.db.transaction().execute(async (trx) => {
      const { order, created } = await upsertOrder(trx, input, checked.contact, now);
      const parcels: ParcelOutcome[] = [...checked.refused];
      let newShipments = 0;
      for (const parcel of checked.parcels) {
        const outcome = await registerParcel(trx, store, order, parcel, input, now, options.requestId);
        if (outcome.created) newShipments += 1;
        parcels.push(outcome);
        for (const recipient of recipientsOf(order))
          await addRecipient(
            trx,
            { ...recipient, tenantId: input.tenantId, shipmentId: outcome.shipmentId, details: {} },
            now,
          );
      }
      await options.inTransaction?.(trx, { order, created, parcels });
      return { order, created, parcels, newShipments };
    }),
  );
  if (result.newShipments > 0) options.onCommitted?.();
  return { order: result.order, created: result.created, parcels: result.parcels };
}

interface CheckedParcel {
  readonly trackingNumber: string;
  readonly carrier: string;
  readonly service: string | null;
  readonly details?: ShipmentDetails | undefined;
}

interface CheckedContact {
  readonly email: string | null;
  readonly phone: string | null;
}

/** Everything that can be checked before the transaction: a strict refusal changes nothing. */
function checkOrder(input: OrderInput, now: Date, options: IngestOrderOptions) {
  const problems: FieldProblem[] = [];
  const orderNumber = input.orderNumber.trim();
  if (orderNumber.length === 0 || orderNumber.length > 200)
    problems.push({ field: 'orderNumber', message: 'must be 1 to 200 characters' });
  if (input.orderedAt) {
    const problem = orderedAtProblem(input.orderedAt, now);
    if (problem) problems.push({ field: 'orderedAt', message: problem });
  }
  if (input.promisedDate && !/^\d{4}-\d{2}-\d{2}$/.test(input.promisedDate))
    problems.push({ field: 'promisedDate', message: 'is not a calendar date (YYYY-MM-DD)' });
  const contact = checkContact(input, problems);
  const parcels: CheckedParcel[] = [];
  const refused: ParcelOutcome[] = [];
  const seen = new Set<string>();
  input.parcels.forEach((parcel, i) => {
    const checked = checkParcel(parcel, options);
    if ('problem' in checked) {
      if (options.mode === 'strict') problems.push({ field: `parcels.${i}`, message: checked.problem });
      else refused.push({ trackingNumber: parcel.trackingNumber, problem: checked.problem });
    } else if (!seen.has(checked.trackingNumber)) {
      seen.add(checked.trackingNumber);
      parcels.push(checked);
    }
  });
  const prefix = options.fieldPrefix ?? '';
  if (prefix) problems.forEach((p, i) => (problems[i] = { ...p, field: `${prefix}${p.field}` }));
  if (problems.length > 0)
    throw new WaybillError(
      'validation_failed',
      `the order is not valid: ${problems[0]!.field} ${problems[0]!.message}`,
      {
        problems,
      },
    );
  return { parcels, refused, contact };
}

function checkParcel(parcel: ParcelInput, options: IngestOrderOptions): CheckedParcel | { problem: string } {
  const number = normalizeTrackingNumber(parcel.trackingNumber);
  if (!NUMBER.test(number)) return { problem: 'the tracking number must be 4 to 40 letters or digits' };
  if (parcel.carrier)
    return {
      trackingNumber: number,
      carrier: parcel.carrier,
      service: parcel.service ?? null,
      details: parcel.details,
    };
  try {
    const choice = options.detectCarrier(number);
    return {
      trackingNumber: choice.trackingNumber,
      carrier: choice.carrier,
      service: parcel.service ?? null,
      details: parcel.details,
    };
  } catch (error) {
    if (error instanceof WaybillError) return { problem: error.message };
    throw error;
  }
}

function checkContact(input: OrderInput, problems: FieldProblem[]): CheckedContact {
  const customer = input.customer ?? {};
  const locale = customer.locale ?? 'en';
  let email: string | null = null;
  let phone: string | null = null;
  if (customer.email) {
    const checked = checkRecipientInput({ channel: 'email', address: customer.email, locale });
    if (!checked.ok) problems.push({ field: 'customer.email', message: 'is not an email address' });
    else email = checked.address;
  }
  if (customer.phone) {
    const checked = checkRecipientInput(
      { channel: 'sms', address: customer.phone, locale },
      input.destination?.country?.toUpperCase(),
    );
    if (checked.ok) phone = checked.address;
    else if (input.consent?.sms) problems.push({ field: 'customer.phone', message: 'is not a phone number' });
  }
  if (customer.locale && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(customer.locale))
    problems.push({ field: 'customer.locale', message: 'is not a BCP 47 language tag' });
  return { email, phone };
}

async function upsertOrder(
  trx: Executor,
  input: OrderInput,
  contact: CheckedContact,
  now: Date,
): Promise<{ order: Order; created: boolean }> {
  const at = now.toISOString();
  const orderNumber = input.orderNumber.trim();
  const customer = input.customer ?? {};
  const existing = await findOrderByNumber(trx, input.tenantId, orderNumber);
  const consent = { ...(existing?.consent ?? {}) };
  if (input.consent?.email) consent.email = { text: input.consent.email, at };
  if (input.consent?.sms) consent.sms = { text: input.consent.sms, at };
  const context = JSON.stringify({ ...(existing?.context ?? {}), ...(input.context ?? {}) });
  const orderedAt = input.orderedAt ? new Date(input.orderedAt).toISOString() : null;
  if (existing) {
    // What the source says now wins; what it leaves out stays as it was.
    const row = await trx
      .updateTable('orders')
      .set({
        customer_email: contact.email ?? existing.customer.email,
        customer_phone: contact.phone ?? existing.customer.phone,
        customer_name: customer.name ?? existing.customer.name,
        customer_locale: customer.locale ?? existing.customer.locale,
        ordered_at: orderedAt ?? existing.orderedAt,
        promised_date: input.promisedDate ?? existing.promisedDate,
        source_ref: input.sourceRef ?? existing.sourceRef,
        context,
        consent: JSON.stringify(consent),
        updated_at: at,
      })
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { order: orderFromRow(row), created: false };
  }
  const row = await trx
    .insertInto('orders')
    .values({
      id: newId(now.getTime()),
      tenant_id: input.tenantId,
      order_number: orderNumber,
      customer_email: contact.email,
      customer_phone: contact.phone,
      customer_name: customer.name ?? null,
      customer_locale: customer.locale ?? null,
      ordered_at: orderedAt,
      promised_date: input.promisedDate ?? null,
      source: input.source,
      source_ref: input.sourceRef ?? null,
      context,
      consent: JSON.stringify(consent),
      page_token: randomBytes(18).toString('base64url'),
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { order: orderFromRow(row), created: true };
}

async function registerParcel(
  trx: Executor,
  store: Store,
  order: Order,
  parcel: CheckedParcel,
  input: OrderInput,
  now: Date,
  requestId: string | undefined,
): Promise<{ trackingNumber: string; shipmentId: string; created: boolean }> {
  const row = newShipmentRow({
    tenantId: input.tenantId,
    trackingNumber: parcel.trackingNumber,
    carrier: parcel.carrier,
    details: {
      service: parcel.service,
      destination: input.destination ?? null,
      promisedDate: order.promisedDate,
      orderedAt: order.orderedAt,
      ...withoutEmpty(parcel.details),
      orderRef: order.orderNumber,
    },
    now: now.toISOString(),
    orderId: order.id,
  });
  await insertNewShipmentRows(trx, store.caps, [row]);
  const stored = await findShipmentByNumber(trx, input.tenantId, parcel.trackingNumber);
  if (!stored) throw new Error(`shipment ${parcel.trackingNumber} missing right after insert`);
  const created = stored.id === row.id;
  if (created) {
    const events = domainEventsFor(null, deriveState([]), { shipmentId: stored.id });
    await appendToOutbox(
      trx,
      store.caps,
      events.map((e) => ({
        tenantId: input.tenantId,
        shipmentId: stored.id,
        type: e.type,
        payload: e.payload,
        requestId,
      })),
      now,
    );
  } else {
    // A number tracked before the order arrived (a scan came first): it joins the order.
    await trx
      .updateTable('shipments')
      .set({
        order_id: order.id,
        order_ref: order.orderNumber,
        version: NEXT_VERSION,
        updated_at: now.toISOString(),
      })
      .where('id', '=', stored.id)
      .where('order_id', 'is', null)
      .execute();
  }
  return { trackingNumber: parcel.trackingNumber, shipmentId: stored.id, created };
}

/**
 * Who hears about the order's parcels: its customer, on each channel the shop recorded consent
 * for, with the contact as the order holds it now (an update may have brought the phone).
 */
function recipientsOf(order: Order) {
  const locale = order.customer.locale ?? 'en';
  const recipients: {
    channel: 'email' | 'sms';
    address: string;
    locale: string;
    timeZone: null;
    consentText: string;
  }[] = [];
  if (order.customer.email && order.consent.email)
    recipients.push({
      channel: 'email',
      address: order.customer.email,
      locale,
      timeZone: null,
      consentText: order.consent.email.text,
    });
  if (order.customer.phone && order.consent.sms)
    recipients.push({
      channel: 'sms',
      address: order.customer.phone,
      locale,
      timeZone: null,
      consentText: order.consent.sms.text,
    });
  return recipients;
}

/** A parcel's own details, leaving out what it does not say (so the order's stand). */
function withoutEmpty(details: ShipmentDetails | undefined): ShipmentDetails {
  return Object.fromEntries(
    Object.entries(details ?? {}).filter(([, value]) => value !== null && value !== undefined),
  ) as ShipmentDetails;
}
