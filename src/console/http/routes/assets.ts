import { CONSOLE_CSS } from '../../assets/console-css.js';
import { CONSOLE_CSS_PATH, CONSOLE_SCRIPT_PATH } from '../../assets/paths.js';
import { CONSOLE_SCRIPT } from '../../assets/console-script.js';
import type { ConsoleRouteRegistrar } from '../plugin.js';

const YEAR = 'public, max-age=31536000, immutable';

/** The stylesheet and script, at content-addressed paths so they are cached for good. */
export const assetRoutes: ConsoleRouteRegistrar = (app) => {
  const prefix = '/app';
  app.get(
    CONSOLE_CSS_PATH.slice(prefix.length),
    { config: { public: true, fragment: true }, schema: { hide: true } },
    async (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', YEAR).send(CONSOLE_CSS),
  );
  app.get(
    CONSOLE_SCRIPT_PATH.slice(prefix.length),
    { config: { public: true, fragment: true }, schema: { hide: true } },
    async (_request, reply) =>
      reply.type('text/javascript; charset=utf-8').header('cache-control', YEAR).send(CONSOLE_SCRIPT),
  );
};
