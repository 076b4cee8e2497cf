import type { Locale } from '../../web/i18n/messages.js';
import type { Role } from '../roles.js';
import type { ConsoleTranslate } from '../i18n/messages.js';

/** What every console page knows about the request it answers. */
export interface ConsoleView {
  readonly locale: Locale;
  readonly t: ConsoleTranslate;
  /** Path of this page without the query, for language links. */
  readonly path: string;
  /** Present once signed in. */
  readonly me?: {
    readonly id: string;
    readonly name: string;
    readonly email: string;
    readonly role: Role;
    readonly tenantName: string;
  };
  /** The token every form of this session (or of the sign-in page) carries. */
  readonly csrf: string;
  /** The zone times are shown in when a scan's own is unknown. */
  readonly zone: string;
}
