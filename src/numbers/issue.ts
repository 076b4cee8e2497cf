import { createHash, randomBytes } from 'node:crypto';
import { checkCharacter } from './check-digits/check-digit.js';
import { mod37_36 } from './check-digits/mod37-36.js';
import {
  OWN_NUMBER_ALPHABET,
  OWN_NUMBER_PREFIX,
  OWN_RANDOM_LENGTH,
  OWN_TENANT_TAG_LENGTH,
} from './formats/waybill.js';

/** 16 base-32 characters carry 80 random bits. */
const RANDOM_BYTES = (OWN_RANDOM_LENGTH * 5) / 8;

/**
 * Mints a tracking number for a merchant's own delivery: `WB`, a 3-character tag of the tenant,
 * 16 random base-32 characters (80 bits from the operating system's CSPRNG), and an ISO 7064
 * MOD 37,36 check character, e.g. `WBG8N7Y8JR1YMCTRRWN90L`.
 *
 * No number tells anything about another: the random part is drawn afresh each time, so numbers
 * can't be enumerated from one you hold. Among a billion numbers of one tenant the chance that two
 * coincide is about 4 in 10 million; the store's unique index is the final guard.
 * The tag only groups a tenant's numbers for support staff; it is a hash, not the tenant id.
 */
export function issue(tenant: string, random: () => Uint8Array = () => randomBytes(RANDOM_BYTES)): string {
  if (tenant.length === 0) throw new RangeError('Issuing a tracking number needs a tenant');
  const bytes = random();
  if (bytes.length < RANDOM_BYTES) {
    throw new RangeError(`Issuing a tracking number needs ${RANDOM_BYTES} random bytes, got ${bytes.length}`);
  }
  const body = OWN_NUMBER_PREFIX + tenantTag(tenant) + base32(bytes, OWN_RANDOM_LENGTH);
  return body + checkCharacter(mod37_36(body, 0, body.length));
}

function tenantTag(tenant: string): string {
  return base32(createHash('sha256').update(tenant).digest(), OWN_TENANT_TAG_LENGTH);
}

/** The first `length` 5-bit groups of the bytes, as base-32 characters. */
function base32(bytes: Uint8Array, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) {
    const bit = index * 5;
    const pair = ((bytes[bit >> 3] ?? 0) << 8) | (bytes[(bit >> 3) + 1] ?? 0);
    text += OWN_NUMBER_ALPHABET.charAt((pair >> (11 - (bit & 7))) & 31);
  }
  return text;
}
