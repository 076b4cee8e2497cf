import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { CarrierProblem } from '../../../carriers/carrier.js';
import { parseEpcis } from '../../../carriers/epcis/parse.js';
import { normalizeItem } from '../../../ingest/normalize.js';
import { newId } from '../../../store/ids.js';
import type { AppDeps } from '../../deps.js';
import { captureJobExample, epcisDocumentExample } from '../../examples/imports.js';
import { problemExample, problemResponse } from '../../examples/problems.js';
import { withExamples } from '../../examples/with-examples.js';
import { apiKeyAuth } from '../../plugins/auth.js';
import type { RateLimitHook } from '../../rate-limits/hook.js';
import { ImportOutcome } from './schemas.js';
import { ingestUpload, outcomeView, refusal } from './upload.js';

const BEHAVIOURS = ['rollback', 'proceed', 'all'] as const;

export const CaptureJob = Type.Object({
  captureID: Type.String(),
  running: Type.Boolean({ description: 'Always false: the capture is finished when the answer is sent.' }),
  success: Type.Boolean(),
  captureErrorBehaviour: Type.String(),
  errors: Type.Array(Type.String(), { description: 'One sentence per event that was not captured.' }),
  ...ImportOutcome.properties,
});

/**
 * `POST /epcis/capture`: the EPCIS 2.0 capture interface for ObjectEvents, authenticated with a
 * Waybill API key (Bearer). The capture runs while the request waits, so instead of the
 * standard's 202 and a job to poll, the answer is 201 with the finished job in the body.
 * GS1-Capture-Error-Behaviour: `rollback` (the default) captures nothing when any event is
 * invalid (400); `proceed` and `all` capture the valid events and report the others.
 */
export const epcisCaptureRoutes =
  (deps: AppDeps, rateLimits: RateLimitHook): FastifyPluginAsync =>
  async (app) => {
    app.addHook('onRequest', apiKeyAuth(deps.store));
    app.addHook('onRequest', rateLimits);
    // EPCIS documents are JSON-LD; read them with Fastify's own JSON parser (prototype-poisoning safe).
    app.addContentTypeParser(
      'application/ld+json',
      { parseAs: 'string' },
      app.getDefaultJsonParser('error', 'error'),
    );

    app.post(
      '/epcis/capture',
      {
        schema: {
          operationId: 'captureEpcisEvents',
          summary: 'Capture GS1 EPCIS 2.0 events',
          description:
            'Body: an EPCISDocument (or a list of events, or one event) as application/json or application/ld+json. ' +
            'ObjectEvents become scans; other event types are reported as unsupported. 201 with the finished capture ' +
            'job once committed; 400 (nothing captured) when the body is not EPCIS, or, with the default ' +
            'GS1-Capture-Error-Behaviour `rollback`, when any event is invalid.',
          tags: ['imports'],
          // Read by parseEpcis, which reports what is not EPCIS; the schema only documents the body.
          body: {
            content: Object.fromEntries(
              ['application/json', 'application/ld+json'].map((type) => [
                type,
                {
                  schema: Type.Unknown({
                    description: 'An EPCISDocument, a list of events, or one event.',
                    examples: [epcisDocumentExample],
                  }),
                },
              ]),
            ),
          },
          headers: Type.Object({
            'gs1-capture-error-behaviour': Type.Optional(
              Type.Union(
                BEHAVIOURS.map((b) => Type.Literal(b)),
                { default: 'rollback', examples: ['proceed'] },
              ),
            ),
          }),
          response: {
            201: withExamples(CaptureJob, captureJobExample),
            '4xx': problemResponse(
              problemExample(
                'validation_failed',
                'the capture has invalid events and GS1-Capture-Error-Behaviour is rollback; nothing was captured: ' +
                  'the EPCISDocument has no epcisBody.eventList array',
                '/epcis/capture',
                [{ field: 'body', message: 'the EPCISDocument has no epcisBody.eventList array' }],
              ),
            ),
          },
        },
      },
      async (request, reply) => {
        const behaviour = request.headers['gs1-capture-error-behaviour'] ?? 'rollback';
        const result = parseEpcis(request.body);
        const captureID = newId();
        if (behaviour === 'rollback') {
          const invalid = [
            ...result.problems.filter((p) => p.kind === 'invalid_payload'),
            ...unstorable(result.scans, request.tenantId, deps.clock()),
          ];
          if (invalid.length > 0) {
            throw refusal(
              'the capture has invalid events and GS1-Capture-Error-Behaviour is rollback; nothing was captured',
              invalid,
            );
          }
        }
        const outcome = await ingestUpload(deps, {
          adapter: 'epcis',
          format: 'EPCIS capture',
          tenantId: request.tenantId,
          requestId: request.id,
          result,
          raw: { body: JSON.stringify(request.body), contentType: 'application/ld+json' },
        });
        void reply.code(201).header('GS1-EPCIS-Version', '2.0.0');
        const errors = outcome.problems.filter((p) => p.kind === 'invalid_payload').map(sentence);
        return {
          captureID,
          running: false,
          success: errors.length === 0,
          captureErrorBehaviour: behaviour,
          errors,
          ...outcomeView(outcome),
        };
      },
    );
  };

/** Scans the pipeline would refuse, found before anything is written, so `rollback` can keep its promise. */
function unstorable(
  scans: ReturnType<typeof parseEpcis>['scans'],
  tenantId: string,
  now: Date,
): CarrierProblem[] {
  const problems: CarrierProblem[] = [];
  scans.forEach((scan, index) => {
    const { unmapped: _unmapped, ...rest } = scan;
    const checked = normalizeItem({ ...rest, tenantId, source: { adapter: 'epcis', mode: 'import' } }, now);
    if (!checked.ok) {
      problems.push({
        kind: 'invalid_payload',
        message: `${checked.rejection.field} ${checked.rejection.reason}`,
        trackingNumber: scan.trackingNumber,
        at: `/scans/${index}`,
      });
    }
  });
  return problems;
}

function sentence(problem: CarrierProblem): string {
  return problem.at ? `${problem.at}: ${problem.message}` : problem.message;
}
