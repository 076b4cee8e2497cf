import type { Shipment } from '../../domain/shipment.js';
import type { Status } from '../../domain/status.js';
import { html, type Html } from '../../web/html.js';
import type { ConsoleKey } from '../i18n/messages.js';
import { statusPill } from './format.js';
import type { ConsoleView } from './view.js';

// Pieces the order list and an order's page show the same way.

const SOURCES = ['api', 'csv', 'shopify', 'woocommerce', 'email', 'console'] as const;

/** Where the order came from, in words ("Forwarded email"); an unknown source as stored. */
export function sourceLabel(view: ConsoleView, source: string): string {
  return (SOURCES as readonly string[]).includes(source) ? view.t(`source.${source}` as ConsoleKey) : source;
}

/** "2 of 3 delivered", then a pill for each status the other parcels are in. */
export function parcelSummary(view: ConsoleView, parcels: readonly Shipment[]): Html {
  const { t } = view;
  if (parcels.length === 0) return html`<span class="muted">${t('orders.noParcels')}</span>`;
  const delivered = parcels.filter((p) => p.status === 'delivered').length;
  const others = [...new Set(parcels.map((p) => p.status).filter((s) => s !== 'delivered'))] as Status[];
  const text = t('orders.deliveredOf', { delivered, total: parcels.length });
  return html`${delivered === parcels.length ? html`<span class="ok">${text}</span>` : text}${others.map(
    (status) => html` ${statusPill(view, status)}`,
  )}`;
}
