import type { Static } from 'typebox';
import type { CaptureJob } from '../routes/imports/epcis-capture.js';
import type { ImportOutcome, ShipmentImportOutcome } from '../routes/imports/schemas.js';
import { TRACKING_NUMBER } from './fragments.js';

// Files as merchants and their partners send them; each is stored whole by its import.

/** The example shipment's last two scans, from a warehouse system's export. */
export const eventsCsvExample = [
  'tracking_number,carrier,occurred_at,status,raw_code,description,city,region,postal_code,country',
  `${TRACKING_NUMBER},ups,2026-11-23T08:02:00-06:00,out_for_delivery,I,Out For Delivery Today,Austin,TX,78701,US`,
  `${TRACKING_NUMBER},ups,2026-11-23T13:47:00-06:00,delivered,D,Delivered,Austin,TX,78701,US`,
  '',
].join('\n');

export const eventsImportedExample: Static<typeof ImportOutcome> = {
  accepted: 2,
  duplicates: 0,
  rejected: 0,
  problems: [],
};

/** Two orders shipped the next day; the first carrier is detected from its number. */
export const shipmentsCsvExample = [
  'tracking_number,carrier,service,order_ref,promised_date,ordered_at,destination_city,destination_region,destination_postal_code,destination_country',
  '9405511899223855740186,,USPS Priority Mail,ORD-10483,2026-11-26,2026-11-21T10:02:00-06:00,Austin,TX,78704,US',
  '772618493027,fedex,FedEx Express Saver,ORD-10484,2026-11-27,2026-11-21T16:40:00-05:00,Denver,CO,80202,US',
  '',
].join('\n');

export const shipmentsImportedExample: Static<typeof ShipmentImportOutcome> = {
  created: 2,
  existing: 0,
  rejected: 0,
  ignoredColumns: [],
  rows: [
    {
      line: 2,
      trackingNumber: '9405511899223855740186',
      outcome: 'created',
      shipmentId: '01M804HYJP2NR6EAH9XXJMW0V1',
      carrier: 'usps',
    },
    {
      line: 3,
      trackingNumber: '772618493027',
      outcome: 'created',
      shipmentId: '01M804HYK3PPQJF673Q0GVC8DP',
      carrier: 'fedex',
    },
  ],
};

/** One 214 from Old Dominion (SCAC ODFL) for PRO 77842035196: picked up, then en route to delivery. */
export const x12Example = [
  'ISA*00*          *00*          *02*ODFL           *ZZ*WAYBILL        *261121*0715*U*00401*000000623*0*P*>~',
  'GS*QM*ODFL*WAYBILL*20261121*0715*623*X*004010~',
  'ST*214*0001~',
  'B10*77842035196*ORD-10485*ODFL~',
  'N1*SH*ACME OUTDOOR~',
  'N4*LOUISVILLE*KY*40209*US~',
  'N1*CN*PINE RIDGE OUTFITTERS~',
  'N4*AUSTIN*TX*78701*US~',
  'LX*1~',
  'AT7*AF*NS***20261120*1842*ET~',
  'MS1*LOUISVILLE*KY*US~',
  'LX*2~',
  'AT7*X6*NS***20261121*0705*CT~',
  'MS1*DALLAS*TX*US~',
  'SE*13*0001~',
  'GE*1*623~',
  'IEA*1*000000623~',
  '',
].join('\n');

export const x12ImportedExample: Static<typeof ImportOutcome> = {
  accepted: 2,
  duplicates: 0,
  rejected: 0,
  problems: [],
};

/** An EPCIS 2.0 document with one ObjectEvent: the pallet left the shipper's dock. */
export const epcisDocumentExample = {
  '@context': [
    'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld',
    { acme: 'https://acme-shop.com/epcis/' },
  ],
  type: 'EPCISDocument',
  schemaVersion: '2.0',
  creationDate: '2026-11-21T18:00:00Z',
  epcisBody: {
    eventList: [
      {
        type: 'ObjectEvent',
        eventID: 'urn:uuid:6f1c2b9e-3d4a-4c5b-8e7f-9a0b1c2d3e4f',
        eventTime: '2026-11-21T16:40:00-05:00',
        eventTimeZoneOffset: '-05:00',
        action: 'OBSERVE',
        epcList: ['urn:epc:id:sscc:0614141.1234567890'],
        bizStep: 'departing',
        disposition: 'in_transit',
        readPoint: { id: 'urn:epc:id:sgln:0614141.00777.0' },
        'acme:carrierTrackingNumber': '772618493027',
      },
    ],
  },
};

export const captureJobExample: Static<typeof CaptureJob> = {
  captureID: '01M800WFY047Z1YDRBPN2G48CQ',
  running: false,
  success: true,
  captureErrorBehaviour: 'rollback',
  errors: [],
  accepted: 1,
  duplicates: 0,
  rejected: 0,
  problems: [],
};
