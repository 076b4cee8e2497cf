import type { FastifyPluginAsync } from 'fastify';
import { parseEventsCsv } from '../../../carriers/csv-events/parse.js';
import { importShipmentsCsv } from '../../../ingest/csv-shipments.js';
import type { AppDeps } from '../../deps.js';
import {
  eventsCsvExample,
  eventsImportedExample,
  shipmentsCsvExample,
  shipmentsImportedExample,
} from '../../examples/imports.js';
import { problemExample, problemResponse } from '../../examples/problems.js';
import { withExamples } from '../../examples/with-examples.js';
import { FileBody, ImportOutcome, ShipmentImportOutcome } from './schemas.js';
import { textBody } from './text-body.js';
import { ingestUpload, outcomeView } from './upload.js';
import { WaybillError } from '../../../domain/errors.js';

export const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv'] as const;

/** `POST /v1/imports/events.csv` and `POST /v1/imports/shipments.csv`: per-line reports. */
export const csvImportRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    app.post(
      '/v1/imports/events.csv',
      {
        schema: {
          operationId: 'importEventsCsv',
          summary: 'Import scans from a CSV file',
          description:
            'Header row required: tracking_number, occurred_at and status (or raw_code); see docs/imports.md for all columns. ' +
            'Each bad line is reported with its number and the rest are stored; a file with no usable line is a 400 and changes nothing.',
          tags: ['imports'],
          body: FileBody(CSV_TYPES, 'A CSV file of scans, with a header row.', eventsCsvExample),
          response: {
            200: withExamples(ImportOutcome, eventsImportedExample),
            '4xx': problemResponse(
              problemExample(
                'unsupported_media_type',
                'send the file as text/csv or text/plain or application/csv (not application/json)',
                '/v1/imports/events.csv',
              ),
            ),
          },
        },
      },
      async (request) => {
        const text = textBody(request, CSV_TYPES);
        const outcome = await ingestUpload(deps, {
          adapter: 'csv-events',
          format: 'events CSV',
          tenantId: request.tenantId,
          requestId: request.id,
          result: parseEventsCsv(text),
          raw: { body: text, contentType: 'text/csv' },
        });
        return outcomeView(outcome);
      },
    );

    app.post(
      '/v1/imports/shipments.csv',
      {
        schema: {
          operationId: 'importShipmentsCsv',
          summary: 'Register shipments from a CSV file',
          description:
            'One shipment per row; tracking_number required, carrier detected from the number when empty; see docs/imports.md. ' +
            'Rows are registered one by one: each row is reported by its line as created, existing or rejected. ' +
            'A file without a tracking_number column, or in which every row is rejected, is a 400 and changes nothing.',
          tags: ['imports'],
          body: FileBody(CSV_TYPES, 'A CSV file of shipments, with a header row.', shipmentsCsvExample),
          response: {
            200: withExamples(ShipmentImportOutcome, shipmentsImportedExample),
            '4xx': problemResponse(
              problemExample(
                'validation_failed',
                'the header has no tracking_number column (it has order, city)',
                '/v1/imports/shipments.csv',
                [
                  {
                    field: 'line 1',
                    message: 'the header has no tracking_number column (it has order, city)',
                  },
                ],
              ),
            ),
          },
        },
      },
      async (request) => {
        const text = textBody(request, CSV_TYPES);
        const report = await importShipmentsCsv(
          {
            store: deps.store,
            detectCarrier: deps.detectCarrier,
            now: deps.clock(),
            onCommitted: deps.onCommitted,
            requestId: request.id,
          },
          request.tenantId,
          text,
        );
        if (report.created + report.existing === 0) {
          const problems = report.rows.map((row) => ({
            field: `line ${row.line}`,
            message: row.message ?? 'rejected',
          }));
          throw new WaybillError(
            'validation_failed',
            `no row is a valid shipment; nothing was stored${problems[0] ? `: ${problems[0].field}: ${problems[0].message}` : ''}`,
            {
              problems: problems.slice(0, 50),
            },
          );
        }
        return report;
      },
    );
  };
