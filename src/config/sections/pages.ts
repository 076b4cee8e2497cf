import { Type } from 'typebox';

/** Configuration of the customer tracking page. Every field has a default, so an empty section is valid. */
export const PagesConfig = Type.Object(
  {
    lookupPerIpPerMinute: Type.Integer({
      minimum: 1,
      default: 10,
      description: 'Lookups (/track) one IP address may make per minute.',
    }),
    lookupPerNumberPerHour: Type.Integer({
      minimum: 1,
      default: 20,
      description: 'Lookups of one tracking or order number per hour, from any address.',
    }),
    verifyPerShipmentPerHour: Type.Integer({
      minimum: 1,
      default: 10,
      description: 'Wrong verification attempts allowed per shipment per hour.',
    }),
    sessionDays: Type.Integer({
      minimum: 1,
      default: 30,
      description: 'How long a verified browser keeps the full details.',
    }),
  },
  { additionalProperties: false, default: {} },
);

/** Environment variable → path inside this section. */
export const PAGES_ENV_KEYS: Record<string, string[]> = {
  WAYBILL_LOOKUP_PER_IP_PER_MINUTE: ['lookupPerIpPerMinute'],
  WAYBILL_LOOKUP_PER_NUMBER_PER_HOUR: ['lookupPerNumberPerHour'],
  WAYBILL_VERIFY_PER_SHIPMENT_PER_HOUR: ['verifyPerShipmentPerHour'],
  WAYBILL_PAGE_SESSION_DAYS: ['sessionDays'],
};
