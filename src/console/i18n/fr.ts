import type { ConsoleMessages } from './en.js';
import { common } from './fr/common.js';
import { account } from './fr/account.js';
import { shipments } from './fr/shipments.js';
import { attention } from './fr/attention.js';
import { analytics } from './fr/analytics.js';
import { settings } from './fr/settings.js';
import { orders } from './fr/orders.js';
import { integrations } from './fr/integrations.js';

// French strings of the merchant console, one file per area under ./fr/. The type makes
// them give every key en.ts has.

export const fr: ConsoleMessages = {
  ...common,
  ...account,
  ...shipments,
  ...attention,
  ...analytics,
  ...settings,
  ...orders,
  ...integrations,
};
