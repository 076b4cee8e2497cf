import { describe, expect, it } from 'vitest';
import { MAX_NUMBER_LENGTH, inputProblem, normalize } from './normalize.js';

describe('normalize', () => {
  it('drops spaces, dashes and dots anywhere, and upper-cases', () => {
    expect(normalize('  1z 5r8-939.0357 5671 27 ')).toBe('1Z5R89390357567127');
  });

  it('drops the spaces and dashes that copying from a web page or a word processor brings', () => {
    expect(normalize('9400\u00a01112\u20130255\u2014584\t2332669\n')).toBe('9400111202555842332669');
  });

  it('leaves an already normal number as it is', () => {
    expect(normalize('RR473124829GB')).toBe('RR473124829GB');
  });

  it('never guesses at characters: O is not 0, ß is not SS', () => {
    expect(normalize('1zO')).toBe('1ZO');
    expect(normalize('straße')).toBe('STRAßE');
  });
});

describe('inputProblem', () => {
  it('accepts letters and digits', () => {
    expect(inputProblem('1Z5R89390357567127')).toBeNull();
  });

  it('names what is wrong', () => {
    expect(inputProblem('')).toBe('empty');
    expect(inputProblem('1'.repeat(MAX_NUMBER_LENGTH + 1))).toBe('too-long');
    expect(inputProblem('1Z#5R')).toBe('invalid-characters');
    expect(inputProblem(normalize('straße'))).toBe('invalid-characters');
  });
});
