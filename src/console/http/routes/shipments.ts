import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { destinationZone } from '../../../estimates/destination-zone.js';
import { detect } from '../../../numbers/index.js';
import { pageUrlFor } from '../../../web/page-token.js';
import { listUsers } from '../../auth/users.js';
import { findMark, kindsOf, type AttentionKind, type Mark } from '../../queries/attention.js';
import { filterFrom } from '../../queries/shipment-filter.js';
import {
  allShipments,
  listShipmentPage,
  shipmentsByIds,
  type ListedShipment,
} from '../../queries/shipment-list.js';
import { orderOfShipment } from '../../queries/order-detail.js';
import { loadShipmentDetail } from '../../queries/shipment-detail.js';
import { doneFlash } from '../../views/done.js';
import { renderDetailLive, renderShipmentDetail, type DetailInput } from '../../views/shipment-detail.js';
import { renderRows, renderShipmentList } from '../../views/shipments.js';
import type { ConsoleView } from '../../views/view.js';
import { notFound } from '../console-error.js';
import type { ConsoleContext } from '../deps.js';
import { queryLists } from '../forms.js';
import { attentionQueryFor, attentionTotal, signedInView, todayIn } from '../page-context.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';
import { sessionOf } from '../request-view.js';
import { sendConsolePage } from '../respond.js';

const PAGE_SIZE = 50;
export const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

/** The shipment list (search, filters, sort, pages, CSV) and each shipment's page. */
export const shipmentRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const db = deps.store.db;
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/shipments', { schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const fields = queryLists(request.query);
    const filter = filterFrom(fields);
    const now = deps.clock();
    const page = await listShipmentPage(
      db,
      tenantId,
      filter,
      { limit: PAGE_SIZE, after: fields['after']?.[0], before: fields['before']?.[0] },
      { today: todayIn(view.zone, now), zone: view.zone },
    );
    const flash = doneFlash(view, fields['done']?.[0]);
    return sendConsolePage(
      reply,
      200,
      renderShipmentList(view, {
        filter,
        page,
        attentionCount: await attentionTotal(context, tenantId, view),
        flash,
      }),
    );
  });

  app.get(
    '/shipments.csv',
    { schema: { hide: true }, config: { fragment: true } },
    async (request, reply) => {
      const view = signedInView(request, reply, context);
      const tenantId = sessionOf(request).user.tenantId;
      const filter = filterFrom(queryLists(request.query));
      const now = deps.clock();
      const rows = allShipments(db, tenantId, filter, { today: todayIn(view.zone, now), zone: view.zone });
      const csv = stringify({ header: true, columns: CSV_COLUMNS.map(([key]) => key) });
      void (async () => {
        try {
          for await (const row of rows)
            if (!csv.write(csvRecord(row))) await new Promise((r) => csv.once('drain', r));
          csv.end();
        } catch (error) {
          request.log.error({ err: error }, 'CSV export failed');
          csv.destroy(error as Error);
        }
      })();
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="shipments-${now.toISOString().slice(0, 10)}.csv"`,
        )
        .header('cache-control', 'no-store')
        .send(Readable.from(csv));
    },
  );

  // Rows on screen that changed, re-rendered for live updates.
  app.get(
    '/shipments/rows',
    { schema: { hide: true }, config: { fragment: true } },
    async (request, reply) => {
      const view = signedInView(request, reply, context);
      const tenantId = sessionOf(request).user.tenantId;
      const ids = (queryLists(request.query)['id'] ?? []).slice(0, 200);
      const rows = await shipmentsByIds(db, tenantId, ids);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(renderRows(view, rows).value);
    },
  );

  api.get('/shipments/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const input = await detailInput(request, context, view, request.params.id);
    const flash = doneFlash(view, (request.query as Record<string, string | undefined>)['done']);
    return sendConsolePage(reply, 200, renderShipmentDetail(view, { ...input, flash }));
  });

  api.get(
    '/shipments/:id/live',
    { schema: { hide: true, params: IdParams }, config: { fragment: true } },
    async (request, reply) => {
      const view = signedInView(request, reply, context);
      const input = await detailInput(request, context, view, request.params.id);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(renderDetailLive(view, input).value);
    },
  );
};

async function detailInput(
  request: FastifyRequest,
  context: ConsoleContext,
  view: ConsoleView,
  id: string,
): Promise<DetailInput> {
  const { deps } = context;
  const db = deps.store.db;
  const tenantId = sessionOf(request).user.tenantId;
  const detail = await loadShipmentDetail(db, tenantId, id);
  if (!detail) throw notFound(`no shipment ${id}`);
  const now = deps.clock();
  const query = attentionQueryFor(view, now);
  const kinds = await kindsOf(db, tenantId, id, query);
  const marks = new Map<AttentionKind, Mark>();
  for (const kind of kinds) {
    const mark = await findMark(db, tenantId, id, kind);
    if (mark) marks.set(kind, mark);
  }
  const users = new Map((await listUsers(db, tenantId)).map((u) => [u.id, u.name]));
  const shipment = detail.listed.shipment;
  return {
    detail,
    trackingPageUrl: await pageUrlFor(db, id, deps.config.publicBaseUrl),
    detection: detect(shipment.trackingNumber),
    kinds,
    marks,
    users,
    attentionCount: await attentionTotal(context, tenantId, view),
    defaultZone: destinationZone(shipment.destination),
    order: await orderOfShipment(db, tenantId, id),
  };
}

const CSV_COLUMNS: readonly [string, (row: ListedShipment) => string | number | null][] = [
  ['id', (r) => r.shipment.id],
  ['tracking_number', (r) => r.shipment.trackingNumber],
  ['carrier', (r) => r.shipment.carrier],
  ['service', (r) => r.shipment.service],
  ['order_ref', (r) => r.shipment.orderRef],
  ['status', (r) => r.shipment.status],
  ['substatus', (r) => r.shipment.substatus],
  ['exception_reason', (r) => r.shipment.exceptionReason],
  ['stalled', (r) => (r.shipment.stalled ? 1 : 0)],
  ['delay_reasons', (r) => r.shipment.delayReasons.join(' ')],
  ['destination_country', (r) => r.shipment.destination?.country ?? null],
  ['destination_city', (r) => r.shipment.destination?.city ?? null],
  ['last_event_at', (r) => r.shipment.lastEventAt],
  ['estimate_earliest', (r) => r.shipment.estimate?.earliest ?? null],
  ['estimate_latest', (r) => r.shipment.estimate?.latest ?? null],
  ['promised_date', (r) => r.shipment.promisedDate],
  ['ordered_at', (r) => r.shipment.orderedAt],
  ['delivered_at', (r) => r.shipment.deliveredAt],
  ['delivery_attempts', (r) => r.shipment.deliveryAttempts],
  ['created_at', (r) => r.shipment.createdAt],
  ['archived_at', (r) => r.archivedAt],
];

/** One CSV record; text a spreadsheet would run as a formula is quoted with a leading '. */
function csvRecord(row: ListedShipment): (string | number)[] {
  return CSV_COLUMNS.map(([, value]) => safeCell(value(row)));
}

export function safeCell(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type { FastifyReply };
