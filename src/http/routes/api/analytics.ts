import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsync } from 'fastify';
import { DateTime } from 'luxon';
import { Type } from 'typebox';
import { analyticsReport } from '../../../console/analytics/report.js';
import { WaybillError } from '../../../domain/errors.js';
import type { AppDeps } from '../../deps.js';
import { etaAccuracyExample } from '../../examples/analytics.js';
import { invalid as invalidExample } from '../../examples/problems.js';
import { withExamples } from '../../examples/with-examples.js';

// The live system's own delivery-date accuracy, from the same rollups the console's analytics
// page shows: each delivered shipment's first estimate against the day it arrived.

const MAX_DAYS = 366;

const RateSchema = Type.Object({
  hits: Type.Integer(),
  total: Type.Integer(),
  rate: Type.Union([Type.Number(), Type.Null()]),
});

const Accuracy = {
  n: Type.Integer({ description: 'Delivered shipments that had an estimate.' }),
  maeDays: Type.Union([Type.Number(), Type.Null()], {
    description: 'Mean absolute error of the first most-likely date, in days.',
  }),
  coverage: RateSchema,
};

export const EtaAccuracySchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  ...Accuracy,
  byCarrier: Type.Array(Type.Object({ carrier: Type.String(), ...Accuracy })),
  byLane: Type.Array(
    Type.Object({
      carrier: Type.String(),
      service: Type.String(),
      lane: Type.String({
        description: 'Origin country → destination country, as the console groups lanes.',
      }),
      ...Accuracy,
    }),
  ),
  calibration: Type.Array(
    Type.Object({
      decile: Type.Integer({ description: 'Stated chance of meeting the promise, in tenths (0 = 0–10%).' }),
      n: Type.Integer(),
      predicted: Type.Number(),
      observed: Type.Number(),
    }),
  ),
});

const Query = Type.Object(
  {
    from: Type.Optional(
      Type.String({
        format: 'date',
        description: 'First delivery day (default: 29 days before `to`).',
        examples: ['2026-11-01'],
      }),
    ),
    to: Type.Optional(
      Type.String({
        format: 'date',
        description: 'Last delivery day (default: today, UTC).',
        examples: ['2026-11-30'],
      }),
    ),
    carrier: Type.Optional(Type.String({ maxLength: 60, examples: ['ups'] })),
    service: Type.Optional(Type.String({ maxLength: 60, examples: ['UPS Ground'] })),
    destination: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', examples: ['US'] })),
  },
  { additionalProperties: false },
);

function invalid(field: string, message: string): WaybillError {
  return new WaybillError('validation_failed', `${field} ${message}`, { problems: [{ field, message }] });
}

export const analyticsRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    app.withTypeProvider<TypeBoxTypeProvider>().get(
      '/v1/analytics/eta-accuracy',
      {
        schema: {
          operationId: 'getEtaAccuracy',
          summary: 'How accurate delivery estimates were',
          description:
            'For shipments delivered in the period (their local delivery day): the mean absolute error of the ' +
            'first estimate, the share delivered inside its window, by carrier and by lane, and how well the ' +
            'stated chance of meeting the promise matched what happened. The console shows the same figures.',
          tags: ['analytics'],
          querystring: Query,
          response: {
            200: withExamples(EtaAccuracySchema, etaAccuracyExample),
            '4xx': invalidExample('querystring.from', 'is after `to`', '/v1/analytics/eta-accuracy'),
          },
        },
      },
      async (request) => {
        const { query } = request;
        const day = (text: string) => DateTime.fromISO(text, { zone: 'utc' });
        const to = query.to ?? deps.clock().toISOString().slice(0, 10);
        const from = query.from ?? day(to).minus({ days: 29 }).toISODate()!;
        if (!day(to).isValid) throw invalid('querystring.to', 'is not a calendar date');
        if (!day(from).isValid) throw invalid('querystring.from', 'is not a calendar date');
        if (from > to) throw invalid('querystring.from', 'is after `to`');
        if (day(to).diff(day(from), 'days').days > MAX_DAYS)
          throw invalid('querystring.from', `starts more than ${MAX_DAYS} days before \`to\``);
        const report = await analyticsReport(deps.store.db, request.tenantId, {
          from,
          to,
          carrier: query.carrier ?? '',
          service: query.service ?? '',
          destination: query.destination?.toUpperCase() ?? '',
        });
        const { accuracy } = report;
        const figures = (a: { n: number; mae: number | null; coverage: (typeof accuracy)['coverage'] }) => ({
          n: a.n,
          maeDays: a.mae,
          coverage: a.coverage,
        });
        return {
          from,
          to,
          ...figures(accuracy),
          byCarrier: accuracy.byCarrier.map((c) => ({ carrier: c.carrier, ...figures(c) })),
          byLane: accuracy.byLane.map((l) => ({
            carrier: l.carrier,
            service: l.service,
            lane: l.lane,
            ...figures(l),
          })),
          calibration: [...accuracy.calibration],
        };
      },
    );
  };
