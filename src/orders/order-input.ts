import type { ShipmentDetails } from '../ingest/ingest-item.js';

// What every way in (the API, CSV, Shopify, WooCommerce, forwarded mail) hands over as an order:
// the merchant's order, its customer, and the parcels it was split into.

export type OrderSource = 'api' | 'csv' | 'shopify' | 'woocommerce' | 'email';

export interface OrderCustomer {
  readonly email?: string | null | undefined;
  /** Any format; stored as E.164 when it reads as a phone number. */
  readonly phone?: string | null | undefined;
  readonly name?: string | null | undefined;
  /** BCP 47 ("de", "pt-BR"): the language of the customer's messages and order page. */
  readonly locale?: string | null | undefined;
}

export interface ParcelInput {
  readonly trackingNumber: string;
  /** Waybill's carrier id; when absent (or a name Waybill does not know) the number decides. */
  readonly carrier?: string | null | undefined;
  readonly service?: string | null | undefined;
  /** This parcel's own details (a CSV row's origin), over the order's, when it is registered. */
  readonly details?: ShipmentDetails | undefined;
}

export interface OrderInput {
  readonly tenantId: string;
  readonly source: OrderSource;
  /** The platform's own id for the order, so later updates find it. */
  readonly sourceRef?: string | null | undefined;
  /** The merchant's order number as the customer knows it; unique per tenant. */
  readonly orderNumber: string;
  readonly customer?: OrderCustomer | undefined;
  /** ISO 8601 instant with an offset. */
  readonly orderedAt?: string | null | undefined;
  /** YYYY-MM-DD */
  readonly promisedDate?: string | null | undefined;
  readonly destination?:
    { postalCode?: string; city?: string; region?: string; country?: string } | null | undefined;
  /**
   * The consent the shop recorded, per channel, in the words it was given: the customer gets
   * messages only on channels listed here. Absent: none.
   */
  readonly consent?: { readonly email?: string | undefined; readonly sms?: string | undefined } | undefined;
  /** What the source said about the order (a mail's sender and subject): kept, shown in the console. */
  readonly context?: Readonly<Record<string, string>> | undefined;
  readonly parcels: readonly ParcelInput[];
}

/** How one parcel of an order fared. */
export type ParcelOutcome =
  | { readonly trackingNumber: string; readonly shipmentId: string; readonly created: boolean }
  | { readonly trackingNumber: string; readonly problem: string };
