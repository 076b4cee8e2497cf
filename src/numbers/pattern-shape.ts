/**
 * Reads the small regular-expression subset the format table is written in, so that start-up can
 * work out each format's possible lengths and first characters (to dispatch before any regex runs),
 * how rare a match is by chance (for confidence), and produce example numbers (for docs and tests).
 *
 * Supported: literals 0-9 A-Z, \d, [classes with ranges], (?:alternatives|…), and the quantifiers
 * ?, {n}, {n,m}. Anything else throws at start-up, so a table entry can't silently escape analysis.
 */

export type Atom =
  | { readonly kind: 'set'; readonly chars: string; readonly min: number; readonly max: number }
  | {
      readonly kind: 'choice';
      readonly options: readonly Sequence[];
      readonly min: number;
      readonly max: number;
    };

export type Sequence = readonly Atom[];

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALPHABET = DIGITS + LETTERS;

export function parsePattern(pattern: string): Sequence {
  const reader = { pattern, index: 0 };
  const options = readAlternatives(reader);
  if (reader.index !== pattern.length) fail(reader, 'unexpected character');
  return options.length === 1 ? (options[0] ?? []) : [{ kind: 'choice', options, min: 1, max: 1 }];
}

interface Reader {
  readonly pattern: string;
  index: number;
}

function readAlternatives(reader: Reader): Sequence[] {
  const options: Sequence[] = [readSequence(reader)];
  while (reader.pattern[reader.index] === '|') {
    reader.index += 1;
    options.push(readSequence(reader));
  }
  return options;
}

function readSequence(reader: Reader): Sequence {
  const atoms: Atom[] = [];
  for (;;) {
    const char = reader.pattern[reader.index];
    if (char === undefined || char === '|' || char === ')') return atoms;
    atoms.push(readAtom(reader));
  }
}

function readAtom(reader: Reader): Atom {
  const { pattern } = reader;
  const char = pattern[reader.index];
  if (char === '(') {
    if (!pattern.startsWith('(?:', reader.index)) fail(reader, 'only (?: groups are supported');
    reader.index += 3;
    const options = readAlternatives(reader);
    if (pattern[reader.index] !== ')') fail(reader, 'unclosed group');
    reader.index += 1;
    return { kind: 'choice', options, ...readQuantifier(reader) };
  }
  return { kind: 'set', chars: readSet(reader), ...readQuantifier(reader) };
}

function readSet(reader: Reader): string {
  const { pattern } = reader;
  const char = pattern[reader.index];
  if (char === '\\') {
    if (pattern[reader.index + 1] !== 'd') fail(reader, 'only the \\d escape is supported');
    reader.index += 2;
    return DIGITS;
  }
  if (char === '[') {
    const close = pattern.indexOf(']', reader.index);
    if (close < 0) fail(reader, 'unclosed class');
    const body = pattern.slice(reader.index + 1, close);
    reader.index = close + 1;
    return expandClass(body, reader);
  }
  if (char !== undefined && ALPHABET.includes(char)) {
    reader.index += 1;
    return char;
  }
  return fail(reader, 'unsupported syntax');
}

function expandClass(body: string, reader: Reader): string {
  let chars = '';
  for (let index = 0; index < body.length; index += 1) {
    const from = body[index] ?? '';
    if (body.startsWith('\\d', index)) {
      chars += DIGITS;
      index += 1;
    } else if (body[index + 1] === '-' && index + 2 < body.length) {
      const to = body[index + 2] ?? '';
      const range = ALPHABET.slice(ALPHABET.indexOf(from), ALPHABET.indexOf(to) + 1);
      if (!ALPHABET.includes(from) || !ALPHABET.includes(to) || range === '') fail(reader, 'bad range');
      chars += range;
      index += 2;
    } else if (ALPHABET.includes(from)) {
      chars += from;
    } else {
      fail(reader, `unsupported class member ${from}`);
    }
  }
  return [...new Set(chars)].sort((a, b) => ALPHABET.indexOf(a) - ALPHABET.indexOf(b)).join('');
}

function readQuantifier(reader: Reader): { min: number; max: number } {
  const rest = reader.pattern.slice(reader.index);
  if (rest.startsWith('?')) {
    reader.index += 1;
    return { min: 0, max: 1 };
  }
  const braces = /^\{(\d+)(?:,(\d+))?\}/.exec(rest);
  if (braces === null) return { min: 1, max: 1 };
  reader.index += braces[0].length;
  const min = Number(braces[1]);
  return { min, max: braces[2] === undefined ? min : Number(braces[2]) };
}

function fail(reader: Reader, problem: string): never {
  throw new SyntaxError(`Format pattern ${reader.pattern} at ${reader.index}: ${problem}`);
}

/** Shortest and longest strings the sequence accepts. */
export function lengthRange(sequence: Sequence): readonly [min: number, max: number] {
  let min = 0;
  let max = 0;
  for (const atom of sequence) {
    const [innerMin, innerMax] = atom.kind === 'set' ? [1, 1] : choiceLengths(atom.options);
    min += atom.min * innerMin;
    max += atom.max * innerMax;
  }
  return [min, max];
}

function choiceLengths(options: readonly Sequence[]): readonly [number, number] {
  const ranges = options.map(lengthRange);
  return [Math.min(...ranges.map((range) => range[0])), Math.max(...ranges.map((range) => range[1]))];
}

/** Every character a match can start with. */
export function firstCharacters(sequence: Sequence): string {
  let chars = '';
  for (const atom of sequence) {
    chars += atom.kind === 'set' ? atom.chars : atom.options.map(firstCharacters).join('');
    const canBeEmpty = atom.min === 0 || (atom.kind === 'choice' && choiceLengths(atom.options)[0] === 0);
    if (!canBeEmpty) break;
  }
  return [...new Set(chars)].join('');
}

/**
 * Roughly how likely a string of the same kind of characters matches by chance: each position
 * counts against its own kind (a literal digit is 1 in 10, a literal letter 1 in 26, any letter or
 * digit 1 in 1), using each atom's shortest repetition. Used to rank formats, not as a probability.
 */
export function chanceOfMatch(sequence: Sequence): number {
  let chance = 1;
  for (const atom of sequence) {
    const one = atom.kind === 'set' ? atom.chars.length / kindSize(atom.chars) : choiceChance(atom.options);
    chance *= one ** atom.min;
  }
  return chance;
}

function choiceChance(options: readonly Sequence[]): number {
  return Math.min(
    1,
    options.reduce((sum, option) => sum + chanceOfMatch(option), 0),
  );
}

function kindSize(chars: string): number {
  const hasDigit = [...chars].some((char) => DIGITS.includes(char));
  const hasLetter = [...chars].some((char) => LETTERS.includes(char));
  return hasDigit && hasLetter ? 36 : hasDigit ? 10 : 26;
}

/** A random string the sequence accepts; `random` returns numbers in [0, 1). */
export function sampleSequence(sequence: Sequence, random: () => number): string {
  let text = '';
  for (const atom of sequence) {
    const count = atom.min + Math.floor(random() * (atom.max - atom.min + 1));
    for (let repeat = 0; repeat < count; repeat += 1) {
      if (atom.kind === 'set') text += atom.chars.charAt(Math.floor(random() * atom.chars.length));
      else text += sampleSequence(atom.options[Math.floor(random() * atom.options.length)] ?? [], random);
    }
  }
  return text;
}
