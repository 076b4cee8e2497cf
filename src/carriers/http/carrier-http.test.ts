import { describe, expect, it } from 'vitest';
import { CarrierRequestError } from '../carrier.js';
import { sendCarrierRequest, type CarrierHttp } from './carrier-http.js';

const answering = (response: () => Response): CarrierHttp => ({
  carrier: 'test',
  fetch: (async () => response()) as typeof fetch,
  clock: () => new Date('2025-03-12T12:00:00Z'),
  timeoutMs: 1000,
});
const request = (dataStatuses: number[] = []) => ({
  method: 'GET' as const,
  url: new URL('http://carrier.invalid/track/1?key=query-secret'),
  headers: { authorization: 'Bearer header-secret' },
  dataStatuses,
});
const kindOf = async (http: CarrierHttp, dataStatuses: number[] = []) => {
  const error = await sendCarrierRequest(http, request(dataStatuses)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CarrierRequestError);
  const message = (error as Error).message;
  expect(message).not.toMatch(/secret/);
  return (error as CarrierRequestError).kind;
};

describe('sendCarrierRequest', () => {
  it('returns the JSON of a success and of a status the carrier uses for data', async () => {
    expect(
      await sendCarrierRequest(
        answering(() => Response.json({ ok: 1 })),
        request(),
      ),
    ).toEqual({ status: 200, body: { ok: 1 } });
    const notFound = await sendCarrierRequest(
      answering(() => Response.json({ e: 1 }, { status: 404 })),
      request([404]),
    );
    expect(notFound).toEqual({ status: 404, body: { e: 1 } });
    const emptyNotFound = await sendCarrierRequest(
      answering(() => new Response('', { status: 404 })),
      request([404]),
    );
    expect(emptyNotFound).toEqual({ status: 404, body: undefined });
  });

  it('maps statuses to what the poller acts on, naming the path but no header or query', async () => {
    expect(await kindOf(answering(() => new Response('{}', { status: 408 })))).toBe('timeout');
    expect(await kindOf(answering(() => new Response('{}', { status: 418 })))).toBe('bad_response');
    expect(await kindOf(answering(() => new Response('{}', { status: 404 })))).toBe('bad_response');
    expect(await kindOf(answering(() => new Response('{}', { status: 502 })))).toBe('unavailable');
    expect(await kindOf(answering(() => new Response('{}', { status: 403 })))).toBe('auth');
  });

  it('refuses a body announced as larger than any tracking answer', async () => {
    const huge = () => new Response('{}', { headers: { 'content-length': String(64 * 1024 * 1024) } });
    expect(await kindOf(answering(huge))).toBe('bad_response');
  });

  it('a network failure is unavailable', async () => {
    const failing: CarrierHttp = {
      ...answering(() => Response.json({})),
      fetch: (async () => Promise.reject(new TypeError('fetch failed'))) as typeof fetch,
    };
    expect(await kindOf(failing)).toBe('unavailable');
  });
});
