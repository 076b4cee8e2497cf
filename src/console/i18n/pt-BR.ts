import type { ConsoleMessages } from './en.js';
import { common } from './pt-BR/common.js';
import { account } from './pt-BR/account.js';
import { shipments } from './pt-BR/shipments.js';
import { attention } from './pt-BR/attention.js';
import { analytics } from './pt-BR/analytics.js';
import { settings } from './pt-BR/settings.js';
import { orders } from './pt-BR/orders.js';
import { integrations } from './pt-BR/integrations.js';

// Brazilian Portuguese strings of the merchant console, one file per area under ./pt-BR/. The type makes
// them give every key en.ts has.

export const ptBR: ConsoleMessages = {
  ...common,
  ...account,
  ...shipments,
  ...attention,
  ...analytics,
  ...settings,
  ...orders,
  ...integrations,
};
