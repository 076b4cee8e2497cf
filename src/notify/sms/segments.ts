// SMS segment counting (GSM 03.38 / 3GPP TS 23.038), as carriers bill it. A message that fits
// GSM-7 costs 160 septets in one part, 153 per part once concatenated (the header takes 7);
// extension-table characters cost two septets and never straddle two parts. One character
// outside GSM-7 turns the whole message into UCS-2: 70 UTF-16 units alone, 67 per part, and a
// surrogate pair (most emoji) is never split.

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[]~|€\f';
const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SegmentCount {
  readonly encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  readonly units: number;
  readonly segments: number;
}

export function isGsm7(text: string): boolean {
  for (const char of text) if (!BASIC.has(char) && !EXTENSION.has(char)) return false;
  return true;
}

export function countSegments(text: string): SegmentCount {
  const gsm = isGsm7(text);
  const costs: number[] = [];
  for (const char of text) costs.push(gsm ? (EXTENSION.has(char) ? 2 : 1) : char.length);
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const single = gsm ? 160 : 70;
  const part = gsm ? 153 : 67;
  if (units <= single) return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, segments: 1 };
  // Greedy packing: a character that does not fit whole starts the next part.
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > part) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, segments };
}

/**
 * Swaps typographic look-alikes for their GSM-7 twins (what Twilio's SmartEncoded does), so a
 * curly apostrophe or the narrow space Intl puts before "PM" does not double the price.
 */
export function toGsmLookalikes(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/\u2026/g, '...');
}

/**
 * The text and link as one SMS of at most `maxSegments` parts: the text is cut (with an
 * ellipsis) before the link ever is, because the link is where the rest of the story is.
 */
export function fitToSegments(text: string, link: string, maxSegments = 2): string {
  const clean = toGsmLookalikes(text).trim();
  const join = (body: string) => (link ? `${body} ${link}` : body);
  const whole = join(clean);
  if (countSegments(whole).segments <= maxSegments) return whole;
  const chars = [...clean];
  let low = 0;
  let high = chars.length;
  // Largest prefix that, with the ellipsis and the link, still fits.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (countSegments(join(`${chars.slice(0, mid).join('').trimEnd()}...`)).segments <= maxSegments)
      low = mid;
    else high = mid - 1;
  }
  if (low === 0) return link || chars.slice(0, 10).join('');
  return join(`${chars.slice(0, low).join('').trimEnd()}...`);
}
