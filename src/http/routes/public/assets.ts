import type { FastifyPluginAsync } from 'fastify';
import { ICON_SVG } from '../../../web/assets/icon.js';
import { webManifest } from '../../../web/assets/manifest.js';
import { PAGE_SCRIPT_PATH } from '../../../web/assets/paths.js';
import { PAGE_SCRIPT } from '../../../web/assets/page-script.js';
import { serviceWorkerScript } from '../../../web/assets/service-worker.js';

const YEAR = 'public, max-age=31536000, immutable';
const DAY = 'public, max-age=86400';

/** The page script (content-addressed), the icon, the manifest and the service worker. */
export const assetRoutes: FastifyPluginAsync = async (app) => {
  const manifest = JSON.stringify(webManifest());
  const worker = serviceWorkerScript();

  app.get(PAGE_SCRIPT_PATH, { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', YEAR).send(PAGE_SCRIPT),
  );
  app.get('/assets/icon.svg', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', DAY).send(ICON_SVG),
  );
  app.get('/manifest.webmanifest', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/manifest+json').header('cache-control', DAY).send(manifest),
  );
  // Not cached by HTTP: browsers must see a new worker as soon as it ships.
  app.get('/sw.js', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('service-worker-allowed', '/')
      .send(worker),
  );
};
