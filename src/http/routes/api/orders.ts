import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { WaybillError } from '../../../domain/errors.js';
import type { Shipment } from '../../../domain/shipment.js';
import { ingestOrder } from '../../../orders/ingest-order.js';
import {
  findOrder,
  listOrders,
  shipmentsOfOrder,
  shipmentsOfOrders,
  type Order,
} from '../../../store/repositories/orders.js';
import { orderPageUrl } from '../../../web/order-page-url.js';
import type { AppDeps } from '../../deps.js';
import {
  createOrderExample,
  ORDER_ID,
  ORDER_NUMBER,
  orderExample,
  orderPageExample,
} from '../../examples/orders.js';
import { invalid, notFound } from '../../examples/problems.js';
import { withExamples } from '../../examples/with-examples.js';
import { CreateOrderBody, OrderSchema, type OrderView } from '../../schemas/order.js';

const ORDER_TAG = ['orders'];

/** Orders: a customer's order with the parcels it was split into, and one tracking page for all. */
export const orderRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();
    const view = (order: Order, parcels: readonly Shipment[]): OrderView => orderView(order, parcels, deps);

    api.post(
      '/v1/orders',
      {
        schema: {
          operationId: 'createOrder',
          summary: 'Register an order and its parcels',
          description:
            'Creates the order, or updates it when its `orderNumber` is known (parcels are added, never removed). ' +
            'Each parcel is registered as a shipment (or found, when the number is tracked already) and linked to the order; ' +
            'its carrier is detected from the number when `carrier` is absent. The customer gets shipping updates by email ' +
            '(unless `notify.email` is false) and by SMS only with `notify.sms: true`. A bad parcel refuses the whole order.',
          tags: ORDER_TAG,
          body: withExamples(CreateOrderBody, createOrderExample),
          response: {
            201: withExamples(OrderSchema, orderExample),
            200: withExamples(OrderSchema, orderExample),
            '4xx': invalid(
              'parcels.0',
              'the tracking number must be 4 to 40 letters or digits',
              '/v1/orders',
            ),
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const notify = body.notify ?? {};
        const source = 'the API';
        const result = await ingestOrder(
          deps.store,
          {
            tenantId: request.tenantId,
            source: 'api',
            orderNumber: body.orderNumber,
            customer: body.customer,
            orderedAt: body.orderedAt,
            promisedDate: body.promisedDate,
            destination: body.destination && {
              ...body.destination,
              country: body.destination.country?.toUpperCase(),
            },
            consent: {
              email:
                notify.email === false
                  ? undefined
                  : `The shop registered order ${body.orderNumber} through ${source} for shipping updates by email.`,
              sms:
                notify.sms === true
                  ? `The shop registered order ${body.orderNumber} through ${source} with the customer's consent to shipping updates by SMS.`
                  : undefined,
            },
            parcels: body.parcels,
          },
          deps.clock(),
          {
            detectCarrier: deps.detectCarrier,
            mode: 'strict',
            fieldPrefix: 'body.',
            onCommitted: deps.onCommitted,
            requestId: request.id,
          },
        );
        const parcels = await shipmentsOfOrder(deps.store.db, request.tenantId, result.order.id);
        return reply.code(result.created ? 201 : 200).send(view(result.order, parcels));
      },
    );

    api.get(
      '/v1/orders/:id',
      {
        schema: {
          operationId: 'getOrder',
          summary: 'An order with its parcels',
          tags: ORDER_TAG,
          params: Type.Object({ id: Type.String({ maxLength: 64, examples: [ORDER_ID] }) }),
          response: {
            200: withExamples(OrderSchema, orderExample),
            '4xx': notFound('order with id', ORDER_ID, `/v1/orders/${ORDER_ID}`),
          },
        },
      },
      async (request) => {
        const order = await findOrder(deps.store.db, request.tenantId, request.params.id);
        if (!order) throw new WaybillError('not_found', `no order with id ${request.params.id}`);
        return view(order, await shipmentsOfOrder(deps.store.db, request.tenantId, order.id));
      },
    );

    api.get(
      '/v1/orders',
      {
        schema: {
          operationId: 'listOrders',
          summary: 'List orders, newest first',
          tags: ORDER_TAG,
          querystring: Type.Object(
            {
              order_number: Type.Optional(Type.String({ maxLength: 200, examples: [ORDER_NUMBER] })),
              cursor: Type.Optional(
                Type.String({
                  pattern: '^[0-9A-HJKMNP-TV-Z]{26}$',
                  description: '`nextCursor` of the previous page.',
                  examples: [ORDER_ID],
                }),
              ),
              limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50, examples: [20] })),
            },
            { additionalProperties: false },
          ),
          response: {
            200: withExamples(
              Type.Object({
                data: Type.Array(OrderSchema),
                nextCursor: Type.Union([Type.String(), Type.Null()]),
              }),
              orderPageExample,
            ),
            '4xx': invalid('querystring.limit', 'must be <= 200', '/v1/orders'),
          },
        },
      },
      async (request) => {
        const limit = request.query.limit ?? 50;
        const orders = await listOrders(deps.store.db, request.tenantId, {
          limit,
          cursor: request.query.cursor,
          orderNumber: request.query.order_number,
        });
        const parcels = await shipmentsOfOrders(
          deps.store.db,
          request.tenantId,
          orders.map((o) => o.id),
        );
        const data = orders.map((order) => view(order, parcels.get(order.id) ?? []));
        return { data, nextCursor: orders.length === limit ? (orders.at(-1)?.id ?? null) : null };
      },
    );
  };

function orderView(order: Order, parcels: readonly Shipment[], deps: AppDeps): OrderView {
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    customer: order.customer,
    orderedAt: order.orderedAt,
    promisedDate: order.promisedDate,
    source: order.source,
    trackingPageUrl: orderPageUrl(deps.config.publicBaseUrl, order.pageToken),
    parcels: parcels.map((s) => ({
      id: s.id,
      trackingNumber: s.trackingNumber,
      carrier: s.carrier,
      status: s.status,
      substatus: s.substatus,
      lastEventAt: s.lastEventAt,
      deliveredAt: s.deliveredAt,
      estimate: s.estimate
        ? { earliest: s.estimate.earliest, latest: s.estimate.latest, mostLikely: s.estimate.mostLikely }
        : null,
    })),
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}
