import { DateTime } from 'luxon';
import type { PageView } from './page-view.js';
import { basisWords } from './render-live.js';

// An iCalendar (RFC 5545) file with one all-day event spanning the estimated delivery window.

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function deliveryCalendar(view: PageView, pageUrl: string, now: Date): string | undefined {
  const estimate = view.shipment.estimate;
  if (!estimate) return undefined;
  const start = DateTime.fromISO(estimate.earliest, { zone: 'utc' });
  const end = DateTime.fromISO(estimate.latest, { zone: 'utc' }).plus({ days: 1 });
  if (!start.isValid || !end.isValid) return undefined;
  const title = `${view.branding.name}: ${view.t(`status.${view.shipment.status}`)} (${view.carrier.name} ${view.shipment.trackingNumber})`;
  const stamp = DateTime.fromJSDate(now, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Waybill//Tracking page//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${view.shipment.id}@waybill`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${start.toFormat('yyyyMMdd')}`,
    `DTEND;VALUE=DATE:${end.toFormat('yyyyMMdd')}`,
    `SUMMARY:${escapeText(title)}`,
    `DESCRIPTION:${escapeText(`${basisWords(view, estimate)}\n${pageUrl}`)}`,
    `URL:${pageUrl}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
