import { ORDERED_AT_PROBLEM, orderedAtOf } from './ordered-at.js';
import { DateTime } from 'luxon';
import { readCsv, type CsvRow, type CsvTable } from '../carriers/csv-events/read-csv.js';
import { WaybillError } from '../domain/errors.js';
import type { Address } from '../domain/shipment.js';
import type { CarrierChoice } from '../http/carrier-choice.js';
import type { Store } from '../store/open-store.js';
import type { ShipmentDetails } from './ingest-item.js';
import { normalizeTrackingNumber } from './normalize.js';
import { registerShipment } from './register-shipment.js';
import { ingestOrder } from '../orders/ingest-order.js';

/**
 * A CSV of shipments to track, one per row. Column names are matched loosely
 * (`Tracking Number` = `tracking_number`); the columns are documented in docs/imports.md.
 */
export const SHIPMENT_COLUMNS = {
  tracking_number: 'The tracking number (required).',
  carrier: 'Carrier id; empty means "detect it from the number".',
  service: 'Service level, as the merchant calls it.',
  order_ref: "The merchant's order reference.",
  promised_date: 'The delivery date promised to the customer (YYYY-MM-DD).',
  ordered_at: 'When the customer ordered: date and time with its offset (2026-11-20T09:15:00+01:00).',
  destination_postal_code: 'Destination postal code (also `postal_code`).',
  destination_city: 'Destination city (also `city`).',
  destination_region: 'Destination state or region (also `region`).',
  destination_country: 'Destination country, ISO 3166-1 alpha-2 (also `country`).',
  origin_postal_code: 'Origin postal code.',
  origin_city: 'Origin city.',
  origin_region: 'Origin state or region.',
  origin_country: 'Origin country, ISO 3166-1 alpha-2.',
  order_number:
    "The customer's order: rows with the same number are the parcels of one order, with one page for all.",
  customer_email: "The order's customer: gets shipping updates by email (unless notify_email is no).",
  customer_phone: "The customer's phone: gets updates by SMS only when notify_sms is yes.",
  customer_name: "The customer's name.",
  customer_locale: "The customer's language (BCP 47: de, pt-BR).",
  notify_email: 'yes (default) or no: shipping updates to customer_email.',
  notify_sms: 'yes or no (default): the customer agreed to updates by SMS.',
} as const;

const ALIASES: Readonly<Record<string, string>> = {
  postal_code: 'destination_postal_code',
  city: 'destination_city',
  region: 'destination_region',
  country: 'destination_country',
};

export type RowOutcome = 'created' | 'existing' | 'rejected';

export interface ShipmentRowReport {
  readonly line: number;
  readonly trackingNumber: string;
  readonly outcome: RowOutcome;
  readonly shipmentId?: string | undefined;
  readonly carrier?: string | undefined;
  /** Why the row was rejected. */
  readonly message?: string | undefined;
}

export interface ShipmentImportReport {
  readonly created: number;
  readonly existing: number;
  readonly rejected: number;
  /** Columns the header has that we do not read. */
  readonly ignoredColumns: readonly string[];
  readonly rows: readonly ShipmentRowReport[];
}

export interface ShipmentImportDeps {
  readonly store: Store;
  /** Picks the carrier for a row without one; throws a WaybillError when none or several fit. */
  readonly detectCarrier: (trackingNumber: string) => CarrierChoice;
  readonly now: Date;
  readonly onCommitted?: (() => void) | undefined;
  /** The upload's request, named by the outbox messages of what it registers. */
  readonly requestId?: string | undefined;
}

interface PlannedRow {
  readonly line: number;
  readonly trackingNumber: string;
  readonly carrier: string;
  readonly details: ShipmentDetails;
  /** The order's columns, when the row names one. */
  readonly order?: OrderColumns | undefined;
}

interface OrderColumns {
  readonly orderNumber: string;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
  readonly name?: string | undefined;
  readonly locale?: string | undefined;
  readonly notifyEmail: boolean;
  readonly notifySms: boolean;
}

/**
 * Registers every valid row, each on its own (per row, not all-or-nothing: one bad row in a
 * thousand should not hold back the others), and reports every row by its line. A file whose
 * header lacks tracking_number, or that is not CSV, is refused whole before anything is stored.
 */
