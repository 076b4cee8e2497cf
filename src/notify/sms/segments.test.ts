import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSegments, fitToSegments, isGsm7, toGsmLookalikes } from './segments.js';

const GSM_CHARS = [
  ...'@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCXYZÄÖÑÜ§¿abcxyzäöñüà',
];
const EXTENSION_CHARS = [...'^{}\\[]~|€'];
const gsmText = fc
  .array(fc.constantFrom(...GSM_CHARS, ...EXTENSION_CHARS), { maxLength: 500 })
  .map((a) => a.join(''));
const unicodeText = fc.string({ unit: 'grapheme', maxLength: 300 });

describe('SMS segments', () => {
  it('counts GSM-7 at 160 alone and 153 per part', () => {
    expect(countSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('charges two septets for extension characters and never splits one', () => {
    expect(countSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    // 152 septets, then an escape pair that does not fit in the first part's last septet.
    expect(countSegments(`${'a'.repeat(152)}€${'a'.repeat(10)}`).segments).toBe(2);
    expect(countSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3);
  });

  it('switches the whole message to UCS-2 for one character outside GSM-7', () => {
    expect(countSegments(`${'a'.repeat(69)}ç`)).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(countSegments(`${'a'.repeat(70)}ç`).segments).toBe(2);
    // An emoji is a surrogate pair: two units, never split between parts.
    expect(countSegments(`${'a'.repeat(68)}😀`)).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(countSegments(`${'a'.repeat(66)}😀${'a'.repeat(66)}`)).toEqual({
      encoding: 'UCS-2',
      units: 134,
      segments: 3,
    });
  });

  it('property: segments are the smallest count of parts the units fit in', () => {
    fc.assert(
      fc.property(fc.oneof(gsmText, unicodeText), (text) => {
        const { encoding, units, segments } = countSegments(text);
        expect(encoding).toBe(isGsm7(text) ? 'GSM-7' : 'UCS-2');
        const [single, part] = encoding === 'GSM-7' ? [160, 153] : [70, 67];
        if (units <= single) expect(segments).toBe(1);
        else {
          expect(segments).toBeGreaterThanOrEqual(Math.ceil(units / part));
          // Packing loses at most one unit per part boundary (an escape pair or a surrogate pair).
          expect(segments).toBeLessThanOrEqual(Math.ceil(units / (part - 1)));
        }
      }),
    );
  });

  it('property: a fitted message keeps the whole link and stays within two segments', () => {
    const link = 'https://track.example.com/t/AbCdEfGhIjKlMnOpQrStUvWx';
    fc.assert(
      fc.property(fc.oneof(gsmText, unicodeText), (text) => {
        const fitted = fitToSegments(text, link, 2);
        expect(fitted.endsWith(link)).toBe(true);
        expect(countSegments(fitted).segments).toBeLessThanOrEqual(2);
        if (countSegments(`${toGsmLookalikes(text).trim()} ${link}`).segments <= 2)
          expect(fitted).toBe(`${toGsmLookalikes(text).trim()} ${link}`);
      }),
    );
  });

  it('turns typographic look-alikes into GSM-7, keeping French texts at GSM price', () => {
    const text = toGsmLookalikes('Votre colis arrive aujourd’hui à 13\u202f42 – merci…');
    expect(text).toBe("Votre colis arrive aujourd'hui à 13 42 - merci...");
    expect(isGsm7(text)).toBe(true);
  });
});
