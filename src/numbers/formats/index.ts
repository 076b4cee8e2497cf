import type { TrackingNumberFormat } from '../format.js';
import { AMAZON_FORMATS } from './amazon.js';
import { CANADA_POST_FORMATS } from './canada-post.js';
import { CANPAR_FORMATS } from './canpar.js';
import { DHL_FORMATS } from './dhl.js';
import { DPD_FORMATS } from './dpd.js';
import { FEDEX_FORMATS } from './fedex.js';
import { LASERSHIP_FORMATS } from './lasership.js';
import { OLD_DOMINION_FORMATS } from './old-dominion.js';
import { ONTRAC_FORMATS } from './ontrac.js';
import { PUROLATOR_FORMATS } from './purolator.js';
import { REGIONAL_COURIER_FORMATS } from './regional-couriers.js';
import { S10_FORMATS } from './s10.js';
import { UPS_FORMATS } from './ups.js';
import { USPS_FORMATS } from './usps.js';
import { WAYBILL_FORMATS } from './waybill.js';

/**
 * Every tracking-number format Waybill recognises. Order matters only to break ties between
 * equally confident candidates, so the carriers that ship the most parcels come first.
 */
export const FORMATS: readonly TrackingNumberFormat[] = Object.freeze([
  ...UPS_FORMATS,
  ...USPS_FORMATS,
  ...FEDEX_FORMATS,
  ...DHL_FORMATS,
  ...AMAZON_FORMATS,
  ...ONTRAC_FORMATS,
  ...S10_FORMATS,
  ...CANADA_POST_FORMATS,
  ...PUROLATOR_FORMATS,
  ...CANPAR_FORMATS,
  ...DPD_FORMATS,
  ...LASERSHIP_FORMATS,
  ...OLD_DOMINION_FORMATS,
  ...REGIONAL_COURIER_FORMATS,
  ...WAYBILL_FORMATS,
]);
