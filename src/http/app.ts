import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifySchema } from 'fastify';
import { Type } from 'typebox';
import { consoleRoutes } from '../console/http/plugin.js';
import { WaybillError } from '../domain/errors.js';
import type { AppDeps } from './deps.js';
import { apiKeyAuth } from './plugins/auth.js';
import { idempotencyKeys } from './plugins/idempotency.js';
import { validatorCompiler } from './plugins/validator.js';
import { apiRateLimits } from './rate-limits/hook.js';
import { sendProblem } from './problem.js';
import { SHIPMENT_ID } from './examples/fragments.js';
import { problemExample, problemResponse } from './examples/problems.js';
import { analyticsRoutes } from './routes/api/analytics.js';
import { carrierRoutes } from './routes/api/carriers.js';
import { detectRoutes } from './routes/api/detect.js';
import { eventRoutes } from './routes/api/events.js';
import { intakeRoutes } from './routes/api/intake.js';
import { notificationRoutes } from './routes/api/notifications/index.js';
import { orderRoutes } from './routes/api/orders.js';
import { shipmentRoutes } from './routes/api/shipments.js';
import { webhookRoutes } from './routes/api/webhooks.js';
import { pushRoutes } from './routes/push.js';
import { carrierWebhookRoutes } from './routes/carriers/webhook.js';
import { shopifyWebhookRoutes } from '../integrations/shopify/webhook-route.js';
import { woocommerceWebhookRoutes } from '../integrations/woocommerce/webhook-route.js';
import { docsRoutes } from './routes/docs.js';
import { healthRoutes } from './routes/health.js';
import { metricsRoutes, timeRequests } from './routes/metrics.js';
import { epcisCaptureRoutes, importRoutes } from './routes/imports/index.js';
import { publicRoutes } from './routes/public/index.js';
import { smsWebhookRoutes } from './routes/public/sms-webhooks.js';
import { unsubscribeRoutes } from './routes/public/unsubscribe.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the app without listening: tests drive it with inject(), server.ts puts it on a port. */
export async function build(deps: AppDeps): Promise<FastifyInstance> {
  // pino is handed in as the logger; Fastify types it as its own base logger.
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.config.bodyLimitBytes,
    // While closing (SIGTERM, a rolling restart), a request that still arrives on a kept-alive
    // connection is served, with `Connection: close` (below): the store stays open until every
    // request has finished. Fastify's default would answer it 503, which a client that retries
    // refused connections counts as a failure. Idle kept-alive connections are closed at once.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // Request ids in logs and in problem `instance` correlation: the caller's X-Request-Id when it
    // is a plain token (a load balancer's or the client's own), else a new one.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    },
    // Errors Fastify raises before routing (a too-long or malformed URL) answer as problem+json too.
    frameworkErrors: (error, request, reply) => sendProblem(error, request, reply),
  });
  // JSON routes take JSON only: Fastify would read text/plain as a string and answer "body must be
  // object"; without the parser it is a 415 naming the type. Routes that take text add their own.
  app.removeContentTypeParser('text/plain');
  // The id goes back to the caller, and with the work: routes hand it to what they write, and the
  // outbox messages remember it (NewOutboxMessage.requestId). Passed by hand rather than through
  // AsyncLocalStorage, whose promise hooks cost every request about a fifth of its CPU.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    // Closing: this answer ends its connection, so the client's next request goes to another node.
    if (closing) void reply.header('connection', 'close');
    done();
  });
  // TypeBox validation: bodies are checked as sent (no coercion, unknown fields refused),
  // query strings are converted from text first.
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      new WaybillError('not_found', `no route ${request.method} ${request.url.split('?')[0]}`),
      request,
      reply,
    ),
  );

  await app.register(swagger, {
    // The Idempotency-Key header is read by a hook (plugins/idempotency.ts), not a route schema:
    // the document names it on every POST it applies to.
    transform: ({ schema, url, route }) => ({
      schema: withRateLimitAnswer(withIdempotencyHeader(schema, url, route.method), url),
      url,
    }),
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Waybill API',
        version: '1',
        description: 'Shipment tracking: register shipments, ingest scans, read normalised timelines.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: deps.config.publicBaseUrl.replace(/\/+$/, ''), description: 'This Waybill' }],
      // Every tag an operation carries, in the order of the README's API tables (a test checks both).
      tags: [
        {
          name: 'shipments',
          description: 'Register tracking numbers; read a shipment with its timeline and delivery estimate.',
        },
        {
          name: 'orders',
          description:
            "A customer's order: its contact, the parcels it was split into, and one page for all of them.",
        },
        { name: 'events', description: 'Send scans for your own deliveries or a custom carrier.' },
        { name: 'detection', description: 'Which carriers a tracking number fits, best first, offline.' },
        { name: 'imports', description: 'Files of scans and shipments: ANSI X12 214, CSV, GS1 EPCIS 2.0.' },
        {
          name: 'intake',
          description: 'Forwarded shipping emails: the intake address, mail handed in, what each registered.',
        },
        {
          name: 'carriers',
          description: 'Each carrier’s health, status codes missing from the maps, and carrier webhooks.',
        },
        {
          name: 'notifications',
          description: 'Customer notifications: rules, branding, recipients, send attempts, previews.',
        },
        {
          name: 'webhooks',
          description: 'Your webhook endpoints, their deliveries, dead letters and replays.',
        },
        { name: 'analytics', description: 'How accurate delivery estimates were, by carrier and lane.' },
        { name: 'operations', description: 'Liveness, readiness and Prometheus metrics, for operators.' },
        { name: 'push', description: 'Web push: the public key a tracking page subscribes with.' },
      ],
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'A Waybill API key (wb_…).' },
          metricsToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'The METRICS_TOKEN, when one is configured.',
          },
        },
      },
      security: [{ apiKey: [] }],
    },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  timeRequests(app);
  await app.register(healthRoutes(deps));
  await app.register(metricsRoutes(deps));
  if (deps.operationsOnly) return app;
  // The API reference over /openapi.json: a page, so not on a worker, whose document has no API.
  await app.register(docsRoutes());
  // The merchant console at /app (and / leading there): its own session, CSRF and HTML errors.
  await app.register(consoleRoutes(deps));
  // Customer tracking pages: public, outside the API-key scope.
  await app.register(publicRoutes(deps));
  // Customer notifications: unsubscribe links and Twilio's signed webhooks (no API key).
  await app.register(unsubscribeRoutes(deps));
  await app.register(smsWebhookRoutes(deps));
  await app.register(pushRoutes(deps));
  // Carrier webhooks: authenticated by the provider's signature, not an API key.
  await app.register(carrierWebhookRoutes(deps));
  // Shopify webhooks: the shop signs the body with its app's secret (no API key).
  await app.register(shopifyWebhookRoutes(deps));
  // WooCommerce webhooks: found by X-WC-Webhook-Source, signed with the webhook's secret (no API key).
  await app.register(woocommerceWebhookRoutes(deps));
  // Per-key request limits, one budget per key and route class for every node (rate-limits/).
  const { readsPerMinute: reads, writesPerMinute: writes, importsPerMinute: imports } = deps.config.api;
  const rateLimits = apiRateLimits(deps.store, { reads, writes, imports }, deps.clock);
  // EPCIS capture at the standard's path; authenticated with an API key inside the plugin.
  await app.register(epcisCaptureRoutes(deps, rateLimits));
  await app.register(async (v1) => {
    v1.addHook('onRequest', apiKeyAuth(deps.store, deps.clock));
    v1.addHook('onRequest', rateLimits);
    idempotencyKeys(v1, deps.store, deps.clock);
    await v1.register(shipmentRoutes(deps));
    await v1.register(orderRoutes(deps));
    await v1.register(eventRoutes(deps));
    await v1.register(notificationRoutes(deps));
    await v1.register(detectRoutes);
    await v1.register(importRoutes(deps));
    await v1.register(intakeRoutes(deps));
    await v1.register(carrierRoutes(deps, deps.carrierAdapters));
    await v1.register(webhookRoutes(deps));
    await v1.register(analyticsRoutes(deps));
  });
  return app;
}

