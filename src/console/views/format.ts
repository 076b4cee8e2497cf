import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import type { Shipment } from '../../domain/shipment.js';
import type { Status } from '../../domain/status.js';
import { carrierInfo } from '../../web/carrier-info.js';
import { formatDay, formatInstant } from '../../web/format-time.js';
import { html, type Html } from '../../web/html.js';
import type { ConsoleView } from './view.js';

// Small pieces every console page shows the same way.

const TONE: Partial<Record<Status, 'ok' | 'warn' | 'bad'>> = {
  delivered: 'ok',
  exception: 'bad',
  attempt_failed: 'warn',
  return_to_sender: 'bad',
  expired: 'warn',
  available_for_pickup: 'warn',
};

export function statusPill(view: ConsoleView, status: Status): Html {
  return html`<span class="pill ${TONE[status] ?? ''}">${view.t(`status.${status}`)}</span>`;
}

export function carrierName(carrier: string, trackingNumber = ''): string {
  return carrierInfo(carrier, trackingNumber).name;
}

/** An instant in the viewer's zone ("Tue 2 Dec, 14:05"), with the exact UTC time for machines. */
export function when(view: ConsoleView, instant: string | null): Html {
  if (!instant) return html`<span class="muted">–</span>`;
  return html`<time datetime="${instant}">${formatInstant(instant, view.zone, view.locale)}</time>`;
}

/**
 * A scan's instant in the local time of its place: the zone it was stored with, an IANA name or
 * an offset such as +02:00. Returns the text and the zone's short label.
 */
export function placeTime(view: ConsoleView, instant: string, zone: string): { text: string; label: string } {
  const iana = IANAZone.isValidZone(zone) ? zone : undefined;
  if (iana) return { text: formatInstant(instant, iana, view.locale), label: iana };
  const offset = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (offset) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    // Node 20's Intl takes no offset zones; luxon formats them (shifting, then formatting as UTC).
    const text = DateTime.fromISO(instant, { zone: FixedOffsetZone.instance(minutes) })
      .setLocale(view.locale === 'en' ? 'en-GB' : view.locale)
      .toLocaleString({
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
      });
    return { text, label: `UTC${zone}` };
  }
  return { text: formatInstant(instant, 'UTC', view.locale), label: 'UTC' };
}

export function day(view: ConsoleView, date: string | null): string {
  return date ? formatDay(date, view.locale) : '–';
}

export function windowText(view: ConsoleView, estimate: Shipment['estimate']): string {
  if (!estimate) return '–';
  return estimate.earliest === estimate.latest
    ? day(view, estimate.earliest)
    : `${day(view, estimate.earliest)} – ${day(view, estimate.latest)}`;
}

export function placeText(shipment: Pick<Shipment, 'lastLocation'>): string {
  const location = shipment.lastLocation;
  if (!location) return '';
  return [location.city, location.region, location.country].filter((part) => part && part.trim()).join(', ');
}

export function percent(view: ConsoleView, share: number | null, digits = 1): string {
  if (share === null || !Number.isFinite(share)) return '–';
  return new Intl.NumberFormat(view.locale, { style: 'percent', maximumFractionDigits: digits }).format(
    share,
  );
}

export function number(view: ConsoleView, value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(view.locale, { maximumFractionDigits: digits }).format(value);
}
