import type { Flash } from './layout.js';
import type { ConsoleView } from './view.js';

// After an action, the page it leads to says what happened: `?done=<key>` names one of these
// messages (never free text, so a link cannot put words in the console's mouth).
const DONE_KEYS = [
  'welcome',
  'signed_out',
  'password_reset',
  'password_changed',
  'language_saved',
  'note_added',
  'carrier_changed',
  'exception_acknowledged',
  'exception_resolved',
  'notification_resent',
  'notifications_paused',
  'notifications_resumed',
  'archived',
  'unarchived',
  'scan_added',
  'assigned',
  'handled',
  'reopened',
  'branding_saved',
  'rules_saved',
  'endpoint_created',
  'endpoint_updated',
  'endpoint_deleted',
  'replayed',
  'key_revoked',
  'invited',
  'invitation_revoked',
  'user_updated',
  'sessions_ended',
  'reset_sent',
] as const;

export type DoneKey = (typeof DONE_KEYS)[number];

export function doneFlash(view: ConsoleView, done: string | undefined): Flash | undefined {
  if (!done || !(DONE_KEYS as readonly string[]).includes(done)) return undefined;
  return { kind: 'ok', text: view.t(`done.${done as DoneKey}`) };
}