const IDEMPOTENCY_HEADER = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 255,
      examples: ['order-1001-label'],
      description:
        'Makes a retried POST safe: the first answer to this key is kept for 24 hours and returned again ' +
        '(`Idempotent-Replayed: true`); the same key with another body or path is refused with 422.',
    }),
  ),
});

function withIdempotencyHeader(schema: FastifySchema, url: string, method: string | string[]): FastifySchema {
  const posts = Array.isArray(method) ? method.includes('POST') : method === 'POST';
  if (!posts || !url.startsWith('/v1/') || /^\/v1\/carriers\/[^/]+\/webhook$/.test(url) || schema.headers)
    return schema;
  return { ...schema, headers: IDEMPOTENCY_HEADER };
}

const RATE_LIMITED = {
  ...problemResponse(
    problemExample(
      'rate_limited',
      'this API key made its 6000 reads allowed per minute; try again in 12 s',
      `/v1/shipments/${SHIPMENT_ID}`,
    ),
  ),
  description:
    'This API key spent its requests of this kind (reads, writes or imports) for the minute: wait `Retry-After` seconds.',
  headers: {
    'Retry-After': Type.Integer({ description: 'Seconds until the window turns.', examples: [12] }),
    RateLimit: Type.String({ description: 'What is left of the limit.', examples: ['"reads";r=0;t=12'] }),
    'RateLimit-Policy': Type.String({ description: 'The limit.', examples: ['"reads";q=6000;w=60'] }),
  },
};

/** Every operation an API key calls may answer 429 (rate-limits/), which the document says. */
function withRateLimitAnswer(schema: FastifySchema, url: string): FastifySchema {
  const keyed = (url.startsWith('/v1/') || url === '/epcis/capture') && !('security' in schema);
  if (!keyed || typeof schema.response !== 'object' || schema.response === null) return schema;
  return { ...schema, response: { ...(schema.response as object), 429: RATE_LIMITED } };
}
