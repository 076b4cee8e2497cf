import type { TSchema } from 'typebox';
import type { Substatus } from '../domain/status.js';
import type { IngestItem } from '../ingest/ingest-item.js';

/**
 * The contract every carrier adapter meets (one folder per carrier, registered in registry.ts).
 * I/O lives in the client; `parse` is pure: a payload in, scans and problems out, never a throw.
 */

/** One scan as a carrier reported it, mapped onto our status model; the pipeline adds tenant and source. */
export type CarrierScan = Omit<IngestItem, 'tenantId' | 'source' | 'shipment'> & {
  /** Set when the carrier's code is not in the status map: the scan carries a safe status, the raw code is kept and counted. */
  readonly unmapped?: true | undefined;
};

/** Something a payload said that is not a scan: an error for one number, a malformed part. Data, not an exception. */
export interface CarrierProblem {
  readonly kind:
    | 'not_found' // the carrier does not know this number (yet)
    | 'invalid_payload' // the payload, or part of it, does not match the documented format
    | 'carrier_error' // the carrier reported an error for this number or request
    | 'unsupported'; // well-formed, but nothing we can use (a message type we do not read)
  readonly message: string;
  readonly trackingNumber?: string | undefined;
  /** Where in the payload: a JSON pointer, an X12 segment position, a CSV line. */
  readonly at?: string | undefined;
}

export interface ParseResult {
  readonly scans: readonly CarrierScan[];
  readonly problems: readonly CarrierProblem[];
  /** Set by clients, never by parse(): the bodies the carrier answered, kept for the console. */
  readonly answers?: readonly unknown[];
}

export interface StatusMapEntry {
  readonly substatus: Substatus;
  /** What the code means, in the carrier's documented words. */
  readonly meaning: string;
}

export interface CarrierCapabilities {
  /** Has a tracking API we can poll. */
  readonly pull: boolean;
  /** Sends updates to us (webhooks, files, capture). */
  readonly push: boolean;
  /** Most tracking numbers one poll request may carry. */
  readonly batchSize: number;
  /** Sustained requests per second the carrier allows, and the burst above it. */
  readonly ratePerSecond: number;
  readonly burst: number;
  /** Requests in flight at once. */
  readonly concurrency: number;
}

export interface CarrierManifest {
  readonly id: string;
  readonly name: string;
  readonly capabilities: CarrierCapabilities;
  /** TypeBox schema of the adapter's settings (credentials, base URL, webhook secret). */
  readonly settings: TSchema;
}

/** Why a poll request failed as a whole; the poller backs off, honours retryAfterMs, and trips its breaker on `unavailable`/`timeout`. */
export class CarrierRequestError extends Error {
  override name = 'CarrierRequestError';
  constructor(
    readonly kind: 'rate_limited' | 'unavailable' | 'timeout' | 'auth' | 'bad_response',
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A REST client for polling: I/O only, base URL from settings. */
export interface TrackingClient {
  /** At most `capabilities.batchSize` numbers. One unknown number is a problem in the result, not an error. */
  track(trackingNumbers: readonly string[], signal?: AbortSignal): Promise<ParseResult>;
}

export interface WebhookRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The exact bytes received: signatures are computed over them. */
  readonly rawBody: Buffer;
}

export type WebhookVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface CarrierAdapter<Settings = Record<string, unknown>> {
  readonly manifest: CarrierManifest;
  /** Every code the carrier documents, each with a comment in the adapter's status-map.ts. */
  readonly statusMap: Readonly<Record<string, StatusMapEntry>>;
  /** Pure: any payload (parsed JSON, or text for file formats) in; scans and problems out; never throws. */
  parse(payload: unknown): ParseResult;
  /** Present when capabilities.pull. */
  createClient?(
    settings: Settings,
    deps: { readonly fetch: typeof fetch; readonly clock: () => Date },
  ): TrackingClient;
  /** Present for carriers that push webhooks: checks the provider's signature over the raw body. */
  verifyWebhook?(request: WebhookRequest, settings: Settings, now: Date): WebhookVerdict;
}
