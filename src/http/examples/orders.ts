import type { Static } from 'typebox';
import type { CreateOrderBody, OrderSchema } from '../schemas/order.js';
import { DESTINATION, PUBLIC_BASE_URL, SHIPMENT_ID, TRACKING_NUMBER } from './fragments.js';

type Order = Static<typeof OrderSchema>;

// The shipment story's order, split over two parcels from two carriers: the UPS parcel of the
// other examples and a USPS one sent the same day.

export const ORDER_ID = '01M7WRETNW2VJHPGX99N3YRX4X'; // 2026-11-20T15:16:03.900Z
export const ORDER_NUMBER = 'ORD-10482';
const USPS_NUMBER = '9400111202555842332669';
const USPS_SHIPMENT_ID = '01M7WREVA8Q3C2ZJ5M4P9T6K1D'; // 2026-11-20T15:16:04.520Z

export const createOrderExample: CreateOrderBody = {
  orderNumber: ORDER_NUMBER,
  customer: { email: 'ada@example.com', name: 'Ada Lee', locale: 'en-US' },
  orderedAt: '2026-11-20T09:15:00-06:00',
  promisedDate: '2026-11-25',
  destination: DESTINATION,
  parcels: [{ trackingNumber: TRACKING_NUMBER, carrier: 'ups' }, { trackingNumber: USPS_NUMBER }],
};

export const orderExample: Order = {
  id: ORDER_ID,
  orderNumber: ORDER_NUMBER,
  customer: { email: 'ada@example.com', phone: null, name: 'Ada Lee', locale: 'en-US' },
  orderedAt: '2026-11-20T15:15:00.000Z',
  promisedDate: '2026-11-25',
  source: 'api',
  trackingPageUrl: `${PUBLIC_BASE_URL}/o/pS1nVw3kD0rQe7ZbLx9aFh2Y`,
  parcels: [
    {
      id: SHIPMENT_ID,
      trackingNumber: TRACKING_NUMBER,
      carrier: 'ups',
      status: 'pending',
      substatus: 'pending.registered',
      lastEventAt: null,
      deliveredAt: null,
      estimate: null,
    },
    {
      id: USPS_SHIPMENT_ID,
      trackingNumber: USPS_NUMBER,
      carrier: 'usps',
      status: 'pending',
      substatus: 'pending.registered',
      lastEventAt: null,
      deliveredAt: null,
      estimate: null,
    },
  ],
  createdAt: '2026-11-20T15:16:03.900Z',
  updatedAt: '2026-11-20T15:16:03.900Z',
};

export const orderPageExample = { data: [orderExample], nextCursor: null };
