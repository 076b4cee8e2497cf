import { findInText } from '../../numbers/index.js';
import { fieldOf, listOf } from './payload-text.js';

// Orders without the Shipment Tracking meta often carry their tracking number in an order note
// ("Shipped with DHL, tracking 00340434…"), written by the shop or a shipping plugin. Notes are
// not in the order's JSON: they come from GET orders/<id>/notes, and are read here. Pure.

export interface NumberInNotes {
  readonly trackingNumber: string;
  /** findInText's confidence in its best carrier, 0..1. */
  readonly confidence: number;
}

const MAX_NOTES = 200;
const MAX_NOTE = 10_000;

/** The text of each note (HTML tags removed, link targets kept), oldest first as given. */
export function noteTexts(payload: unknown): string[] {
  return listOf(payload, MAX_NOTES).flatMap((note) => {
    const html = fieldOf(note, 'note');
    return typeof html === 'string' ? [plainText(html.slice(0, MAX_NOTE))] : [];
  });
}

/** Each distinct tracking number findInText sees in the notes, in order of appearance. */
export function numbersInNotes(notes: readonly string[]): NumberInNotes[] {
  const found = new Map<string, NumberInNotes>();
  for (const note of notes)
    for (const hit of findInText(note)) {
      const best = hit.detection.candidates[0];
      if (best === undefined || found.has(hit.detection.normalized)) continue;
      found.set(hit.detection.normalized, {
        trackingNumber: hit.detection.normalized,
        confidence: best.confidence,
      });
    }
  return [...found.values()];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function plainText(html: string): string {
  // A link's target often holds the number (a carrier's tracking URL): keep it beside the text.
  const targets = [...html.matchAll(/href\s*=\s*["']([^"']{1,2000})["']/gi)].map((m) => m[1] ?? '');
  const text = `${html} ${targets.join(' ')}`.replace(/<[^>]{0,2000}>/g, ' ');
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return Object.hasOwn(ENTITIES, lower) ? (ENTITIES[lower] ?? entity) : entity;
  });
}
