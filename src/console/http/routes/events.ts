import { touchesAttention } from '../../live.js';
import { forgetAttentionTotal } from '../page-context.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';
import { sessionOf } from '../request-view.js';

const HEARTBEAT_MS = 25_000;

/**
 * GET /app/events: Server-Sent Events for the signed-in tenant. Each event names the shipments
 * that changed and whether the attention queue may have; the page's script fetches the rows or
 * the queue it shows. Sent after the relay hands the commit over, so well within a second.
 */
export const eventRoutes: ConsoleRouteRegistrar = (app, context) => {
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get('/events', { schema: { hide: true }, config: { fragment: true } }, async (request, reply) => {
    const tenantId = sessionOf(request).user.tenantId;
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 2000\n\n');
    const stop = context.live.watch(tenantId, (change) => {
      if (raw.destroyed) return;
      const attention = touchesAttention(change);
      if (attention) forgetAttentionTotal(tenantId);
      raw.write(
        `event: change\ndata: ${JSON.stringify({ shipments: change.shipmentIds, attention, types: change.types })}\n\n`,
      );
    });
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    const end = () => {
      clearInterval(heartbeat);
      stop();
      open.delete(end);
      if (!raw.writableEnded) raw.end();
    };
    open.add(end);
    raw.on('close', end);
    // Tells the page the stream is open: it may have missed changes while connecting.
    raw.write('event: ready\ndata: {}\n\n');
  });
};
