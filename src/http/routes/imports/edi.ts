import type { FastifyPluginAsync } from 'fastify';
import { parseX12 } from '../../../carriers/x12-214/parse.js';
import type { AppDeps } from '../../deps.js';
import { x12Example, x12ImportedExample } from '../../examples/imports.js';
import { problemExample, problemResponse } from '../../examples/problems.js';
import { withExamples } from '../../examples/with-examples.js';
import { FileBody, ImportOutcome } from './schemas.js';
import { textBody } from './text-body.js';
import { ingestUpload, outcomeView } from './upload.js';

export const EDI_TYPES = ['application/edi-x12', 'application/edi', 'text/plain'] as const;

/** `POST /v1/imports/edi`: an ANSI X12 214 file; each transaction set stands on its own. */
export const ediImportRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    app.post(
      '/v1/imports/edi',
      {
        schema: {
          operationId: 'importEdi214',
          summary: 'Import an ANSI X12 214 shipment status file',
          description:
            'Body: the X12 text (application/edi-x12 or text/plain). Separators are read from the ISA. ' +
            'A broken transaction set is reported in `problems` with its segment position and the others are stored; ' +
            'a body with nothing usable is a 400 and changes nothing. Unknown numbers are registered for your tenant. ' +
            'Answered after the commit.',
          tags: ['imports'],
          body: FileBody(EDI_TYPES, 'An X12 214 interchange (ISA … IEA).', x12Example),
          response: {
            200: withExamples(ImportOutcome, x12ImportedExample),
            '4xx': problemResponse(
              problemExample(
                'validation_failed',
                'nothing in the body is a usable X12 214 interchange: not an X12 interchange: the text must start with an ISA segment',
                '/v1/imports/edi',
                [
                  {
                    field: 'segment 1',
                    message: 'not an X12 interchange: the text must start with an ISA segment',
                  },
                ],
              ),
            ),
          },
        },
      },
      async (request) => {
        const text = textBody(request, EDI_TYPES);
        const outcome = await ingestUpload(deps, {
          adapter: 'x12-214',
          format: 'X12 214 interchange',
          tenantId: request.tenantId,
          requestId: request.id,
          result: parseX12(text),
          raw: { body: text, contentType: 'application/edi-x12' },
        });
        return outcomeView(outcome);
      },
    );
  };
