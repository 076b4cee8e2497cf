import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { WaybillError } from '../../../domain/errors.js';
import {
  attemptsOf,
  deliveryCounts,
  findDelivery,
  listDeliveries,
  replayDeadLetters,
  type WebhookDelivery,
} from '../../../notify/webhooks/delivery-store.js';
import {
  createEndpoint,
  deleteEndpoint,
  findEndpoint,
  listEndpoints,
  updateEndpoint,
  withoutSecret,
} from '../../../notify/webhooks/endpoint-store.js';
import { checkDestinationUrl } from '../../../notify/webhooks/guarded-lookup.js';
import type { Executor } from '../../../store/executor.js';
import type { Store } from '../../../store/open-store.js';
import type { AppDeps } from '../../deps.js';
import { DEAD_LETTER_ID, SHIPMENT_ID, WEBHOOK_ENDPOINT_ID } from '../../examples/fragments.js';
import { invalid, notFound, problemExample, problemResponse, unauthorized } from '../../examples/problems.js';
import {
  createEndpointExample,
  deadLetterPageExample,
  deliveryPageExample,
  enabledEndpointExample,
  enableEndpointExample,
  endpointExample,
  endpointWithDeliveriesExample,
  endpointWithSecretExample,
  replayAllExample,
} from '../../examples/webhooks.js';
import { withExamples } from '../../examples/with-examples.js';
import {
  CreateEndpointBody,
  DeliveryPageSchema,
  EndpointSchema,
  PageQuery,
  PatchEndpointBody,
  ReplayAllBody,
  ReplayResult,
} from '../../schemas/webhooks.js';

const IdParams = Type.Object({ id: Type.String({ maxLength: 64, examples: [WEBHOOK_ENDPOINT_ID] }) });
const TAGS = ['webhooks'];
const ENDPOINT_PATH = `/v1/webhook-endpoints/${WEBHOOK_ENDPOINT_ID}`;
const noEndpoint = (instance = ENDPOINT_PATH) => notFound('webhook endpoint', WEBHOOK_ENDPOINT_ID, instance);

