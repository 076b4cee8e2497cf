import type { Location } from './location.js';
import type { ExceptionReason, Status, Substatus } from './status.js';

export interface Address {
  readonly postalCode?: string | undefined;
  readonly city?: string | undefined;
  readonly region?: string | undefined;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string | undefined;
}

/**
 * What an estimate rests on, as facts that the tracking page words in the reader's language
 * ("Based on 1,240 similar parcels to your area"); `basis` keeps the technical sentence for the
 * API and the console.
 */
export type EstimateBasisFacts =
  | {
      readonly kind: 'history';
      /** Delivered parcels in the group the estimate rests on most. */
      readonly parcels: number;
      /** How alike they are: same postal area, same region, country, carrier, or any parcel. */
      readonly scope: 'area' | 'region' | 'country' | 'carrier' | 'all';
    }
  | {
      /** No history yet: the carrier's published service level, in business days. */
      readonly kind: 'published';
      readonly lowDays: number;
      readonly highDays: number;
      /** The carrier has no published level Waybill knows: the range is a generic default. */
      readonly generic?: true;
    };

/** Filled by the delivery-date predictor (src/eta). Dates are local calendar dates at the destination. */
export interface EstimatedDeliveryWindow {
  readonly mostLikely: string;
  readonly earliest: string;
  readonly latest: string;
  /** Probability mass the window covers, 0..1. */
  readonly confidence: number;
  /** Probability of arriving on or before the promised date, when there is one. */
  readonly probabilityByPromise?: number | undefined;
  /** Plain-words basis: what the estimate rests on (English, technical: for the API and console). */
  readonly basis: string;
  /** The same as facts, for customer-facing words; absent on estimates stored before it existed. */
  readonly basisFacts?: EstimateBasisFacts | undefined;
  readonly predictedAt: string;
}

export interface Shipment {
  readonly id: string;
  readonly tenantId: string;
  readonly trackingNumber: string;
  readonly carrier: string;
  readonly service: string | null;
  readonly orderRef: string | null;
  readonly origin: Address | null;
  readonly destination: Address | null;
  /** ISO date (YYYY-MM-DD) the merchant promised, if any. */
  readonly promisedDate: string | null;
  /** When the customer ordered (UTC ISO instant), if the merchant said: estimates "from purchase" count from it. */
  readonly orderedAt: string | null;
  readonly status: Status;
  readonly substatus: Substatus;
  /** Who must act, while the status is `exception`. */
  readonly exceptionReason: ExceptionReason | null;
  readonly lastLocation: Location | null;
  readonly lastEventAt: string | null;
  readonly deliveredAt: string | null;
  /** First physical scan of the parcel. */
  readonly firstScanAt: string | null;
  /** Failed attempts, plus one for the delivery. */
  readonly deliveryAttempts: number;
  /** No scan for longer than the stall policy allows for the current status. */
  readonly stalled: boolean;
  readonly estimate: EstimatedDeliveryWindow | null;
  /** How the estimate moved, in words ("was Tuesday, now Thursday"), if it did. */
  readonly estimateChange: string | null;
  /** Why the shipment counts as delayed; empty when it is on time. */
  readonly delayReasons: string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}
