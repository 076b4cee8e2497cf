import { Type } from 'typebox';
import {
  CarrierRequestError,
  type CarrierAdapter,
  type CarrierCapabilities,
  type CarrierScan,
  type ParseResult,
} from '../../../src/carriers/carrier.js';

/** What the fake carrier does with the next request. */
export type FakeBehaviour =
  | { readonly kind: 'answer' }
  | { readonly kind: 'fail'; readonly error: CarrierRequestError }
  | { readonly kind: 'hang' };

/**
 * A pull-capable carrier that lives only in tests: it knows the scans put into `world`,
 * answers "not found" for other numbers, and records every request and how many polls of each
 * number were in flight at once.
 */
export class FakeCarrier {
  readonly world = new Map<string, CarrierScan[]>();
  readonly requests: string[][] = [];
  readonly inFlight = new Map<string, number>();
  /** Numbers seen polled by two requests at the same time. */
  readonly overlaps: string[] = [];
  next: () => FakeBehaviour = () => ({ kind: 'answer' });
  /** Lets a test hold answers back, so requests from two workers overlap in time. */
  delay: () => Promise<void> = () => Promise.resolve();

  constructor(
    readonly id = 'fake',
    readonly capabilities: Partial<CarrierCapabilities> = {},
  ) {}

  addScan(scan: Partial<CarrierScan> & { trackingNumber: string }): void {
    const full: CarrierScan = {
      carrier: this.id,
      occurredAt: '2026-11-25T08:00:00Z',
      status: 'in_transit.origin_facility',
      rawCode: 'OF',
      rawDescription: 'Origin facility',
      location: { city: 'Leipzig', country: 'DE' },
      ...scan,
    };
    const list = this.world.get(scan.trackingNumber);
    if (list) list.push(full);
    else this.world.set(scan.trackingNumber, [full]);
  }

  adapter(): CarrierAdapter {
    return {
      manifest: {
        id: this.id,
        name: `Fake ${this.id}`,
        capabilities: {
          pull: true,
          push: false,
          batchSize: 10,
          ratePerSecond: 1000,
          burst: 1000,
          concurrency: 4,
          ...this.capabilities,
        },
        settings: Type.Object({ apiKey: Type.String({ minLength: 1 }) }),
      },
      statusMap: {},
      parse: (payload) => payload as ParseResult,
      createClient: () => ({
        track: async (numbers, signal) => {
          this.requests.push([...numbers]);
          for (const n of numbers) {
            const now = (this.inFlight.get(n) ?? 0) + 1;
            this.inFlight.set(n, now);
            if (now > 1) this.overlaps.push(n);
          }
          try {
            await this.delay();
            const behaviour = this.next();
            if (behaviour.kind === 'fail') throw behaviour.error;
            if (behaviour.kind === 'hang') {
              await new Promise((_, reject) =>
                signal?.addEventListener('abort', () => reject(new Error('aborted'))),
              );
            }
            return {
              scans: numbers.flatMap((n) => this.world.get(n) ?? []),
              problems: numbers
                .filter((n) => !this.world.has(n))
                .map((n) => ({ kind: 'not_found' as const, message: 'unknown', trackingNumber: n })),
            };
          } finally {
            for (const n of numbers) this.inFlight.set(n, (this.inFlight.get(n) ?? 1) - 1);
          }
        },
      }),
    };
  }
}

export const unavailable = () => new CarrierRequestError('unavailable', 'HTTP 503');
