import type { Static } from 'typebox';
import type { CarrierHealthSchema, UnmappedSchema } from '../routes/api/carriers.js';

type CarrierHealth = Static<typeof CarrierHealthSchema>;

/** UPS is healthy; FedEx asked the poller to wait, and its breaker is trying again. */
export const carrierHealthExample: { items: CarrierHealth[] } = {
  items: [
    {
      id: 'ups',
      name: 'UPS',
      capabilities: { pull: true, push: false, batchSize: 1, ratePerSecond: 5, burst: 10, concurrency: 4 },
      polled: true,
      lastSuccessAt: '2026-11-22T11:47:58.204Z',
      lastErrorAt: '2026-11-21T03:12:09.551Z',
      lastError: 'UPS answered 502',
      errorRate: 0.004,
      requests: 1873,
      rateLimit: { tokens: 7.5, limitedUntil: null },
      breaker: 'closed',
    },
    {
      id: 'fedex',
      name: 'FedEx',
      capabilities: { pull: true, push: false, batchSize: 30, ratePerSecond: 5, burst: 10, concurrency: 2 },
      polled: true,
      lastSuccessAt: '2026-11-22T11:31:40.018Z',
      lastErrorAt: '2026-11-22T11:46:12.730Z',
      lastError: 'FedEx answered 429',
      errorRate: 0.31,
      requests: 142,
      rateLimit: { tokens: 0, limitedUntil: '2026-11-22T11:51:12.000Z' },
      breaker: 'half_open',
    },
  ],
};

export const unmappedCodesExample: { items: Static<typeof UnmappedSchema>[] } = {
  items: [
    {
      carrier: 'fedex',
      rawCode: 'AE',
      count: 12,
      firstSeenAt: '2026-11-03T14:20:31.000Z',
      lastSeenAt: '2026-11-22T09:05:47.000Z',
      sampleDescription: 'Shipment arriving early',
    },
  ],
};

/**
 * An EasyPost `tracker.updated` Event, signed with X-Hmac-Signature: the USPS parcel of a shipment
 * registered with `"carrier": "easypost"` is out for delivery.
 */
export const easypostWebhookExample = {
  id: 'evt_3b9e41d07c5a4f6e8d21c0a7b5e9f312',
  object: 'Event',
  mode: 'production',
  description: 'tracker.updated',
  previous_attributes: { status: 'in_transit' },
  status: 'pending',
  pending_urls: ['https://track.acme-shop.com/v1/carriers/easypost/webhook'],
  completed_urls: [],
  created_at: '2026-11-23T13:05:09Z',
  updated_at: '2026-11-23T13:05:09Z',
  result: {
    id: 'trk_8c2f4e6a1b3d5f70',
    object: 'Tracker',
    mode: 'production',
    tracking_code: '9400111899223855732126',
    carrier: 'USPS',
    status: 'out_for_delivery',
    status_detail: 'out_for_delivery',
    signed_by: null,
    est_delivery_date: '2026-11-23T00:00:00Z',
    is_return: false,
    carrier_detail: {
      service: 'Priority Mail',
      est_delivery_date_local: '2026-11-23',
      est_delivery_time_local: null,
    },
    tracking_details: [
      {
        object: 'TrackingDetail',
        message: 'Out for Delivery',
        description: '',
        status: 'out_for_delivery',
        status_detail: 'out_for_delivery',
        datetime: '2026-11-23T07:58:00-06:00',
        source: 'USPS',
        carrier_code: 'OF',
        tracking_location: {
          object: 'TrackingLocation',
          city: 'AUSTIN',
          state: 'TX',
          country: 'US',
          zip: '78704',
        },
      },
    ],
    created_at: '2026-11-21T16:20:00Z',
    updated_at: '2026-11-23T13:05:08Z',
  },
};

export const carrierWebhookResultExample = {
  accepted: 1,
  duplicates: 0,
  rejected: 0,
  untracked: [],
  problems: [],
};
