/**
 * Which tracking number an EPCIS ObjectEvent is about. In this order:
 * 1. an extension property named `carrierTrackingNumber` or `trackingNumber` under any prefix
 *    (`"ex:carrierTrackingNumber": "794461726509"`): the carrier's own number, when the sender
 *    adds it;
 * 2. otherwise each entry of `epcList`: an SSCC (`urn:epc:id:sscc:…` or a GS1 Digital Link with
 *    AI 00) as its 18 digits, which many parcel carriers track directly; an SGTIN as GTIN-14 plus
 *    serial; a GRAI as its 14 digits plus serial; a plain value (not a URI) as it is.
 * Class-level identities (quantityList, LGTIN) name no single parcel and give no number.
 */
export function trackingNumbersOf(event: Readonly<Record<string, unknown>>): string[] {
  for (const [key, value] of Object.entries(event)) {
    if (
      /(^|:)(carrierTrackingNumber|trackingNumber)$/.test(key) &&
      typeof value === 'string' &&
      value.trim()
    ) {
      return [value.trim()];
    }
  }
  const epcs = Array.isArray(event['epcList']) ? event['epcList'] : [];
  const numbers: string[] = [];
  for (const epc of epcs) {
    const number = typeof epc === 'string' ? trackingNumberOfEpc(epc) : undefined;
    if (number && !numbers.includes(number)) numbers.push(number);
  }
  return numbers;
}

export function trackingNumberOfEpc(epc: string): string | undefined {
  const value = epc.trim();
  if (value.length === 0 || value.length > 300) return undefined;
  let match = /^urn:epc:id:sscc:(\d{6,12})\.(\d+)$/.exec(value);
  if (match) {
    const [, prefix = '', serial = ''] = match;
    if (prefix.length + serial.length !== 17) return undefined;
    return withCheckDigit(`${serial.charAt(0)}${prefix}${serial.slice(1)}`);
  }
  match = /^urn:epc:id:sgtin:(\d{6,12})\.(\d+)\.(.+)$/.exec(value);
  if (match) {
    const [, prefix = '', item = '', serial = ''] = match;
    if (prefix.length + item.length !== 13) return undefined;
    return `${withCheckDigit(`${item.charAt(0)}${prefix}${item.slice(1)}`)}${decode(serial)}`;
  }
  match = /^urn:epc:id:grai:(\d{6,12})\.(\d*)\.(.+)$/.exec(value);
  if (match) {
    const [, prefix = '', asset = '', serial = ''] = match;
    if (prefix.length + asset.length !== 12) return undefined;
    return `0${withCheckDigit(`${prefix}${asset}`)}${decode(serial)}`;
  }
  // GS1 Digital Link: the SSCC (AI 00), or a GTIN (AI 01) with its serial (AI 21).
  match = /^https?:\/\/[^/]+\/(?:.*\/)?00\/(\d{18})(?:[/?#].*)?$/.exec(value);
  if (match) return match[1];
  match = /^https?:\/\/[^/]+\/(?:.*\/)?01\/(\d{14})\/21\/([^/?#]+)/.exec(value);
  if (match) return `${match[1]}${decode(match[2] ?? '')}`;
  // Any other URI names something we cannot track; a plain value is the number itself.
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  return value;
}

/** GS1 mod-10 check digit: weights 3 and 1 from the right. */
export function withCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
