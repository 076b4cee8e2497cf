// Pieces the API examples share: one UPS shipment from Louisville to Austin, followed from the
// order to the first scans, and the ids of what hangs off it. Ids are ULIDs minted at the
// moment the example says the row was made (src/store/ids.ts), so they sort as the story does.

/** A UPS 1Z number whose check digit verifies (UPS's own published test number). */
export const TRACKING_NUMBER = '1Z999AA10123456784';
/** The same number as printed on a label: detection and registration ignore the spaces. */
export const TRACKING_NUMBER_AS_PRINTED = '1Z 999 AA1 01 2345 6784';

export const SHIPMENT_ID = '01M7WREV907EM0DWME7MM8DA5Q'; // 2026-11-20T15:16:04.512Z
export const RECIPIENT_ID = '01M7WREVP2JZ7KNM118FTY31Q5'; // 2026-11-20T15:16:04.930Z
export const NOTIFICATION_ATTEMPT_ID = '01M7Z1EH2PN7AZJ5W5XKNMPMYM'; // 2026-11-21T12:31:40.118Z
export const WEBHOOK_ENDPOINT_ID = '01M6DV75805X6NYSVMVCBHR3M0'; // 2026-11-02T10:00:00.000Z
export const WEBHOOK_DELIVERY_ID = '01M7XNH3MFTVEB6BSWJ048VXJP'; // 2026-11-20T23:44:07.311Z
export const DEAD_LETTER_ID = '01M81HBABWA7HF7CN47CPJBQ2R'; // 2026-11-22T11:48:01.020Z

export const ORIGIN = { postalCode: '40209', city: 'Louisville', region: 'KY', country: 'US' };
export const DESTINATION = { postalCode: '78701', city: 'Austin', region: 'TX', country: 'US' };

/** The shop's public base URL in the examples: tracking links and previews point there. */
export const PUBLIC_BASE_URL = 'https://track.acme-shop.com';