export async function importShipmentsCsv(
  deps: ShipmentImportDeps,
  tenantId: string,
  text: string,
): Promise<ShipmentImportReport> {
  const table = readShipmentsCsv(text);
  const columns = table.columns.map((column) => ALIASES[column] ?? column);
  const ignoredColumns = columns.filter((column) => column && !Object.hasOwn(SHIPMENT_COLUMNS, column));
  const reports: ShipmentRowReport[] = table.badLines.map((bad) => ({
    line: bad.line,
    trackingNumber: '',
    outcome: 'rejected' as const,
    message: bad.message,
  }));
  const planned: PlannedRow[] = [];
  for (const row of table.rows) {
    const plan = planRow(row, deps.detectCarrier);
    if ('outcome' in plan) reports.push(plan);
    else planned.push(plan);
  }
  const byOrder = new Map<string, PlannedRow[]>();
  for (const row of planned.filter((r) => r.order))
    byOrder.set(row.order!.orderNumber, [...(byOrder.get(row.order!.orderNumber) ?? []), row]);
  for (const rows of byOrder.values()) reports.push(...(await importOrder(deps, tenantId, rows)));
  for (const row of planned.filter((r) => !r.order)) {
    try {
      const { shipment, created } = await registerShipment(
        deps.store,
        {
          tenantId,
          trackingNumber: row.trackingNumber,
          carrier: row.carrier,
          details: row.details,
          requestId: deps.requestId,
        },
        deps.now,
        deps.onCommitted,
      );
      reports.push({
        line: row.line,
        trackingNumber: shipment.trackingNumber,
        outcome: created ? 'created' : 'existing',
        shipmentId: shipment.id,
        carrier: shipment.carrier,
      });
    } catch (error) {
      if (!(error instanceof WaybillError)) throw error;
      reports.push({
        line: row.line,
        trackingNumber: row.trackingNumber,
        outcome: 'rejected',
        message: error.message,
      });
    }
  }
  reports.sort((a, b) => a.line - b.line);
  const count = (outcome: RowOutcome) => reports.filter((r) => r.outcome === outcome).length;
  return {
    created: count('created'),
    existing: count('existing'),
    rejected: count('rejected'),
    ignoredColumns,
    rows: reports,
  };
}

/** The file as a table; a WaybillError (nothing stored yet) when it is not CSV or has no tracking_number column. */
export function readShipmentsCsv(text: string): CsvTable {
  const table = readCsv(text);
  if ('error' in table)
    throw new WaybillError('validation_failed', table.error, {
      problems: [{ field: 'line 1', message: table.error }],
    });
  if (!table.columns.some((column) => column === 'tracking_number')) {
    const message = `the header has no tracking_number column (it has ${table.columns.join(', ').slice(0, 300)})`;
    throw new WaybillError('validation_failed', message, { problems: [{ field: 'line 1', message }] });
  }
  return table;
}

function planRow(
  row: CsvRow,
  detectCarrier: (trackingNumber: string) => CarrierChoice,
): PlannedRow | ShipmentRowReport {
  const cell = (name: string): string | undefined => {
    const alias = Object.keys(ALIASES).find((key) => ALIASES[key] === name);
    return row.cells[name] ?? (alias ? row.cells[alias] : undefined);
  };
  const raw = cell('tracking_number') ?? '';
  const reject = (message: string): ShipmentRowReport => ({
    line: row.line,
    trackingNumber: raw,
    outcome: 'rejected',
    message,
  });
  if (raw === '') return reject('tracking_number is empty');
  const trackingNumber = normalizeTrackingNumber(raw);
  if (!/^[A-Z0-9]{4,40}$/.test(trackingNumber))
    return reject('tracking_number must be 4 to 40 letters or digits');
  const promisedDate = cell('promised_date');
  if (
    promisedDate !== undefined &&
    !(/^\d{4}-\d{2}-\d{2}$/.test(promisedDate) && DateTime.fromISO(promisedDate, { zone: 'utc' }).isValid)
  ) {
    return reject(`promised_date "${promisedDate.slice(0, 40)}" is not a date (YYYY-MM-DD)`);
  }
  const orderedAt = cell('ordered_at');
  if (orderedAt !== undefined && orderedAtOf(orderedAt) === undefined)
    return reject(`ordered_at "${orderedAt.slice(0, 40)}" ${ORDERED_AT_PROBLEM}`);
  const destination = addressOf(cell, 'destination');
  const origin = addressOf(cell, 'origin');
  for (const [name, address] of [
    ['destination', destination],
    ['origin', origin],
  ] as const) {
    if (address?.country !== undefined && !/^[A-Z]{2}$/.test(address.country)) {
      return reject(
        `${name}_country "${address.country.slice(0, 20)}" is not an ISO 3166-1 alpha-2 code such as "DE"`,
      );
    }
  }
  let carrier = cell('carrier')?.toLowerCase();
  let number = trackingNumber;
  if (carrier !== undefined && !/^[a-z0-9][a-z0-9_-]{0,39}$/.test(carrier))
    return reject(`carrier "${carrier.slice(0, 40)}" is not a carrier id such as "ups"`);
  if (carrier === undefined) {
    try {
      const choice = detectCarrier(trackingNumber);
      carrier = choice.carrier;
      number = choice.trackingNumber;
    } catch (error) {
      if (error instanceof WaybillError)
        return reject(error.message.replace(/Give "carrier"\.?$/, 'Fill in the carrier column.').trim());
      throw error;
    }
  }
  const orderNumber = cell('order_number');
  const yes = (name: string, fallback: boolean) => {
    const value = cell(name)?.toLowerCase();
    return value === undefined ? fallback : ['yes', 'y', 'true', '1'].includes(value);
  };
  return {
    line: row.line,
    trackingNumber: number,
    carrier,
    order: orderNumber
      ? {
          orderNumber,
          email: cell('customer_email'),
          phone: cell('customer_phone'),
          name: cell('customer_name'),
          locale: cell('customer_locale'),
          notifyEmail: yes('notify_email', true),
          notifySms: yes('notify_sms', false),
        }
      : undefined,
    details: {
      service: cell('service') ?? null,
      orderRef: cell('order_ref') ?? null,
      promisedDate: promisedDate ?? null,
      orderedAt: orderedAt ?? null,
      destination: destination ?? null,
      origin: origin ?? null,
    },
  };
}

