import type { Location } from '../../domain/location.js';

/**
 * EPCIS names places by GLN (`urn:epc:id:sgln:…`), not by address. The document's own master
 * data (epcisHeader.epcisMasterData, CBV location attributes city, state, postalCode,
 * countryCode) says where a GLN is; without it the place stays unknown.
 */
export function locationsOf(document: Readonly<Record<string, unknown>>): Map<string, Location> {
  const places = new Map<string, Location>();
  const header = record(document['epcisHeader']);
  const masterData = record(header?.['epcisMasterData']);
  const vocabularies = Array.isArray(masterData?.['vocabularyList']) ? masterData['vocabularyList'] : [];
  for (const vocabulary of vocabularies) {
    const type = record(vocabulary)?.['type'];
    if (typeof type !== 'string' || !/(BusinessLocation|ReadPoint)$/.test(type)) continue;
    const elements = record(vocabulary)?.['vocabularyElementList'];
    for (const element of Array.isArray(elements) ? elements : []) {
      const id = record(element)?.['id'];
      const attributes = record(element)?.['attributes'];
      if (typeof id !== 'string' || !Array.isArray(attributes)) continue;
      const place: Record<string, string> = {};
      for (const attribute of attributes) {
        const name = localName(record(attribute)?.['id']);
        const value = record(attribute)?.['attribute'];
        if (!name || typeof value !== 'string' || value.trim() === '') continue;
        const text = value.trim().slice(0, 200);
        if (name === 'city') place['city'] = text;
        if (name === 'state') place['region'] = text;
        if (name === 'postalCode') place['postalCode'] = text;
        if (name === 'countryCode' && /^[A-Za-z]{2}$/.test(text)) place['country'] = text.toUpperCase();
      }
      if (Object.keys(place).length > 0) places.set(id, place as Location);
    }
  }
  return places;
}

/** `urn:epcglobal:cbv:mda#city` and `cbvmda:city` are both `city`. */
function localName(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  return /[#:]([A-Za-z]+)$/.exec(id)?.[1];
}

export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
