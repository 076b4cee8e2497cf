import { Type, type Static } from 'typebox';
import { AddressSchema, IsoDate, StatusSchema, SubstatusSchema } from './shipment.js';

const Text = (max: number, description?: string) =>
  Type.String({ maxLength: max, ...(description ? { description } : {}) });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const CustomerSchema = Type.Object(
  {
    email: Type.Optional(Text(254)),
    phone: Type.Optional(
      Text(40, 'Any format; stored as E.164 (read in the destination country without a +).'),
    ),
    name: Type.Optional(Text(200)),
    locale: Type.Optional(Text(35, 'BCP 47: the language of messages and the order page.')),
  },
  { additionalProperties: false },
);

export const CreateOrderBody = Type.Object(
  {
    orderNumber: Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        "The merchant's order number as the customer knows it; posting it again updates the order.",
    }),
    customer: Type.Optional(CustomerSchema),
    orderedAt: Type.Optional(Type.String({ description: 'ISO 8601 instant with an offset.' })),
    promisedDate: Type.Optional(IsoDate),
    destination: Type.Optional(AddressSchema),
    notify: Type.Optional(
      Type.Object(
        {
          email: Type.Optional(
            Type.Boolean({ description: 'Send shipping updates to the email (default true).' }),
          ),
          sms: Type.Optional(
            Type.Boolean({
              description: 'Text updates to the phone: only with the customer’s consent (default false).',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    parcels: Type.Array(
      Type.Object(
        {
          trackingNumber: Type.String({ minLength: 1, maxLength: 64 }),
          carrier: Type.Optional(
            Type.String({ maxLength: 40, description: 'Detected from the number when absent.' }),
          ),
          service: Type.Optional(Text(100)),
        },
        { additionalProperties: false },
      ),
      {
        maxItems: 100,
        description: 'The parcels the order was split into; more can be added by posting again.',
      },
    ),
  },
  { additionalProperties: false },
);
export type CreateOrderBody = Static<typeof CreateOrderBody>;

export const OrderParcelSchema = Type.Object({
  id: Type.String(),
  trackingNumber: Type.String(),
  carrier: Type.String(),
  status: StatusSchema,
  substatus: SubstatusSchema,
  lastEventAt: Nullable(Type.String()),
  deliveredAt: Nullable(Type.String()),
  estimate: Nullable(
    Type.Object({ earliest: Type.String(), latest: Type.String(), mostLikely: Type.String() }),
  ),
});

export const OrderSchema = Type.Object({
  id: Type.String(),
  orderNumber: Type.String(),
  customer: Type.Object({
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    name: Nullable(Type.String()),
    locale: Nullable(Type.String()),
  }),
  orderedAt: Nullable(Type.String()),
  promisedDate: Nullable(Type.String()),
  source: Type.String({ description: 'api, csv, shopify, woocommerce or email.' }),
  trackingPageUrl: Type.String({ description: 'The page that shows every parcel of the order.' }),
  parcels: Type.Array(OrderParcelSchema),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type OrderView = Static<typeof OrderSchema>;
