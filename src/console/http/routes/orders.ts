import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { orderPageUrl } from '../../../web/order-page-url.js';
import { loadOrderDetail } from '../../queries/order-detail.js';
import { listOrderPage } from '../../queries/order-list.js';
import { renderOrderPage } from '../../views/order-detail.js';
import { renderOrderList } from '../../views/orders.js';
import { notFound } from '../console-error.js';
import { queryLists } from '../forms.js';
import { attentionTotal, signedInView } from '../page-context.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';
import { sessionOf } from '../request-view.js';
import { sendConsolePage } from '../respond.js';
import { IdParams } from './shipments.js';

const PAGE_SIZE = 50;

/** The order list (search by number, pages) and each order's page with its customer and parcels. */
export const orderRoutes: ConsoleRouteRegistrar = (app, context) => {
  const { deps } = context;
  const db = deps.store.db;
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/orders', { schema: { hide: true } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const fields = queryLists(request.query);
    const q = (fields['q']?.[0] ?? '').trim().slice(0, 200);
    const page = await listOrderPage(db, tenantId, {
      q,
      limit: PAGE_SIZE,
      after: fields['after']?.[0],
      before: fields['before']?.[0],
    });
    return sendConsolePage(
      reply,
      200,
      renderOrderList(view, { q, page, attentionCount: await attentionTotal(context, tenantId, view) }),
    );
  });

  api.get('/orders/:id', { schema: { hide: true, params: IdParams } }, async (request, reply) => {
    const view = signedInView(request, reply, context);
    const tenantId = sessionOf(request).user.tenantId;
    const detail = await loadOrderDetail(db, tenantId, request.params.id);
    if (!detail) throw notFound(`no order ${request.params.id}`);
    return sendConsolePage(
      reply,
      200,
      renderOrderPage(view, {
        detail,
        customerPageUrl: orderPageUrl(deps.config.publicBaseUrl, detail.order.pageToken),
        attentionCount: await attentionTotal(context, tenantId, view),
      }),
    );
  });
};
