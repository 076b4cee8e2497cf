import { common } from './en/common.js';
import { account } from './en/account.js';
import { shipments } from './en/shipments.js';
import { attention } from './en/attention.js';
import { analytics } from './en/analytics.js';
import { settings } from './en/settings.js';
import { orders } from './en/orders.js';
import { integrations } from './en/integrations.js';

// English strings of the merchant console, one file per area of the console under ./en/. Every
// other locale provides the same keys (ConsoleMessages); status names come from the tracking
// page's catalog. Values fill {name} slots; a key ending in .one is the singular form.

export const en = {
  ...common,
  ...account,
  ...shipments,
  ...attention,
  ...analytics,
  ...settings,
  ...orders,
  ...integrations,
} as const;

export type ConsoleKey = keyof typeof en;
export type ConsoleMessages = Record<ConsoleKey, string>;
