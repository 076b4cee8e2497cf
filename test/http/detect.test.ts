import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/dialects.js';
import { testApp, type TestApp } from '../helpers/app.js';

describe.each(DIALECTS)('carrier detection over HTTP on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp(dialect);
  });
  afterEach(() => t.close());

  const register = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/v1/shipments', payload, headers: t.auth });

  it('registers a shipment without a carrier by detecting it', async () => {
    const res = await register({ trackingNumber: '1z-5r8 939 0357 5671 27' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ carrier: 'ups', trackingNumber: '1Z5R89390357567127' });
  });

  it('asks for the carrier, with the candidates, when several fit', async () => {
    const res = await register({ trackingNumber: 'CN123456785CN' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'carrier_ambiguous',
      errors: [{ field: 'carrier' }],
      candidates: [
        { carrier: 'post-cn', checkDigit: 'verified' },
        { carrier: 'dhl', checkDigit: 'none' },
      ],
    });
    const chosen = await register({ trackingNumber: 'CN123456785CN', carrier: 'dhl' });
    expect(chosen.statusCode).toBe(201);
    expect(chosen.json().carrier).toBe('dhl');
  });

  it('says why when no carrier recognises the number, and stores nothing', async () => {
    const res = await register({ trackingNumber: '1Z5R89390357567128' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'carrier_unknown',
      detail: expect.stringContaining('No carrier recognises'),
    });
    const list = await t.app.inject({ url: '/v1/shipments', headers: t.auth });
    expect(list.json().data).toEqual([]);
  });

  it('GET /v1/detect lists the candidates in rank order', async () => {
    const res = await t.app.inject({ url: '/v1/detect?number=cn 123 456 785 cn', headers: t.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      normalized: 'CN123456785CN',
      ambiguous: true,
      candidates: [{ carrier: 'post-cn' }, { carrier: 'dhl' }],
      reason: null,
    });
    const none = (await t.app.inject({ url: '/v1/detect?number=hello', headers: t.auth })).json();
    expect(none).toMatchObject({ candidates: [], reason: expect.stringContaining('No carrier recognises') });
    const missing = await t.app.inject({ url: '/v1/detect', headers: t.auth });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('querystring.number');
  });

  it('issues a number of our own when none is given, which detection recognises as ours', async () => {
    const first = await register({ orderRef: 'OWN-1' });
    const second = await register({ orderRef: 'OWN-2' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      carrier: 'waybill',
      trackingNumber: expect.stringMatching(/^WB[0-9A-Z]+$/),
    });
    expect(second.json().trackingNumber).not.toBe(first.json().trackingNumber);
    const detected = (
      await t.app.inject({ url: `/v1/detect?number=${first.json().trackingNumber}`, headers: t.auth })
    ).json();
    expect(detected.candidates.map((c: { carrier: string }) => c.carrier)).toEqual(['waybill']);
  });
});
