import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { Registry } from 'prom-client';
import { WaybillError } from '../../domain/errors.js';
import { httpRequestDuration, processRegistry } from '../../metrics/process-metrics.js';
import { storeMetricsRegistry } from '../../metrics/store-metrics.js';
import type { AppDeps } from '../deps.js';
import { metricsExample } from '../examples/operations.js';
import { problemExample, problemResponse } from '../examples/problems.js';

/**
 * GET /metrics in Prometheus's text format: this process's own figures (requests, scans, carrier
 * calls, sends, Node's event loop and memory) and the shared state read from the database (outbox
 * lag and leases, queues, poll backlog, carrier health, pool use). docs/operations.md lists them.
 */
/**
 * Times every request of the app by its route pattern (never the raw URL: ids would make a series
 * per shipment). Called on the root instance, so it sees every plugin's routes.
 */
export function timeRequests(app: FastifyInstance): void {
  // A callback hook: an async one would cost every request a promise and a turn of the loop.
  app.addHook('onResponse', (request, reply, done) => {
    httpRequestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
}

export const metricsRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const registry = Registry.merge([processRegistry, storeMetricsRegistry(deps.store, deps.clock)]);
    const token = deps.config.metricsToken;

    app.get(
      '/metrics',
      {
        schema: {
          operationId: 'getMetrics',
          summary: 'Prometheus metrics',
          description: 'Needs "Authorization: Bearer <METRICS_TOKEN>" when that is configured.',
          tags: ['operations'],
          security: [{}, { metricsToken: [] }],
          response: {
            200: {
              description: 'The Prometheus text exposition format.',
              content: { 'text/plain': { schema: { type: 'string' }, example: metricsExample } },
            },
            '4xx': problemResponse(
              problemExample(
                'unauthorized',
                'send the metrics token as "Authorization: Bearer <token>"',
                '/metrics',
              ),
            ),
          },
        },
      },
      async (request, reply) => {
        if (token !== undefined && !sameSecret(request.headers.authorization ?? '', `Bearer ${token}`))
          throw new WaybillError('unauthorized', 'send the metrics token as "Authorization: Bearer <token>"');
        const text = await registry.metrics();
        return reply.type(registry.contentType).send(text);
      },
    );
  };

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
