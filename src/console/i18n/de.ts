import type { ConsoleMessages } from './en.js';
import { common } from './de/common.js';
import { account } from './de/account.js';
import { shipments } from './de/shipments.js';
import { attention } from './de/attention.js';
import { analytics } from './de/analytics.js';
import { settings } from './de/settings.js';
import { orders } from './de/orders.js';
import { integrations } from './de/integrations.js';

// German (Sie-form) strings of the merchant console, one file per area under ./de/. The type makes
// them give every key en.ts has.

export const de: ConsoleMessages = {
  ...common,
  ...account,
  ...shipments,
  ...attention,
  ...analytics,
  ...settings,
  ...orders,
  ...integrations,
};