function addressOf(
  cell: (name: string) => string | undefined,
  prefix: 'destination' | 'origin',
): Address | undefined {
  const address: Record<string, string> = {};
  const city = cell(`${prefix}_city`);
  const region = cell(`${prefix}_region`);
  const postalCode = cell(`${prefix}_postal_code`);
  const country = cell(`${prefix}_country`)?.toUpperCase();
  if (city) address['city'] = city;
  if (region) address['region'] = region;
  if (postalCode) address['postalCode'] = postalCode;
  if (country) address['country'] = country;
  return Object.keys(address).length > 0 ? (address as Address) : undefined;
}

/**
 * The rows of one order, as one order: its customer from the first row that names each field,
 * its parcels each with the row's own details. The order is stored whole or, when its customer
 * columns are wrong, not at all, and every row of it says why.
 */
async function importOrder(
  deps: ShipmentImportDeps,
  tenantId: string,
  rows: readonly PlannedRow[],
): Promise<ShipmentRowReport[]> {
  const first = <K extends keyof OrderColumns>(key: K) => rows.find((r) => r.order?.[key])?.order?.[key];
  const orderNumber = rows[0]!.order!.orderNumber;
  const where = `order ${orderNumber} (lines ${rows.map((r) => r.line).join(', ')})`;
  try {
    const result = await ingestOrder(
      deps.store,
      {
        tenantId,
        source: 'csv',
        orderNumber,
        customer: {
          email: first('email'),
          phone: first('phone'),
          name: first('name'),
          locale: first('locale'),
        },
        orderedAt: rows.find((r) => r.details.orderedAt)?.details.orderedAt,
        promisedDate: rows.find((r) => r.details.promisedDate)?.details.promisedDate,
        destination: rows.find((r) => r.details.destination)?.details.destination,
        consent: {
          email: rows.every((r) => r.order?.notifyEmail)
            ? `Imported from CSV with ${where}: shipping updates by email.`
            : undefined,
          sms: rows.some((r) => r.order?.notifySms)
            ? `Imported from CSV with ${where}: the customer agreed to shipping updates by SMS.`
            : undefined,
        },
        parcels: rows.map((r) => ({
          trackingNumber: r.trackingNumber,
          carrier: r.carrier,
          details: r.details,
        })),
      },
      deps.now,
      {
        detectCarrier: deps.detectCarrier,
        mode: 'lenient',
        onCommitted: deps.onCommitted,
        requestId: deps.requestId,
      },
    );
    return rows.map((row) => {
      const outcome = result.parcels.find((p) => p.trackingNumber === row.trackingNumber);
      if (!outcome || 'problem' in outcome)
        return {
          line: row.line,
          trackingNumber: row.trackingNumber,
          outcome: 'rejected' as const,
          message: outcome?.problem ?? 'not stored',
        };
      return {
        line: row.line,
        trackingNumber: row.trackingNumber,
        outcome: outcome.created ? ('created' as const) : ('existing' as const),
        shipmentId: outcome.shipmentId,
        carrier: row.carrier,
      };
    });
  } catch (error) {
    if (!(error instanceof WaybillError)) throw error;
    const message = `${where}: ${error.problems.map((p) => `${p.field.replace('customer.', 'customer_')} ${p.message}`).join('; ') || error.message}`;
    return rows.map((row) => ({
      line: row.line,
      trackingNumber: row.trackingNumber,
      outcome: 'rejected' as const,
      message,
    }));
  }
}
