import { describe, expect, it } from 'vitest';
import { explainNoMatch } from './explain.js';

describe('explainNoMatch', () => {
  it('says nothing when a carrier recognises the number', () => {
    expect(explainNoMatch('1Z5R89390357567127')).toBeNull();
  });

  it('says when the check digit is wrong, and for which format', () => {
    expect(explainNoMatch('1Z5R89390357567128')).toEqual({
      code: 'check-digit-mismatch',
      message:
        'No carrier recognises "1Z5R89390357567128": it has the shape of UPS 1Z, but its check digit ' +
        'is wrong, so a character was probably mistyped.',
      formatIds: ['ups-1z'],
    });
  });

  it('names characters that no tracking number holds', () => {
    expect(explainNoMatch('1Z#5R8/')).toMatchObject({
      code: 'invalid-characters',
      message: expect.stringContaining('"#", "/"'),
    });
  });

  it('tells empty, over-long and unknown input apart', () => {
    expect(explainNoMatch('  ')?.code).toBe('empty');
    expect(explainNoMatch('1'.repeat(60))).toMatchObject({
      code: 'too-long',
      message: 'No carrier recognises a number of 60 characters: the longest tracking numbers have 42.',
    });
    expect(explainNoMatch('x'.repeat(1000))?.code).toBe('too-long');
    expect(explainNoMatch('hello')).toMatchObject({
      code: 'unknown-format',
      message: 'No carrier recognises "HELLO": it fits no known tracking-number format.',
    });
  });
});
