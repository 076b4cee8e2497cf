import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { ParseResult } from '../../../carriers/carrier.js';
import { carrierAdapter } from '../../../carriers/registry.js';
import { WaybillError } from '../../../domain/errors.js';
import { ingestCarrierResult } from '../../../ingest/carrier-ingest.js';
import type { AppDeps } from '../../deps.js';
import { carrierWebhookResultExample, easypostWebhookExample } from '../../examples/carriers.js';
import { problemExample, problemResponse } from '../../examples/problems.js';
import { withExamples } from '../../examples/with-examples.js';

const CarrierWebhookResponse = Type.Object({
  accepted: Type.Integer({
    description: 'Scans stored for the first time (a scan for two tenants counts twice).',
  }),
  duplicates: Type.Integer({
    description: 'Scans already stored (by an earlier webhook or a poll); nothing changed.',
  }),
  rejected: Type.Integer({ description: 'Scans the pipeline refused.' }),
  untracked: Type.Array(Type.String(), {
    description: 'Tracking numbers no tenant tracks with this carrier; not stored.',
  }),
  problems: Type.Array(
    Type.Object({
      kind: Type.String(),
      message: Type.String(),
      trackingNumber: Type.Optional(Type.String()),
      at: Type.Optional(Type.String()),
    }),
    { description: 'What the payload said that is not a scan, and each refused scan.' },
  ),
});

/**
 * `POST /v1/carriers/:carrier/webhook`: where EasyPost, AfterShip and Shippo push tracking updates.
 * Outside the API-key scope: the provider authenticates by signing the body, so the body is kept
 * as the exact bytes received (this plugin's own content-type parser) and checked before it is
 * read. A refused signature is a 401 and a warning in the log, never a change. The 200 goes out
 * only after the scans are committed, so a provider that sees it can forget the update.
 */
export const carrierWebhookRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    // Scoped to this plugin: every other route keeps Fastify's JSON parser.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    app.withTypeProvider<TypeBoxTypeProvider>().post(
      '/v1/carriers/:carrier/webhook',
      {
        // Shippo's webhook URL carries its token: log the path only, never the query string.
        logSerializers: { req: requestWithoutQuery },
        schema: {
          operationId: 'receiveCarrierWebhook',
          summary: 'Receive a carrier or aggregator webhook (EasyPost, AfterShip, Shippo)',
          description:
            'Authenticated by the provider’s signature over the raw body (no API key). 401 when the signature ' +
            'is missing or wrong or no secret is configured; 400 when the body is not the provider’s format; ' +
            '200 with counts once the scans are committed. Scans go to every tenant tracking the number with this carrier.',
          tags: ['carriers'],
          security: [],
          params: Type.Object({ carrier: Type.String({ maxLength: 40, examples: ['easypost'] }) }),
          // Kept as the bytes received (the parser above); the schema only documents the body.
          body: {
            content: {
              'application/json': {
                schema: Type.Unknown({
                  description: 'The provider’s own webhook payload, as it signed it.',
                  examples: [easypostWebhookExample],
                }),
              },
            },
          },
          response: {
            200: withExamples(CarrierWebhookResponse, carrierWebhookResultExample),
            '4xx': problemResponse(
              problemExample(
                'signature_invalid',
                'X-Hmac-Signature does not match the body',
                '/v1/carriers/easypost/webhook',
              ),
            ),
          },
        },
      },
      async (request) => {
        const id = request.params.carrier;
        const adapter = carrierAdapter(id);
        if (!adapter) throw new WaybillError('not_found', `no carrier "${id}"`);
        if (!adapter.verifyWebhook) {
          throw new WaybillError(
            'not_found',
            `${adapter.manifest.name} does not send webhooks; it is polled`,
          );
        }
        const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const settings = Object.hasOwn(deps.config.carriers.accounts, id)
          ? deps.config.carriers.accounts[id]
          : undefined;
        // The URL rides along for providers that authenticate by a token in it (Shippo).
        const call = { headers: request.headers, rawBody, url: request.url };
        const verdict = adapter.verifyWebhook(call, settings ?? {}, deps.clock());
        if (!verdict.ok) {
          // The reason names the header or the missing setting, never a secret or the body.
          request.log.warn(
            { carrier: id, reason: verdict.reason, bytes: rawBody.length },
            'carrier webhook signature refused',
          );
          throw new WaybillError('signature_invalid', verdict.reason);
        }

        let payload: unknown;
        try {
          payload = JSON.parse(rawBody.toString('utf8')) as unknown;
        } catch (error) {
          throw new WaybillError('malformed_json', 'the webhook body is not valid JSON', { cause: error });
        }
        const result = adapter.parse(payload);
        if (isUnreadable(result)) {
          throw new WaybillError('validation_failed', `the body is not a ${adapter.manifest.name} webhook`, {
            problems: result.problems
              .slice(0, 20)
              .map((problem) => ({ field: problem.at || '(body)', message: problem.message })),
          });
        }

        const outcome = await ingestCarrierResult(
          { store: deps.store, pipeline: deps.pipeline },
          {
            carrier: id,
            result,
            source: { adapter: id, mode: 'push', requestId: request.id },
            raw: { body: rawBody.toString('utf8'), contentType: 'application/json' },
          },
        );
        request.log.info(
          {
            carrier: id,
            accepted: outcome.accepted,
            duplicates: outcome.duplicates,
            rejected: outcome.rejected,
            untracked: outcome.untracked.length,
          },
          'carrier webhook ingested',
        );
        return {
          accepted: outcome.accepted,
          duplicates: outcome.duplicates,
          rejected: outcome.rejected,
          untracked: [...outcome.untracked],
          problems: outcome.problems.map((problem) => ({ ...problem })),
        };
      },
    );
  };

/** Nothing usable and only format complaints: the body is not this provider's. A message type we do not read is fine (200). */
function isUnreadable(result: ParseResult): boolean {
  return (
    result.scans.length === 0 &&
    result.problems.length > 0 &&
    result.problems.every((p) => p.kind === 'invalid_payload')
  );
}

function requestWithoutQuery(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: request.url.split('?')[0],
    host: request.host,
    remoteAddress: request.ip,
  };
}
