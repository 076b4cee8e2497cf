import type { ConsoleMessages } from './en.js';
import { common } from './es/common.js';
import { account } from './es/account.js';
import { shipments } from './es/shipments.js';
import { attention } from './es/attention.js';
import { analytics } from './es/analytics.js';
import { settings } from './es/settings.js';
import { orders } from './es/orders.js';
import { integrations } from './es/integrations.js';

// Spanish (tú form) strings of the merchant console, one file per area under ./es/. The type makes
// them give every key en.ts has.

export const es: ConsoleMessages = {
  ...common,
  ...account,
  ...shipments,
  ...attention,
  ...analytics,
  ...settings,
  ...orders,
  ...integrations,
};