export const webhookRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const api = app.withTypeProvider<TypeBoxTypeProvider>();
    const policy = {
      allowPrivate: deps.config.webhooks.allowPrivateDestinations,
      allowed: deps.config.webhooks.allowedDestinations,
    };
    // The first SSRF check: at save time, so the merchant hears why at once. The sender checks
    // again on every connection.
    const assertDestination = async (url: string) => {
      const verdict = await checkDestinationUrl(policy, url);
      if (!verdict.ok)
        throw new WaybillError('validation_failed', `body.url ${verdict.reason}`, {
          problems: [{ field: 'body.url', message: verdict.reason }],
        });
    };
    const endpointOr404 = async (tenantId: string, id: string) => {
      const endpoint = await findEndpoint(deps.store.db, tenantId, id);
      if (!endpoint) throw new WaybillError('not_found', `no webhook endpoint ${id}`);
      return endpoint;
    };

    api.post(
      '/v1/webhook-endpoints',
      {
        schema: {
          operationId: 'createWebhookEndpoint',
          summary: 'Add a webhook endpoint',
          description:
            'Events matching `events` are POSTed to `url`, signed per Standard Webhooks with the returned `secret`. ' +
            'Private, loopback and link-local destinations are refused unless the operator allowed them.',
          tags: TAGS,
          body: withExamples(CreateEndpointBody, createEndpointExample),
          response: {
            201: withExamples(EndpointSchema, endpointWithSecretExample),
            '4xx': invalid('body.url', 'points at 10.0.0.7 is a private address', '/v1/webhook-endpoints'),
          },
        },
      },
      async (request, reply) => {
        await assertDestination(request.body.url);
        const endpoint = await createEndpoint(
          deps.store.db,
          { tenantId: request.tenantId, ...request.body },
          deps.clock(),
        );
        return reply.code(201).send(endpoint);
      },
    );

    api.get(
      '/v1/webhook-endpoints',
      {
        schema: {
          operationId: 'listWebhookEndpoints',
          summary: 'Your webhook endpoints (without secrets)',
          tags: TAGS,
          response: {
            200: withExamples(Type.Object({ items: Type.Array(EndpointSchema) }), {
              items: [endpointExample],
            }),
            '4xx': unauthorized('/v1/webhook-endpoints'),
          },
        },
      },
      async (request) => ({
        items: (await listEndpoints(deps.store.db, request.tenantId)).map(withoutSecret),
      }),
    );

    api.get(
      '/v1/webhook-endpoints/:id',
      {
        schema: {
          operationId: 'getWebhookEndpoint',
          summary: 'One endpoint, with its secret, status and delivery counts',
          tags: TAGS,
          params: IdParams,
          response: { 200: withExamples(EndpointSchema, endpointWithDeliveriesExample), '4xx': noEndpoint() },
        },
      },
      async (request) => {
        const endpoint = await endpointOr404(request.tenantId, request.params.id);
        return { ...endpoint, deliveries: await deliveryCounts(deps.store.db, endpoint.id) };
      },
    );

    api.patch(
      '/v1/webhook-endpoints/:id',
      {
        schema: {
          operationId: 'updateWebhookEndpoint',
          summary: 'Change an endpoint; `enabled: true` turns a disabled one back on',
          tags: TAGS,
          params: IdParams,
          body: withExamples(PatchEndpointBody, enableEndpointExample),
          response: { 200: withExamples(EndpointSchema, enabledEndpointExample), '4xx': noEndpoint() },
        },
      },
      async (request) => {
        await endpointOr404(request.tenantId, request.params.id);
        if (request.body.url !== undefined) await assertDestination(request.body.url);
        const updated = await updateEndpoint(
          deps.store.db,
          request.tenantId,
          request.params.id,
          request.body,
          deps.clock(),
        );
        // Enabled again: its waiting deliveries are due.
        if (request.body.enabled === true) deps.onWebhooksDue?.();
        return withoutSecret(updated ?? (await endpointOr404(request.tenantId, request.params.id)));
      },
    );

    api.delete(
      '/v1/webhook-endpoints/:id',
      {
        schema: {
          operationId: 'deleteWebhookEndpoint',
          summary: 'Remove an endpoint with its deliveries and their log',
          tags: TAGS,
          params: IdParams,
          response: { 204: Type.Null(), '4xx': noEndpoint() },
        },
      },
      async (request, reply) => {
        const removed = await deps.store.db
          .transaction()
          .execute((trx) => deleteEndpoint(trx, request.tenantId, request.params.id));
        if (!removed) throw new WaybillError('not_found', `no webhook endpoint ${request.params.id}`);
        return reply.code(204).send(null);
      },
    );

    api.get(
      '/v1/webhook-endpoints/:id/deliveries',
      {
        schema: {
          operationId: 'listWebhookEndpointDeliveries',
          summary: 'Deliveries to one endpoint, newest first, each with its attempt log',
          tags: TAGS,
          params: IdParams,
          querystring: Type.Object(
            {
              ...PageQuery.properties,
              state: Type.Optional(
                Type.Unsafe<'pending' | 'delivered' | 'dead'>({
                  type: 'string',
                  enum: ['pending', 'delivered', 'dead'],
                  examples: ['dead'],
                }),
              ),
            },
            { additionalProperties: false },
          ),
          response: {
            200: withExamples(DeliveryPageSchema, deadLetterPageExample),
            '4xx': noEndpoint(`${ENDPOINT_PATH}/deliveries`),
          },
        },
      },
      async (request) => {
        await endpointOr404(request.tenantId, request.params.id);
        return deliveryPage(deps.store, {
          tenantId: request.tenantId,
          endpointId: request.params.id,
          state: request.query.state,
          cursor: request.query.cursor,
          limit: request.query.limit ?? 50,
        });
      },
    );

    api.get(
      '/v1/webhook-deliveries',
      {
        schema: {
          operationId: 'listWebhookDeliveries',
          summary: 'Webhook deliveries of one shipment, with every attempt',
          tags: TAGS,
          querystring: Type.Object(
            { ...PageQuery.properties, shipmentId: Type.String({ maxLength: 64, examples: [SHIPMENT_ID] }) },
            { additionalProperties: false },
          ),
          response: {
            200: withExamples(DeliveryPageSchema, deliveryPageExample),
            '4xx': invalid('querystring.shipmentId', 'is required', '/v1/webhook-deliveries'),
          },
        },
      },
      async (request) => {
        return deliveryPage(deps.store, {
          tenantId: request.tenantId,
          shipmentId: request.query.shipmentId,
          cursor: request.query.cursor,
          limit: request.query.limit ?? 50,
        });
      },
    );

    api.get(
      '/v1/webhook-dead-letters',
      {
        schema: {
          operationId: 'listWebhookDeadLetters',
          summary: 'Messages that failed for the whole retry window, newest first',
          tags: TAGS,
          querystring: Type.Object(
            {
              ...PageQuery.properties,
              endpointId: Type.Optional(Type.String({ maxLength: 64, examples: [WEBHOOK_ENDPOINT_ID] })),
            },
            { additionalProperties: false },
          ),
          response: {
            200: withExamples(DeliveryPageSchema, deadLetterPageExample),
            '4xx': unauthorized('/v1/webhook-dead-letters'),
          },
        },
      },
      async (request) => {
        return deliveryPage(deps.store, {
          tenantId: request.tenantId,
          endpointId: request.query.endpointId,
          state: 'dead',
          cursor: request.query.cursor,
          limit: request.query.limit ?? 50,
        });
      },
    );

    api.post(
      '/v1/webhook-dead-letters/:id/replay',
      {
        schema: {
          operationId: 'replayWebhookDeadLetter',
          summary: 'Send one dead letter again (same webhook-id, fresh retry window)',
          tags: TAGS,
          params: Type.Object({ id: Type.String({ maxLength: 64, examples: [DEAD_LETTER_ID] }) }),
          response: {
            202: withExamples(ReplayResult, { replayed: 1 }),
            '4xx': problemResponse(
              problemExample(
                'conflict',
                `endpoint ${WEBHOOK_ENDPOINT_ID} is disabled (the endpoint answered 410 Gone: the endpoint answered 410); ` +
                  'enable it first with PATCH {"enabled": true}',
                `/v1/webhook-dead-letters/${DEAD_LETTER_ID}/replay`,
              ),
            ),
          },
        },
      },
      async (request, reply) => {
        const delivery = await findDelivery(deps.store.db, request.tenantId, request.params.id);
        if (!delivery || delivery.state !== 'dead')
          throw new WaybillError('not_found', `no dead letter ${request.params.id}`);
        const endpoint = await endpointOr404(request.tenantId, delivery.endpointId);
        if (!endpoint.enabled)
          throw new WaybillError(
            'conflict',
            `endpoint ${endpoint.id} is disabled (${endpoint.disabledReason ?? 'no reason'}); enable it first with PATCH {"enabled": true}`,
          );
        const replayed = await replayDeadLetters(
          deps.store.db,
          request.tenantId,
          { deliveryId: delivery.id },
          deps.clock(),
        );
        deps.onWebhooksDue?.();
        return reply.code(202).send({ replayed });
      },
    );

    api.post(
      '/v1/webhook-dead-letters/replay',
      {
        schema: {
          operationId: 'replayWebhookDeadLetters',
          summary: 'Send every dead letter again (of enabled endpoints; optionally of one endpoint)',
          tags: TAGS,
          body: withExamples(Type.Optional(ReplayAllBody), replayAllExample),
          response: {
            202: withExamples(ReplayResult, { replayed: 3 }),
            '4xx': noEndpoint('/v1/webhook-dead-letters/replay'),
          },
        },
      },
      async (request, reply) => {
        const endpointId = request.body?.endpointId;
        if (endpointId !== undefined) await endpointOr404(request.tenantId, endpointId);
        const replayed = await replayDeadLetters(
          deps.store.db,
          request.tenantId,
          endpointId === undefined ? {} : { endpointId },
          deps.clock(),
        );
        deps.onWebhooksDue?.();
        return reply.code(202).send({ replayed });
      },
    );
  };

