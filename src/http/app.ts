import swagger from '@fastify/swagger';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { WaybillError } from '../domain/errors.js';
import type { AppDeps } from './deps.js';
import { apiKeyAuth } from './plugins/auth.js';
import { sendProblem } from './problem.js';
import { detectRoutes } from './routes/api/detect.js';
import { eventRoutes } from './routes/api/events.js';
import { shipmentRoutes } from './routes/api/shipments.js';
import { healthRoutes } from './routes/health.js';

/** Builds the app without listening: tests drive it with inject(), server.ts puts it on a port. */
export async function build(deps: AppDeps): Promise<FastifyInstance> {
  // pino is handed in as the logger; Fastify types it as its own base logger.
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.config.bodyLimitBytes,
    // Request ids in logs and in problem `instance` correlation.
    genReqId: () => crypto.randomUUID(),
  });
  // TypeBox validation: bodies are checked as sent (no coercion, unknown fields refused),
  // query strings are converted from text first.
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      new WaybillError('not_found', `no route ${request.method} ${request.url.split('?')[0]}`),
      request,
      reply,
    ),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Waybill API',
        version: '1',
        description: 'Shipment tracking: register shipments, ingest scans, read normalised timelines.',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'A Waybill API key (wb_…).' },
        },
      },
      security: [{ apiKey: [] }],
    },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(deps));
  await app.register(async (v1) => {
    v1.addHook('onRequest', apiKeyAuth(deps.store));
    await v1.register(shipmentRoutes(deps));
    await v1.register(eventRoutes(deps));
    await v1.register(detectRoutes);
  });
  return app;
}
