import type { AppDeps } from '../../http/deps.js';
import type { WindowLimiter } from '../../web/rate-limit.js';
import type { SessionPolicy } from '../auth/sessions.js';
import type { LockoutPolicy } from '../auth/lockout.js';
import type { ConsoleLive } from '../live.js';

/** What the console's routes share within one app. */
export interface ConsoleContext {
  readonly deps: AppDeps;
  readonly live: ConsoleLive;
  readonly sessions: SessionPolicy;
  readonly lockout: LockoutPolicy;
  readonly signInPerIp: WindowLimiter;
  /** Whether links are https: cookies get Secure and the __Host- prefix. */
  readonly secure: boolean;
  /** HMAC key of the pre-sign-in CSRF tokens (one per installation, from the database). */
  readonly csrfKey: () => Promise<Buffer>;
  /** Whether email can go out (invitations and resets otherwise show their link once). */
  readonly emailEnabled: boolean;
}
