import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { WaybillError } from '../../../domain/errors.js';
import type { IngestItem } from '../../../ingest/ingest-item.js';
import { storePayload } from '../../../console/payloads.js';
import type { AppDeps } from '../../deps.js';
import { problemExample, problemResponse } from '../../examples/problems.js';
import { ingestEventsExample, ingestResultExample } from '../../examples/shipments.js';
import { withExamples } from '../../examples/with-examples.js';
import { IngestBody, IngestResponse } from '../../schemas/events.js';

export const eventRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    app.withTypeProvider<TypeBoxTypeProvider>().post(
      '/v1/events',
      {
        schema: {
          operationId: 'ingestEvents',
          summary: 'Ingest scans for your own deliveries or a custom carrier',
          description:
            'Each scan is validated on its own: bad ones come back in `rejected` with the field and reason, ' +
            'the rest are stored. The answer is sent only after the batch is committed. ' +
            'A batch in which every scan is bad gets 400 (`validation_failed`, naming each) and changes nothing.',
          tags: ['events'],
          body: withExamples(IngestBody, ingestEventsExample),
          response: {
            200: withExamples(IngestResponse, ingestResultExample),
            '4xx': problemResponse(
              problemExample(
                'validation_failed',
                'no scan in the batch is valid; nothing was stored',
                '/v1/events',
                [{ field: 'events.0.occurredAt', message: 'has no UTC offset; give one or a zone' }],
              ),
            ),
          },
        },
      },
      async (request) => {
        const items: IngestItem[] = request.body.events.map((event) => ({
          ...event,
          tenantId: request.tenantId,
          carrier: event.carrier ?? 'custom',
          source: { adapter: 'api', mode: 'push', requestId: request.id },
        }));
        const result = await deps.pipeline.ingest(items);
        // Kept beside the scans for the console; only when something new was stored.
        if (
          result.accepted > 0 &&
          !(await storePayload(deps.store.db, {
            requestId: request.id,
            adapter: 'api',
            contentType: 'application/json',
            body: JSON.stringify(request.body),
            now: deps.clock(),
          }))
        )
          request.log.warn('the scans are stored, but their raw payload could not be kept for the console');
        if (result.rejected.length === items.length) {
          throw new WaybillError('validation_failed', 'no scan in the batch is valid; nothing was stored', {
            problems: result.rejected.map((r) => ({
              field: `events.${r.index}.${r.field}`,
              message: r.reason,
            })),
          });
        }
        return { accepted: result.accepted, duplicates: result.duplicates, rejected: [...result.rejected] };
      },
    );
  };
