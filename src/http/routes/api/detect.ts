import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { detect, explainNoMatch } from '../../../numbers/index.js';
import { candidateView } from '../../carrier-choice.js';
import { detectionExample } from '../../examples/detection.js';
import { TRACKING_NUMBER_AS_PRINTED } from '../../examples/fragments.js';
import { invalid } from '../../examples/problems.js';
import { withExamples } from '../../examples/with-examples.js';

const CandidateSchema = Type.Object({
  carrier: Type.String(),
  carrierName: Type.String(),
  service: Type.String(),
  checkDigit: Type.Union([Type.Literal('verified'), Type.Literal('none')]),
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  url: Type.Union([Type.String(), Type.Null()]),
});

export const detectRoutes: FastifyPluginAsync = async (app) => {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/v1/detect',
    {
      schema: {
        operationId: 'detectCarrier',
        summary: 'Which carriers a tracking number fits, best first',
        description:
          'Works offline from the number alone: format and check digit. `ambiguous` when several carriers fit.',
        tags: ['detection'],
        querystring: Type.Object(
          { number: Type.String({ minLength: 1, maxLength: 256, examples: [TRACKING_NUMBER_AS_PRINTED] }) },
          { additionalProperties: false },
        ),
        response: {
          200: withExamples(
            Type.Object({
              input: Type.String(),
              normalized: Type.String(),
              ambiguous: Type.Boolean(),
              candidates: Type.Array(CandidateSchema),
              reason: Type.Union([Type.String(), Type.Null()], {
                description: 'Why nothing fits, when nothing does.',
              }),
            }),
            detectionExample,
          ),
          '4xx': invalid('querystring.number', 'is required', '/v1/detect'),
        },
      },
    },
    async (request) => {
      const detection = detect(request.query.number);
      return {
        input: detection.input,
        normalized: detection.normalized,
        ambiguous: detection.ambiguous,
        candidates: detection.candidates.map(candidateView),
        reason:
          detection.candidates.length === 0 ? (explainNoMatch(request.query.number)?.message ?? null) : null,
      };
    },
  );
};
