import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../../deps.js';
import { notificationMessageRoutes } from './messages.js';
import { recipientRoutes } from './recipients.js';
import { notificationSettingsRoutes } from './settings.js';

export * from './schemas.js';

/** Customer notifications over the API, in the order the API reference lists them. */
export const notificationRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    await app.register(notificationSettingsRoutes(deps));
    await app.register(recipientRoutes(deps));
    await app.register(notificationMessageRoutes(deps));
  };
