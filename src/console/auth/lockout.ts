// Account lockout after repeated failed sign-ins (OWASP Authentication cheat sheet): failures
// are counted per account in an observation window; reaching the threshold locks the account
// for a while. Pure: the caller stores the state.

export interface LockoutPolicy {
  readonly threshold: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

export interface LockoutState {
  readonly failures: number;
  /** When the current window's first failure happened (ISO), or null. */
  readonly firstFailedAt: string | null;
  readonly lockedUntil: string | null;
}

export const CLEAR: LockoutState = { failures: 0, firstFailedAt: null, lockedUntil: null };

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime();
}

/** The state after one more failure at `now`. */
export function afterFailure(state: LockoutState, now: Date, policy: LockoutPolicy): LockoutState {
  const windowOpen =
    state.firstFailedAt !== null && now.getTime() - Date.parse(state.firstFailedAt) < policy.windowMs;
  const failures = windowOpen ? state.failures + 1 : 1;
  const firstFailedAt = windowOpen ? state.firstFailedAt : now.toISOString();
  const lockedUntil =
    failures >= policy.threshold ? new Date(now.getTime() + policy.lockMs).toISOString() : state.lockedUntil;
  // A new lock starts a new window: the next failures after it count afresh.
  return failures >= policy.threshold
    ? { failures: 0, firstFailedAt: null, lockedUntil }
    : { failures, firstFailedAt, lockedUntil };
}
