import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CarrierRequestError, type CarrierAdapter, type TrackingClient } from '../../src/carriers/carrier.js';
import {
  empty,
  hang,
  json,
  serverError,
  startCarrierStandIn,
  text,
  tooManyRequests,
  type CarrierStandIn,
  type StandInAnswer,
  type StandInHandler,
  type StandInRequest,
} from '../helpers/carrier-stand-in.js';
import { waitFor } from '../helpers/wait.js';

/**
 * The cases every REST carrier client goes through against a local stand-in that answers in the
 * carrier's format: a known number, one unknown number in a batch, OAuth token reuse, expiry and
 * a revoked token (401 then a new token), 429 with Retry-After, 5xx, a timeout, an empty body, a
 * non-JSON body — and no secret in any error.
 */
export interface RestClientHarness {
  readonly adapter: CarrierAdapter;
  /** Settings pointing at the stand-in, with the given secrets in them. */
  settings(baseUrl: string): Record<string, unknown>;
  readonly secrets: readonly string[];
  /** "METHOD /path" of the tracking call. */
  readonly trackRoute: string;
  /** "METHOD /path" of the OAuth token endpoint, for OAuth carriers. */
  readonly tokenRoute?: string;
  /** Checks the token request carries the credentials the documented way. */
  checkTokenRequest?(request: StandInRequest): void;
  /** Checks a tracking request is authenticated the documented way (API-key carriers). */
  checkTrackRequest?(request: StandInRequest): void;
  readonly knownNumber: string;
  readonly unknownNumber: string;
  /** The fixture the stand-in answers for the known number. */
  readonly knownPayload: unknown;
  /** Answers a tracking request in the carrier's format: the fixture for known numbers, its not-found for others. */
  answerTrack(request: StandInRequest, known: ReadonlyMap<string, unknown>): StandInAnswer;
}

const START = new Date('2025-03-12T12:00:00.000Z');

