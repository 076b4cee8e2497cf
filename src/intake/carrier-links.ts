import { normalize } from '../numbers/normalize.js';

// Tracking numbers in carriers' tracking links: the strongest signal in a shipping email, since
// the shop's platform put the number there for the carrier to read. The parameter names are
// those seen in shipping emails and in public carrier-URL collections; no carrier documents them
// as stable, so names are matched case-insensitively and lists may be comma-separated.

export interface LinkNumber {
  /** Normalised: upper case, no spaces, dashes or dots. */
  readonly trackingNumber: string;
  /** Waybill's carrier id of the link's host. */
  readonly carrier: string;
  /** Where it was read: `ups.com?tracknum`, `usps.com/tracking/…`. */
  readonly rule: string;
}

interface CarrierLink {
  readonly carrier: string;
  /** The registrable name: the host is it, or a subdomain of it. */
  readonly host: RegExp;
  /** Query parameters (lower case) whose values are tracking numbers. */
  readonly params: readonly string[];
}

const LINKS: readonly CarrierLink[] = [
  // ups.com/WebTracking?trackNums=…, ups.com/track?tracknum=…
  { carrier: 'ups', host: /(?:^|\.)ups\.com$/, params: ['tracknums', 'tracknum'] },
  // tools.usps.com/go/TrackConfirmAction?tLabels=…, …_input?qtc_tLabels1=…
  { carrier: 'usps', host: /(?:^|\.)usps\.com$/, params: ['tlabels', 'qtc_tlabels1'] },
  // fedex.com/fedextrack/?trknbr=…, fedex.com/apps/fedextrack/?tracknumbers=…
  { carrier: 'fedex', host: /(?:^|\.)fedex\.com$/, params: ['trknbr', 'tracknumbers'] },
  // dhl.com/<locale>/home/tracking/tracking-express.html?tracking-id=…, …/tracking.html?AWB=…
  {
    carrier: 'dhl',
    host: /(?:^|\.)dhl\.(?:com|de|co\.uk|fr|nl|es|it|[a-z]{2})$/,
    params: ['tracking-id', 'awb', 'trackingnumber'],
  },
];

/** A value that could be one tracking number: letters and digits (some digits), 6 to 40 long. */
const PLAUSIBLE = /^(?=[A-Z]*\d)[A-Z0-9]{6,40}$/;
/** Where a wrapped link's target starts inside another link (path or encoded query value). */
const EMBEDDED_URL = /https?(?::|%3A)/gi;
const MAX_UNWRAP_DEPTH = 3;
/** URLs looked at per link, wrapped ones included: a crafted link costs no more than this. */
const MAX_URLS_PER_LINK = 16;
const MAX_NUMBERS_PER_LINK = 10;

/**
 * The tracking numbers in one link (an `href`, already HTML-decoded): in the query parameters of
 * a carrier's tracking URL, or in a path segment after `/track…/`. A click-tracking redirect is
 * looked through: any URL carried in its query values or path is read the same way. Never fetches.
 */
export function numbersInLink(href: string): LinkNumber[] {
  const found: LinkNumber[] = [];
  const seen = new Set<string>();
  visit(href.trim(), 0, found, seen);
  return found.slice(0, MAX_NUMBERS_PER_LINK);
}

function visit(href: string, depth: number, found: LinkNumber[], seen: Set<string>): void {
  if (depth > MAX_UNWRAP_DEPTH || href.length > 4096 || seen.has(href) || seen.size >= MAX_URLS_PER_LINK)
    return;
  seen.add(href);
  const url = parseUrl(href);
  if (!url) return;
  const link = LINKS.find((candidate) => candidate.host.test(url.hostname.toLowerCase()));
  if (link) {
    for (const [name, value] of url.searchParams)
      if (link.params.includes(name.toLowerCase()))
        // A list "n1,n2"; in a wrapped link, the wrapper's own path may follow the value ("n/1/0100").
        for (const part of value.split(','))
          push(found, part.split('/')[0] ?? '', link.carrier, `${link.carrier}.${name.toLowerCase()}`);
    const segments = url.pathname.split('/');
    segments.forEach((segment, index) => {
      if (index > 0 && /^track/i.test(segments[index - 1] ?? ''))
        push(found, safeDecode(segment), link.carrier, `${link.carrier}/track…/`);
    });
  }
  // A redirect wrapper: the target is a query value (encoded once or twice), or sits in the path.
  for (const [, value] of url.searchParams)
    if (/^https?(?::|%3A)/i.test(value)) visit(asUrl(value), depth + 1, found, seen);
  for (const match of href.matchAll(EMBEDDED_URL))
    if (match.index > 0) visit(asUrl(href.slice(match.index)), depth + 1, found, seen);
}

/** A URL as written, or percent-decoded when it was encoded to sit inside another. */
function asUrl(text: string): string {
  return /^https?:\/\//i.test(text) ? text : safeDecode(text);
}

function push(found: LinkNumber[], raw: string, carrier: string, rule: string): void {
  const trackingNumber = normalize(raw.trim());
  if (!PLAUSIBLE.test(trackingNumber)) return;
  if (found.some((one) => one.trackingNumber === trackingNumber)) return;
  found.push({ trackingNumber, carrier, rule });
}

function parseUrl(href: string): URL | undefined {
  if (!/^https?:\/\//i.test(href)) return undefined;
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