/**
 * A page of deliveries with their attempt logs. The sender moves a delivery on and logs its
 * attempt in one commit; both reads see the same snapshot, so a page never shows a delivery
 * without the attempt that moved it (or an attempt the delivery does not count yet).
 */
function deliveryPage(store: Store, filter: Parameters<typeof listDeliveries>[1]) {
  return readSnapshot(store, async (db) => {
    const page = await listDeliveries(db, filter);
    return { items: await withAttempts(db, filter.tenantId, page.items), nextCursor: page.nextCursor };
  });
}

/**
 * Runs several reads against one snapshot of the database. On PostgreSQL, READ COMMITTED (the
 * default) takes a snapshot per statement, so the reads share a REPEATABLE READ transaction. On
 * SQLite, Kysely ignores the isolation level and its BEGIN may take the write lock (see
 * dialects/sqlite.ts); an explicit DEFERRED transaction on the held connection reads one WAL
 * snapshot from its first read to its end, and blocks no writer.
 */
async function readSnapshot<T>(store: Store, read: (db: Executor) => Promise<T>): Promise<T> {
  if (store.caps.dialect === 'postgres')
    return store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(read);
  return store.db.connection().execute(async (db) => {
    await sql`begin deferred`.execute(db);
    try {
      const result = await read(db);
      await sql`commit`.execute(db);
      return result;
    } catch (error) {
      await sql`rollback`.execute(db).catch(() => undefined);
      throw error;
    }
  });
}

async function withAttempts(db: Executor, tenantId: string, deliveries: readonly WebhookDelivery[]) {
  const log = await attemptsOf(db, tenantId, { deliveryIds: deliveries.map((d) => d.id) });
  return deliveries.map((delivery) => ({
    ...delivery,
    attemptLog: log
      .filter((entry) => entry.deliveryId === delivery.id)
      .map(({ attempt, startedAt, durationMs, statusCode, outcome, error }) => ({
        attempt,
        startedAt,
        durationMs,
        statusCode,
        outcome,
        error,
      })),
  }));
}
