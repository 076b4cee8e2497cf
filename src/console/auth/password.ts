import { hash, verify, type Options } from '@node-rs/argon2';

// Argon2id with OWASP's current minimum (19 MiB, 2 passes, 1 lane): memory-hard, about 40 ms
// here. The parameters live in each stored PHC string, so raising them later needs no migration.
// `algorithm: 2` is Argon2id (the package's const enum cannot be imported under isolated modules).
const PARAMETERS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
/** ASVS asks to accept at least 64 characters; a bound still keeps hashing cheap to refuse. */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_email';

/** Length rules only (no composition rules, paste allowed), plus "not your own email". */
export function passwordProblem(password: string, email: string): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) return 'contains_email';
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH * 4) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one verification when there is no account (or no password yet), so the
 * answer's timing does not tell which emails have accounts.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword('not a real password, only timing');
  await verifyPassword(await dummy, password);
  return false;
}
