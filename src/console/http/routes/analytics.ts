import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { Type, type Static } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { analyticsReport, type AnalyticsFilter } from '../../analytics/report.js';
import { FIGURES, figureTable, renderAnalytics, type Figure } from '../../views/analytics.js';
import type { ConsoleView } from '../../views/view.js';
import { badRequest } from '../console-error.js';
import { attentionTotal, signedInView, todayIn } from '../page-context.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';
import { sessionOf } from '../request-view.js';
import { sendConsolePage } from '../respond.js';
import { safeCell } from './shipments.js';

const Query = Type.Object({
  from: Type.Optional(Type.String({ maxLength: 10 })),
  to: Type.Optional(Type.String({ maxLength: 10 })),
  carrier: Type.Optional(Type.String({ maxLength: 60 })),
  service: Type.Optional(Type.String({ maxLength: 60 })),
  destination: Type.Optional(Type.String({ maxLength: 2 })),
  figure: Type.Optional(Type.String({ maxLength: 20 })),
  lang: Type.Optional(Type.String({ maxLength: 8 })),
});

/** The longest period one report covers. */
const MAX_DAYS = 366;

/** Carrier analytics for a period: page and CSV per figure. */
export const analyticsRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  const filterOf = (view: ConsoleView, query: Static<typeof Query>): AnalyticsFilter => {
    const today = todayIn(view.zone, deps.clock());
    const date = (value: string | undefined, fallback: string) =>
      value && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid
        ? value
        : fallback;
    const to = date(query.to, today);
    const from = date(
      query.from,
      DateTime.fromISO(to, { zone: 'utc' }).minus({ days: 29 }).toISODate() ?? to,
    );
    if (from > to) throw badRequest('the period starts after it ends');
    const span = DateTime.fromISO(to, { zone: 'utc' }).diff(
      DateTime.fromISO(from, { zone: 'utc' }),
      'days',
    ).days;
    if (span > MAX_DAYS) throw badRequest(`a period covers at most ${MAX_DAYS} days`);
    const word = (value: string | undefined) =>
      value && /^[A-Za-z0-9_.\- ]{1,60}$/.test(value) ? value : '';
    const country = query.destination?.toUpperCase() ?? '';
    return {
      from,
      to,
      carrier: word(query.carrier),
      service: word(query.service),
      destination: /^[A-Z]{2}$/.test(country) ? country : '',
    };
  };

  api.get('/analytics', { schema: { hide: true, querystring: Query } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const report = await analyticsReport(deps.store.db, tenantId, filterOf(view, request.query));
    return sendConsolePage(
      reply,
      200,
      renderAnalytics(view, report, await attentionTotal(context, tenantId, view)),
    );
  });

  api.get(
    '/analytics.csv',
    { schema: { hide: true, querystring: Query }, config: { fragment: true } },
    async (request, reply) => {
      const view = signedInView(request, reply, context);
      const figure = request.query.figure as Figure;
      if (!(FIGURES as readonly string[]).includes(figure))
        throw badRequest(`figure must be one of ${FIGURES.join(', ')}`);
      const filter = filterOf(view, request.query);
      const report = await analyticsReport(deps.store.db, sessionOf(request).user.tenantId, filter);
      const table = figureTable(view, report, figure, true);
      const csv = stringify(
        table.rows.map((row) => row.map((cell) => safeCell(cell))),
        { header: true, columns: [...table.columns] },
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${figure}-${filter.from}-${filter.to}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
};
