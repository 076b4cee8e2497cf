import { Type, type Static } from 'typebox';
import {
  EXCEPTION_REASONS,
  STATUSES,
  SUBSTATUS_CODES,
  type ExceptionReason,
  type Status,
  type Substatus,
} from '../../domain/status.js';

const Text = (max: number, description?: string) =>
  Type.String({ maxLength: max, ...(description ? { description } : {}) });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const IsoDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar date, YYYY-MM-DD.',
});

export const AddressSchema = Type.Object(
  {
    postalCode: Type.Optional(Text(20)),
    city: Type.Optional(Text(100)),
    region: Type.Optional(Text(100)),
    country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2.' })),
  },
  { additionalProperties: false },
);

// Enums as plain JSON Schema: readable in the OpenAPI document, and typed as our unions.
export const StatusSchema = Type.Unsafe<Status>({
  type: 'string',
  enum: [...STATUSES],
  description: 'Top-level status; see docs/status-model.md.',
});
export const SubstatusSchema = Type.Unsafe<Substatus>({
  type: 'string',
  enum: [...SUBSTATUS_CODES],
  description: 'Substatus code; see docs/status-model.md.',
});

export const EstimateSchema = Type.Object({
  mostLikely: IsoDate,
  earliest: IsoDate,
  latest: IsoDate,
  confidence: Type.Number(),
  probabilityByPromise: Type.Optional(Type.Number()),
  basis: Type.String(),
  predictedAt: Type.String(),
});

export const CreateShipmentBody = Type.Object(
  {
    trackingNumber: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description:
          'As printed; spaces and dashes are ignored. Omitted, Waybill issues one of its own (carrier `waybill`).',
      }),
    ),
    carrier: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9][a-z0-9_-]{0,39}$',
        description: 'Carrier id; omitted, it is detected.',
      }),
    ),
    service: Type.Optional(Text(100)),
    orderRef: Type.Optional(Text(200, "The merchant's order reference.")),
    origin: Type.Optional(AddressSchema),
    destination: Type.Optional(AddressSchema),
    promisedDate: Type.Optional(IsoDate),
    orderedAt: Type.Optional(
      Type.String({
        maxLength: 40,
        description:
          'When the customer ordered: an ISO 8601 date and time with its offset. Estimates made before hand-over count from it.',
        examples: ['2026-11-20T09:15:00+01:00'],
      }),
    ),
  },
  { additionalProperties: false },
);
export type CreateShipmentBody = Static<typeof CreateShipmentBody>;

export const ShipmentSchema = Type.Object({
  id: Type.String(),
  trackingNumber: Type.String(),
  carrier: Type.String(),
  service: Nullable(Type.String()),
  orderRef: Nullable(Type.String()),
  origin: Nullable(AddressSchema),
  destination: Nullable(AddressSchema),
  promisedDate: Nullable(Type.String()),
  orderedAt: Nullable(Type.String({ description: 'When the customer ordered (UTC).' })),
  status: StatusSchema,
  substatus: SubstatusSchema,
  exceptionReason: Nullable(
    Type.Unsafe<ExceptionReason>({
      type: 'string',
      enum: [...EXCEPTION_REASONS],
      description: 'Who must act.',
    }),
  ),
  lastLocation: Nullable(AddressSchema),
  lastEventAt: Nullable(Type.String({ description: 'UTC instant of the newest scan.' })),
  deliveredAt: Nullable(Type.String()),
  firstScanAt: Nullable(Type.String()),
  deliveryAttempts: Type.Integer(),
  stalled: Type.Boolean(),
  estimate: Nullable(EstimateSchema),
  estimateChange: Nullable(
    Type.String({ description: 'How the estimate moved, e.g. "was Tuesday, now Thursday".' }),
  ),
  delayReasons: Type.Array(Type.String(), {
    description: 'promise_at_risk, carrier_estimate_slipped, stalled.',
  }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const TimelineEventSchema = Type.Object({
  occurredAt: Type.String({ description: 'UTC instant.' }),
  zone: Type.String({ description: 'The scan’s original UTC offset or IANA zone.' }),
  localTime: Type.String({ description: 'The scan’s time as it was on the clock where it happened.' }),
  status: StatusSchema,
  substatus: SubstatusSchema,
  rawCode: Type.String(),
  rawDescription: Type.String(),
  location: Nullable(AddressSchema),
  source: Type.Object({ adapter: Type.String(), mode: Type.String() }),
  dedupeKey: Type.String(),
  corrects: Type.Optional(Type.String()),
  voided: Type.Boolean({ description: 'A later correction replaced this scan; kept for audit.' }),
});

export const ShipmentWithTimeline = Type.Intersect([
  ShipmentSchema,
  Type.Object({
    timeline: Type.Array(TimelineEventSchema),
    trackingPageUrl: Type.Optional(
      Type.String({ description: 'The customer tracking page of this shipment (an unguessable link).' }),
    ),
  }),
]);
