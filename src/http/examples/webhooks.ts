import type { Static } from 'typebox';
import type {
  CreateEndpointBody,
  DeliveryPageSchema,
  DeliverySchema,
  EndpointSchema,
  PatchEndpointBody,
  ReplayAllBody,
} from '../schemas/webhooks.js';
import { DEAD_LETTER_ID, SHIPMENT_ID, WEBHOOK_DELIVERY_ID, WEBHOOK_ENDPOINT_ID } from './fragments.js';

type Endpoint = Static<typeof EndpointSchema>;
type Delivery = Static<typeof DeliverySchema>;

export const createEndpointExample: Static<typeof CreateEndpointBody> = {
  url: 'https://hooks.acme-shop.com/waybill',
  events: ['status.changed', 'delivered', 'exception.raised'],
  description: 'Order system: marks orders shipped and delivered',
};

/** As listed: no secret. */
export const endpointExample: Endpoint = {
  id: WEBHOOK_ENDPOINT_ID,
  url: 'https://hooks.acme-shop.com/waybill',
  description: 'Order system: marks orders shipped and delivered',
  events: ['status.changed', 'delivered', 'exception.raised'],
  enabled: true,
  disabledReason: null,
  disabledAt: null,
  consecutiveDeadLetters: 0,
  createdAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};

/** Created (201), and read one by one: with the signing secret. */
export const endpointWithSecretExample: Endpoint = {
  ...endpointExample,
  secret: 'whsec_eQavMPcTB9xmerp0+iPQb1fm4p4HP9n5zPD+2uaXon8=',
};

export const endpointWithDeliveriesExample: Endpoint = {
  ...endpointWithSecretExample,
  deliveries: { pending: 1, delivered: 214, dead: 1 },
};

/** Turned back on after a 410 Gone disabled it. */
export const enableEndpointExample: Static<typeof PatchEndpointBody> = { enabled: true };
export const enabledEndpointExample: Endpoint = { ...endpointExample, updatedAt: '2026-11-23T09:12:44.530Z' };

/** Refused once with 503, delivered on the second attempt. */
export const deliveryExample: Delivery = {
  id: WEBHOOK_DELIVERY_ID,
  webhookId: 'msg_ypeBEsobvcr6wjGzmiPcTaeG7_g',
  endpointId: WEBHOOK_ENDPOINT_ID,
  shipmentId: SHIPMENT_ID,
  eventType: 'status.changed',
  state: 'delivered',
  attempts: 2,
  nextAttemptAt: null,
  lastStatusCode: 200,
  lastError: null,
  deliveredAt: '2026-11-20T23:44:13.904Z',
  deadAt: null,
  createdAt: '2026-11-20T23:44:07.311Z',
  attemptLog: [
    {
      attempt: 1,
      startedAt: '2026-11-20T23:44:07.402Z',
      durationMs: 1210,
      statusCode: 503,
      outcome: 'retry',
      error: 'the endpoint answered 503',
    },
    {
      attempt: 2,
      startedAt: '2026-11-20T23:44:13.690Z',
      durationMs: 214,
      statusCode: 200,
      outcome: 'delivered',
      error: null,
    },
  ],
};

/** 410 Gone: no retries, the message is dead at once (and the endpoint disabled). */
export const deadLetterExample: Delivery = {
  id: DEAD_LETTER_ID,
  webhookId: 'msg_PiPoFgA5WUoziU9lZOGxNIu9egC',
  endpointId: WEBHOOK_ENDPOINT_ID,
  shipmentId: SHIPMENT_ID,
  eventType: 'status.changed',
  state: 'dead',
  attempts: 1,
  nextAttemptAt: null,
  lastStatusCode: 410,
  lastError: 'the endpoint answered 410',
  deliveredAt: null,
  deadAt: '2026-11-22T11:48:01.377Z',
  createdAt: '2026-11-22T11:48:01.020Z',
  attemptLog: [
    {
      attempt: 1,
      startedAt: '2026-11-22T11:48:01.101Z',
      durationMs: 276,
      statusCode: 410,
      outcome: 'dead',
      error: 'the endpoint answered 410',
    },
  ],
};

type DeliveryPage = Static<typeof DeliveryPageSchema>;
export const deliveryPageExample: DeliveryPage = {
  items: [deadLetterExample, deliveryExample],
  nextCursor: null,
};
export const deadLetterPageExample: DeliveryPage = { items: [deadLetterExample], nextCursor: null };

export const replayAllExample: Static<typeof ReplayAllBody> = { endpointId: WEBHOOK_ENDPOINT_ID };
