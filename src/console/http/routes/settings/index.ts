import { can } from '../../../roles.js';
import type { ConsoleRouteRegistrar } from '../../plugin.js';
import { sessionOf } from '../../request-view.js';
import { seeOther } from '../../respond.js';
import { apiKeyRoutes } from './api-keys.js';
import { auditRoutes } from './audit.js';
import { brandingRoutes } from './branding.js';
import { carrierSettingsRoutes } from './carriers.js';
import { integrationSettingsRoutes } from './integrations.js';
import { notificationSettingsRoutes } from './notifications.js';
import { userRoutes } from './users.js';
import { webhookSettingsRoutes } from './webhooks.js';

export const settingsRoutes: ConsoleRouteRegistrar = async (app, context) => {
  app.get('/settings', { schema: { hide: true } }, async (request, reply) =>
    seeOther(
      reply,
      can(sessionOf(request).user.role, 'manage') ? '/app/settings/branding' : '/app/settings/carriers',
    ),
  );
  for (const register of [
    brandingRoutes,
    notificationSettingsRoutes,
    webhookSettingsRoutes,
    apiKeyRoutes,
    carrierSettingsRoutes,
    integrationSettingsRoutes,
    userRoutes,
    auditRoutes,
  ])
    await register(app, context);
};
