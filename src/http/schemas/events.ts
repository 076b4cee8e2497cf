import { Type, type Static } from 'typebox';
import { AddressSchema, IsoDate } from './shipment.js';

export const MAX_EVENTS_PER_REQUEST = 1000;

export const IncomingEvent = Type.Object(
  {
    trackingNumber: Type.String({ minLength: 1, maxLength: 64 }),
    carrier: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9][a-z0-9_-]{0,39}$',
        description: 'Defaults to "custom", for the merchant’s own deliveries.',
      }),
    ),
    occurredAt: Type.String({
      maxLength: 64,
      description: 'ISO 8601 with an offset, or local time with `zone`.',
    }),
    zone: Type.Optional(Type.String({ maxLength: 64, description: 'IANA time zone of the place.' })),
    status: Type.String({ maxLength: 64, description: 'A status or substatus code (docs/status-model.md).' }),
    rawCode: Type.Optional(Type.String({ maxLength: 200 })),
    rawDescription: Type.Optional(Type.String({ maxLength: 2000 })),
    location: Type.Optional(AddressSchema),
    carrierEstimate: Type.Optional(IsoDate),
    corrects: Type.Optional(
      Type.String({ maxLength: 64, description: 'Dedupe key of the scan this one corrects.' }),
    ),
    shipment: Type.Optional(
      Type.Object(
        {
          service: Type.Optional(Type.String({ maxLength: 100 })),
          orderRef: Type.Optional(Type.String({ maxLength: 200 })),
          origin: Type.Optional(AddressSchema),
          destination: Type.Optional(AddressSchema),
          promisedDate: Type.Optional(IsoDate),
          orderedAt: Type.Optional(
            Type.String({ maxLength: 40, description: 'When the customer ordered, with its offset.' }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type IncomingEvent = Static<typeof IncomingEvent>;

export const IngestBody = Type.Object(
  { events: Type.Array(IncomingEvent, { minItems: 1, maxItems: MAX_EVENTS_PER_REQUEST }) },
  { additionalProperties: false },
);
export type IngestBody = Static<typeof IngestBody>;

export const IngestResponse = Type.Object({
  accepted: Type.Integer({ description: 'Scans stored for the first time.' }),
  duplicates: Type.Integer({ description: 'Scans already known; nothing changed.' }),
  rejected: Type.Array(Type.Object({ index: Type.Integer(), field: Type.String(), reason: Type.String() }), {
    description: 'Scans refused, each with the field and the reason; the rest were stored.',
  }),
});
