import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { CarrierAdapter } from '../../../carriers/carrier.js';
import { CARRIERS } from '../../../carriers/registry.js';
import { configuredCarriers } from '../../../ingest/polling/configured-carriers.js';
import { readHealth } from '../../../ingest/polling/health.js';
import { listUnmappedCodes } from '../../../store/repositories/unmapped-codes.js';
import type { AppDeps } from '../../deps.js';
import { carrierHealthExample, unmappedCodesExample } from '../../examples/carriers.js';
import { unauthorized } from '../../examples/problems.js';
import { withExamples } from '../../examples/with-examples.js';

const Instant = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);

export const CarrierHealthSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  capabilities: Type.Object({
    pull: Type.Boolean(),
    push: Type.Boolean(),
    batchSize: Type.Integer(),
    ratePerSecond: Type.Number(),
    burst: Type.Number(),
    concurrency: Type.Integer(),
  }),
  polled: Type.Boolean({ description: 'Whether the poller asks this carrier (pull-capable with a client).' }),
  lastSuccessAt: Instant,
  lastErrorAt: Instant,
  lastError: Type.Union([Type.String(), Type.Null()]),
  errorRate: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
    description: 'Failed requests / requests over the last 15 to 30 minutes; null when there were none.',
  }),
  requests: Type.Integer({ description: 'Requests in that window.' }),
  rateLimit: Type.Object({
    tokens: Type.Union([Type.Number(), Type.Null()], {
      description: 'Request tokens left when the poller last reported.',
    }),
    limitedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description: 'Set while the carrier’s Retry-After pause lasts.',
    }),
  }),
  breaker: Type.Union([Type.Literal('closed'), Type.Literal('open'), Type.Literal('half_open')]),
});

export const UnmappedSchema = Type.Object({
  carrier: Type.String(),
  rawCode: Type.String(),
  count: Type.Integer(),
  firstSeenAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  sampleDescription: Type.String(),
});

/**
 * Installation-wide carrier diagnostics: carriers are configured per installation, not per
 * tenant, so every API key sees the same answer.
 */
export const carrierRoutes =
  (deps: AppDeps, adapters: Readonly<Record<string, CarrierAdapter>> = CARRIERS): FastifyPluginAsync =>
  async (app) => {
    const typed = app.withTypeProvider<TypeBoxTypeProvider>();
    typed.get(
      '/v1/carriers',
      {
        schema: {
          operationId: 'listCarriers',
          summary: 'Configured carriers and their health',
          description:
            'Each configured carrier with its capabilities, last successful and failed request, error rate, ' +
            'rate-limit state and circuit-breaker state, as the poller last reported them.',
          tags: ['carriers'],
          response: {
            200: withExamples(Type.Object({ items: Type.Array(CarrierHealthSchema) }), carrierHealthExample),
            '4xx': unauthorized('/v1/carriers'),
          },
        },
      },
      async () => {
        const health = await readHealth(deps.store.db, deps.clock());
        const items = configuredCarriers(adapters, deps.config.carriers.accounts).map(
          ({ adapter, pollable }) => {
            const { id, name, capabilities } = adapter.manifest;
            const h = health.get(id);
            return {
              id,
              name,
              capabilities: { ...capabilities },
              polled: pollable,
              lastSuccessAt: h?.lastSuccessAt ?? null,
              lastErrorAt: h?.lastErrorAt ?? null,
              lastError: h?.lastError ?? null,
              errorRate: h?.errorRate ?? null,
              requests: h?.requests ?? 0,
              rateLimit: { tokens: h?.tokens ?? null, limitedUntil: h?.rateLimitedUntil ?? null },
              breaker: h?.breaker ?? ('closed' as const),
            };
          },
        );
        return { items };
      },
    );

    typed.get(
      '/v1/carriers/unmapped',
      {
        schema: {
          operationId: 'listUnmappedCarrierCodes',
          summary: 'Carrier codes missing from the status maps',
          description:
            'Scans with a code the adapter does not know keep the raw code and get a safe status; each code is ' +
            'counted here (once per distinct scan) per carrier, most frequent first, with a sample description.',
          tags: ['carriers'],
          response: {
            200: withExamples(Type.Object({ items: Type.Array(UnmappedSchema) }), unmappedCodesExample),
            '4xx': unauthorized('/v1/carriers/unmapped'),
          },
        },
      },
      async () => ({ items: await listUnmappedCodes(deps.store.db) }),
    );
  };
