import { describe, expect, it } from 'vitest';
import { isStoreUnavailable } from './unavailable.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('store unavailable', () => {
  it('knows a server going away, a refused or dropped connection, and a busy SQLite', () => {
    for (const error of [
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006'),
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      new Error('Connection terminated unexpectedly'),
      new Error('wrapped', { cause: withCode('ECONNRESET') }),
      withCode('SQLITE_BUSY', 'database is locked'),
    ])
      expect(isStoreUnavailable(error), String(error)).toBe(true);
  });

  it('leaves real faults alone: constraint violations, syntax errors, bugs', () => {
    for (const error of [
      withCode('23505', 'duplicate key value violates unique constraint'),
      withCode('42601', 'syntax error'),
      new TypeError('cannot read properties of undefined'),
      undefined,
      'Connection terminated',
    ])
      expect(isStoreUnavailable(error), String(error)).toBe(false);
  });
});
