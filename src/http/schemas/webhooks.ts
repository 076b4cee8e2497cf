import { Type } from 'typebox';
import { WEBHOOK_EVENT_TYPES } from '../../notify/webhooks/event-types.js';
import { WEBHOOK_DELIVERY_ID } from '../examples/fragments.js';

const EventType = Type.Unsafe<string>({
  type: 'string',
  enum: ['*', ...WEBHOOK_EVENT_TYPES],
  description: 'An event type, or "*" for every type.',
});

const Url = Type.String({
  minLength: 1,
  maxLength: 2048,
  description: 'http(s) URL the events are POSTed to.',
});
const Events = Type.Array(EventType, {
  minItems: 1,
  maxItems: 50,
  description: 'Which events this endpoint receives.',
});
const Description = Type.String({ maxLength: 500 });

export const CreateEndpointBody = Type.Object(
  { url: Url, events: Events, description: Type.Optional(Description) },
  { additionalProperties: false },
);

export const PatchEndpointBody = Type.Object(
  {
    url: Type.Optional(Url),
    events: Type.Optional(Events),
    description: Type.Optional(Description),
    enabled: Type.Optional(
      Type.Boolean({ description: 'true re-enables a disabled endpoint and clears its failure count.' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const EndpointSchema = Type.Object({
  id: Type.String(),
  url: Type.String(),
  description: Type.String(),
  events: Type.Array(Type.String()),
  enabled: Type.Boolean(),
  disabledReason: Nullable(Type.String()),
  disabledAt: Nullable(Type.String()),
  consecutiveDeadLetters: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  secret: Type.Optional(
    Type.String({
      description: 'The Standard Webhooks signing secret (whsec_…); verify every request with it.',
    }),
  ),
  deliveries: Type.Optional(
    Type.Object({ pending: Type.Integer(), delivered: Type.Integer(), dead: Type.Integer() }),
  ),
});

export const AttemptSchema = Type.Object({
  attempt: Type.Integer(),
  startedAt: Type.String(),
  durationMs: Type.Integer(),
  statusCode: Nullable(Type.Integer()),
  outcome: Type.String({ description: 'delivered | retry | dead | refused (the SSRF guard said no)' }),
  error: Nullable(Type.String()),
});

export const DeliverySchema = Type.Object({
  id: Type.String(),
  webhookId: Type.String({ description: 'The webhook-id header: the same on every attempt and replay.' }),
  endpointId: Type.String(),
  shipmentId: Nullable(Type.String()),
  eventType: Type.String(),
  state: Type.String({ description: 'pending | delivered | dead' }),
  attempts: Type.Integer(),
  nextAttemptAt: Nullable(Type.String()),
  lastStatusCode: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  deliveredAt: Nullable(Type.String()),
  deadAt: Nullable(Type.String()),
  createdAt: Type.String(),
  attemptLog: Type.Array(AttemptSchema),
});

export const DeliveryPageSchema = Type.Object({
  items: Type.Array(DeliverySchema),
  nextCursor: Nullable(Type.String()),
});

export const PageQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 64, examples: [WEBHOOK_DELIVERY_ID] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, examples: [20] })),
  },
  { additionalProperties: false },
);

export const ReplayAllBody = Type.Object(
  {
    endpointId: Type.Optional(
      Type.String({ maxLength: 64, description: 'Only this endpoint’s dead letters.' }),
    ),
  },
  { additionalProperties: false },
);

export const ReplayResult = Type.Object({ replayed: Type.Integer() });