export function describeRestClient(harness: RestClientHarness): void {
  const id = harness.adapter.manifest.id;
  describe(`${id} client against a stand-in`, () => {
    let standIn: CarrierStandIn;
    let now: Date;
    let validTokens: Set<string>;
    let issued: number;
    let client: TrackingClient;
    const known = new Map([[harness.knownNumber, harness.knownPayload]]);

    const bearer: StandInHandler = (request) => {
      if (harness.tokenRoute) {
        const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
        if (!validTokens.has(token)) return json({ error: 'invalid_token' }, 401);
      }
      return harness.answerTrack(request, known);
    };

    beforeEach(async () => {
      standIn = await startCarrierStandIn();
      now = START;
      validTokens = new Set();
      issued = 0;
      if (harness.tokenRoute) {
        standIn.route(harness.tokenRoute, () => {
          issued += 1;
          const token = `token-${issued}`;
          validTokens.add(token);
          return json({ access_token: token, token_type: 'Bearer', expires_in: 3600 });
        });
      }
      standIn.route(harness.trackRoute, bearer);
      client = makeClient();
    });
    afterEach(async () => {
      await standIn.close();
    });

    const makeClient = (overrides: Record<string, unknown> = {}) =>
      harness.adapter.createClient!(
        { ...harness.settings(standIn.url), timeoutMs: 5000, ...overrides },
        {
          fetch: globalThis.fetch,
          clock: () => now,
        },
      );

    const failure = async (promise: Promise<unknown>): Promise<CarrierRequestError> => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `${id}: expected a CarrierRequestError`).toBeInstanceOf(CarrierRequestError);
      const message = `${(error as Error).message} ${(error as Error).stack ?? ''}`;
      for (const secret of [...harness.secrets, ...validTokens])
        expect(message.includes(secret), `${id}: secret in error: ${message}`).toBe(false);
      return error as CarrierRequestError;
    };

    it(`${id}: a known number comes back as the fixture's scans`, async () => {
      const result = await client.track([harness.knownNumber]);
      const expected = harness.adapter
        .parse(harness.knownPayload)
        .scans.filter((s) => s.trackingNumber === harness.knownNumber);
      expect(result.scans.length).toBeGreaterThan(0);
      expect(result.scans).toEqual(expected);
      for (const request of standIn.requestsTo(harness.trackRoute)) harness.checkTrackRequest?.(request);
    });

    it(`${id}: one unknown number inside a batch is a not_found problem; the known one still has its scans`, async () => {
      const result = await client.track([harness.knownNumber, harness.unknownNumber]);
      expect(new Set(result.scans.map((s) => s.trackingNumber))).toEqual(new Set([harness.knownNumber]));
      expect(result.problems).toContainEqual(
        expect.objectContaining({ kind: 'not_found', trackingNumber: harness.unknownNumber }),
      );
      expect(result.problems.filter((p) => p.trackingNumber === harness.knownNumber)).toEqual([]);
    });

    it(`${id}: 429 with Retry-After in seconds is rate_limited with the wait`, async () => {
      standIn.once(harness.trackRoute, tooManyRequests(30));
      const error = await failure(client.track([harness.knownNumber]));
      expect(error.kind).toBe('rate_limited');
      expect(error.retryAfterMs).toBe(30_000);
    });

    it(`${id}: 429 with Retry-After as an HTTP-date waits until that date`, async () => {
      standIn.once(harness.trackRoute, tooManyRequests(new Date(START.getTime() + 90_000).toUTCString()));
      const error = await failure(client.track([harness.knownNumber]));
      expect(error.kind).toBe('rate_limited');
      expect(error.retryAfterMs).toBe(90_000);
    });

    it(`${id}: 500 and 503 are unavailable (503 keeps its Retry-After)`, async () => {
      standIn.once(harness.trackRoute, serverError(500));
      expect((await failure(client.track([harness.knownNumber]))).kind).toBe('unavailable');
      standIn.once(harness.trackRoute, {
        ...(serverError(503) as Extract<StandInAnswer, { kind: 'reply' }>),
        headers: { 'retry-after': '120' },
      });
      const error = await failure(client.track([harness.knownNumber]));
      expect(error.kind).toBe('unavailable');
      expect(error.retryAfterMs).toBe(120_000);
    });

    it(`${id}: a carrier that never answers is a timeout`, async () => {
      standIn.once(harness.trackRoute, hang());
      const impatient = makeClient({ timeoutMs: 300 });
      expect((await failure(impatient.track([harness.knownNumber]))).kind).toBe('timeout');
    });

    it(`${id}: the caller's abort signal stops the request`, async () => {
      standIn.once(harness.trackRoute, hang());
      const slow = makeClient({ timeoutMs: 60_000 });
      const controller = new AbortController();
      const pending = slow.track([harness.knownNumber], controller.signal);
      await waitFor(
        () => standIn.requestsTo(harness.trackRoute).length > 0,
        'the tracking request to arrive',
      );
      controller.abort();
      expect((await failure(pending)).kind).toBe('timeout');
    });

    it(`${id}: an empty body and an HTML page are bad_response`, async () => {
      standIn.once(harness.trackRoute, empty(200));
      expect((await failure(client.track([harness.knownNumber]))).kind).toBe('bad_response');
      standIn.once(harness.trackRoute, text('<html>maintenance</html>', 200));
      expect((await failure(client.track([harness.knownNumber]))).kind).toBe('bad_response');
    });

    it(`${id}: unreachable carrier is unavailable`, async () => {
      const offline = harness.adapter.createClient!(
        { ...harness.settings('http://127.0.0.1:1'), timeoutMs: 2000 },
        { fetch: globalThis.fetch, clock: () => now },
      );
      expect((await failure(offline.track([harness.knownNumber]))).kind).toBe('unavailable');
    });

    if (harness.tokenRoute) {
      const tokenRoute = harness.tokenRoute;

      it(`${id}: asks for a token with the documented credentials and reuses it until it expires`, async () => {
        await client.track([harness.knownNumber]);
        await client.track([harness.knownNumber]);
        expect(standIn.requestsTo(tokenRoute)).toHaveLength(1);
        harness.checkTokenRequest?.(standIn.requestsTo(tokenRoute)[0]!);
        now = new Date(START.getTime() + 3600_000);
        await client.track([harness.knownNumber]);
        expect(standIn.requestsTo(tokenRoute)).toHaveLength(2);
        const last = standIn.requestsTo(harness.trackRoute).at(-1)!;
        expect(last.headers.authorization).toBe('Bearer token-2');
      });

      it(`${id}: a token the carrier rejects early (401) is replaced once and the call succeeds`, async () => {
        await client.track([harness.knownNumber]);
        validTokens.delete('token-1'); // revoked or expired at the carrier before expires_in
        const result = await client.track([harness.knownNumber]);
        expect(result.scans.length).toBeGreaterThan(0);
        expect(standIn.requestsTo(tokenRoute)).toHaveLength(2);
        const calls = standIn.requestsTo(harness.trackRoute).map((r) => r.headers.authorization);
        expect(calls).toEqual(['Bearer token-1', 'Bearer token-1', 'Bearer token-2']);
      });

      it(`${id}: a 401 that survives a new token is an auth failure, after one retry only`, async () => {
        standIn.once(
          harness.trackRoute,
          json({ error: 'invalid_token' }, 401),
          json({ error: 'invalid_token' }, 401),
        );
        const error = await failure(client.track([harness.knownNumber]));
        expect(error.kind).toBe('auth');
        expect(standIn.requestsTo(harness.trackRoute)).toHaveLength(2);
      });

      it(`${id}: a refused token request (401 or 400 invalid_client) is auth`, async () => {
        standIn.once(tokenRoute, json({ error: 'invalid_client' }, 401));
        expect((await failure(client.track([harness.knownNumber]))).kind).toBe('auth');
        standIn.once(tokenRoute, json({ error: 'invalid_client' }, 400));
        expect((await failure(client.track([harness.knownNumber]))).kind).toBe('auth');
        expect(standIn.requestsTo(harness.trackRoute)).toHaveLength(0);
      });

      it(`${id}: a 403 (account refused) is auth without asking for a new token`, async () => {
        standIn.once(harness.trackRoute, json({ error: 'blocked' }, 403));
        expect((await failure(client.track([harness.knownNumber]))).kind).toBe('auth');
        expect(standIn.requestsTo(tokenRoute)).toHaveLength(1);
      });
    } else {
      it(`${id}: a rejected API key is auth, not retried`, async () => {
        standIn.once(
          harness.trackRoute,
          json({ title: 'Unauthorized', status: 401, detail: 'Invalid API key' }, 401),
        );
        expect((await failure(client.track([harness.knownNumber]))).kind).toBe('auth');
        expect(standIn.requestsTo(harness.trackRoute)).toHaveLength(1);
      });
    }
  });
}
