// Twilio's default opt-out keywords on long codes; whole message, case-insensitive.
const STOP = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT']);
const START = new Set(['START', 'YES', 'UNSTOP']);
const HELP = new Set(['HELP', 'INFO']);

export type SmsKeyword = 'stop' | 'start' | 'help';

/** The keyword an inbound text is, or null. Twilio's OptOutType wins when it sends one. */
export function keywordOf(body: string, optOutType?: string): SmsKeyword | null {
  const declared = optOutType?.trim().toUpperCase();
  if (declared === 'STOP') return 'stop';
  if (declared === 'START') return 'start';
  if (declared === 'HELP') return 'help';
  const word = body
    .trim()
    .replace(/[.!]+$/, '')
    .toUpperCase();
  if (STOP.has(word)) return 'stop';
  if (START.has(word)) return 'start';
  if (HELP.has(word)) return 'help';
  return null;
}
