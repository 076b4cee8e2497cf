import type { ConsoleRouteRegistrar } from '../plugin.js';
import { accountLinkRoutes } from './account-links.js';
import { accountRoutes } from './account.js';
import { analyticsRoutes } from './analytics.js';
import { assetRoutes } from './assets.js';
import { attentionRoutes } from './attention.js';
import { authRoutes } from './auth.js';
import { eventRoutes } from './events.js';
import { homeRoutes } from './home.js';
import { orderRoutes } from './orders.js';
import { settingsRoutes } from './settings/index.js';
import { shipmentActionRoutes } from './shipment-actions.js';
import { shipmentRoutes } from './shipments.js';

/** Every part of the console, in one explicit list. */
export const CONSOLE_ROUTES: readonly ConsoleRouteRegistrar[] = [
  assetRoutes,
  authRoutes,
  accountLinkRoutes,
  homeRoutes,
  shipmentRoutes,
  shipmentActionRoutes,
  orderRoutes,
  attentionRoutes,
  analyticsRoutes,
  settingsRoutes,
  accountRoutes,
  eventRoutes,
];
