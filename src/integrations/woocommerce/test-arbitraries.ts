import fc from 'fast-check';

// fast-check arbitraries for WooCommerce deliveries: the parser's fuzz test and the route's.

/** Values of the shapes an order's fields take, and of shapes they should not. */
export const loose = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', ' ', '\u0000', '2026-03-03T08:30:00', '2026-02-30T25:00:00Z', 'completed', 'cancelled'),
  fc.anything(),
);

const trackingItem = fc.record(
  {
    tracking_provider: fc.oneof(
      fc.constantFrom('ups', 'dhl', 'usps', '', 'unknown-co', 'constructor'),
      loose,
    ),
    custom_tracking_provider: loose,
    tracking_number: fc.oneof(
      fc.constantFrom('1Z5R89390357567127', 'JJD0099999999', ' ', 'x'.repeat(500)),
      loose,
    ),
    date_shipped: loose,
  },
  { requiredKeys: [] },
);

/** Objects shaped like an order, with every field allowed to be wrong. */
export const orderLike = fc.record(
  {
    id: fc.oneof(
      fc.integer({ min: -5, max: 1e12 }),
      fc.constantFrom('812', '0', '1e3', '99999999999999999999999'),
      loose,
    ),
    number: loose,
    status: fc.oneof(fc.constantFrom('processing', 'completed', 'cancelled', 'trash'), loose),
    date_created_gmt: loose,
    date_modified_gmt: loose,
    billing: fc.oneof(fc.record({ email: loose, phone: loose, first_name: loose, country: loose }), loose),
    shipping: fc.oneof(fc.record({ postcode: loose, city: loose, country: loose, last_name: loose }), loose),
    meta_data: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record({
            key: fc.constantFrom(
              '_wc_shipment_tracking_items',
              'sms_opt_in',
              '_wc_twilio_sms_optin',
              'other',
            ),
            value: fc.oneof(
              fc.array(trackingItem, { maxLength: 4 }),
              fc.dictionary(fc.string(), trackingItem),
              loose,
            ),
          }),
          loose,
        ),
        { maxLength: 5 },
      ),
      loose,
    ),
  },
  { requiredKeys: [] },
);

/** Raw webhook bodies: mostly order-like JSON, then any JSON, then any text. */
export const webhookBody = fc.oneof(
  { weight: 4, arbitrary: orderLike.map((order) => JSON.stringify(order)) },
  { weight: 2, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.string() },
  {
    weight: 1,
    arbitrary: fc.constantFrom('webhook_id=3', '', 'null', '[]', '{"id":1', '{"__proto__":{"id":1}}'),
  },
);

export const webhookTopic = fc.oneof(
  fc.constantFrom('order.created', 'order.updated', 'order.deleted', 'product.updated', undefined),
  fc.string(),
);
