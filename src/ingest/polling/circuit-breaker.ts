export type BreakerState = 'closed' | 'open' | 'half_open';

/**
 * One per carrier. `failureThreshold` failures in a row open it; after `cooldownMs` one trial
 * request goes through (half-open): success closes it, failure opens it again. Pure apart from
 * the injected clock.
 */
export class CircuitBreaker {
  #state: BreakerState = 'closed';
  #failures = 0;
  #openedAt = 0;
  #trialInFlight = false;

  constructor(
    private readonly options: {
      failureThreshold: number;
      cooldownMs: number;
      clock: () => Date;
      onChange?: (state: BreakerState) => void;
    },
  ) {}

  state(): BreakerState {
    if (
      this.#state === 'open' &&
      this.options.clock().getTime() - this.#openedAt >= this.options.cooldownMs
    ) {
      this.#set('half_open');
    }
    return this.#state;
  }

  /** Consecutive failures so far (for the retry back-off). */
  failures(): number {
    return this.#failures;
  }

  /** Whether a request may go now; in half-open, reserves the single trial. */
  tryAcquire(): boolean {
    const state = this.state();
    if (state === 'closed') return true;
    if (state === 'open' || this.#trialInFlight) return false;
    this.#trialInFlight = true;
    return true;
  }

  /** When an open circuit lets a trial through, or null when it is not open. */
  opensTrialAt(): Date | null {
    return this.state() === 'open' ? new Date(this.#openedAt + this.options.cooldownMs) : null;
  }

  recordSuccess(): void {
    this.#failures = 0;
    this.#trialInFlight = false;
    if (this.#state !== 'closed') this.#set('closed');
  }

  recordFailure(): void {
    this.#failures += 1;
    this.#trialInFlight = false;
    const state = this.state();
    // A failed trial re-opens at once; a closed circuit opens at the threshold. A request that
    // was already in flight when the circuit opened changes nothing.
    if (state === 'half_open' || (state === 'closed' && this.#failures >= this.options.failureThreshold)) {
      this.#openedAt = this.options.clock().getTime();
      this.#set('open');
    }
  }

  /** A request that ended without telling us about the carrier (cancelled): frees the trial. */
  release(): void {
    this.#trialInFlight = false;
  }

  #set(state: BreakerState): void {
    this.#state = state;
    this.options.onChange?.(state);
  }
}
