import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { validatorCompiler } from './validator.js';

const compile = (schema: unknown, httpPart: string) =>
  validatorCompiler({ schema, httpPart, method: 'GET', url: '/x' } as never) as (value: unknown) => {
    value?: unknown;
    error?: unknown;
  };

describe('validatorCompiler', () => {
  const params = Type.Object({ id: Type.String({ maxLength: 5 }) });

  it('passes path parameters that fit as they are, and refuses the rest as TypeBox would', () => {
    const validate = compile(params, 'params');
    const given = { id: 'abc' };
    expect(validate(given)).toEqual({ value: given });
    expect(validate({ id: 'abcdefgh' }).error).toBeDefined();
    expect(validate({}).error).toBeDefined();
  });

  it('still converts query strings from text and checks bodies as sent', () => {
    const query = Type.Object({ limit: Type.Integer({ maximum: 200 }) });
    expect(compile(query, 'querystring')({ limit: '20' })).toEqual({ value: { limit: 20 } });
    expect(compile(query, 'querystring')({ limit: '201' }).error).toBeDefined();
    expect(compile(query, 'body')({ limit: '20' }).error).toBeDefined();
  });
});
