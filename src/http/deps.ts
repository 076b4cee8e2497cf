import type { Logger } from 'pino';
import type { CarrierAdapter } from '../carriers/carrier.js';
import type { Config } from '../config/config.js';
import type { CarrierChoice } from './carrier-choice.js';
import type { IngestPipeline } from '../ingest/pipeline.js';
import type { OutboxRelay } from '../ingest/outbox-relay.js';
import type { Store } from '../store/open-store.js';

/** Everything the HTTP app needs, handed in so tests can build it around any store and clock. */
export interface AppDeps {
  readonly config: Config;
  readonly store: Store;
  readonly pipeline: IngestPipeline;
  readonly logger: Logger;
  readonly clock: () => Date;
  /** Picks the carrier for a number registered without one; throws a WaybillError when it cannot. */
  readonly detectCarrier: (trackingNumber: string) => CarrierChoice;
  /** Wakes the outbox relay after a commit. */
  readonly onCommitted?: () => void;
  /** Carrier adapters by id; the registry unless a test hands in its own. */
  readonly carrierAdapters?: Readonly<Record<string, CarrierAdapter>>;
  /** The outbox relay of this process: live tracking pages subscribe to it (non-durable). */
  readonly relay?: OutboxRelay;
  /** Wakes the merchant-webhook sender after a replay or re-enable made deliveries due. */
  readonly onWebhooksDue?: () => void;
  /** Wakes the notification sender after the console queued a message (a resend). */
  readonly onNotificationsDue?: () => void;
  /** A worker process: only /healthz, /readyz and /metrics, no API, pages or console. */
  readonly operationsOnly?: boolean;
}
