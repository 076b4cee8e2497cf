import { oneLine } from './read-mail.js';

// Who first sent a mail that was forwarded inline. The forwarder's client writes a marker line and
// then the original's headers: Gmail "---------- Forwarded message ---------", Outlook
// "-----Original Message-----" (or a rule of underscores), Apple Mail "Begin forwarded message:".
// These strings come from open-source mail parsers, not from the clients' makers; a few localised
// variants are included. In a forward of a forward the last marker is the original's.

const MARKERS: readonly RegExp[] = [
  // Gmail, and its localised forms.
  /^[ \t>]*-{5,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transf[ée]r[ée]|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht|Mensagem encaminhada)\s*-{5,}[ \t]*$/gim,
  // Outlook.
  /^[ \t>]*-{3,}\s*(?:Original Message|Urspr[üu]ngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht)\s*-{3,}[ \t]*$/gim,
  /^[ \t>]*_{20,}[ \t]*$/gm,
  // Apple Mail.
  /^[ \t>]*(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht|D[ée]but du message r[ée]exp[ée]di[ée]|Inicio del mensaje reenviado):[ \t]*$/gim,
];

const FROM_LINE = /^[ \t>]*\**(?:From|Von|De|Da|Van)\**[ \t]*:\**[ \t]*(.+)$/im;
/** How far after a marker its From line may be. */
const HEADER_WINDOW = 600;
const MAX_SENDER_LENGTH = 200;
/** Markers of each kind looked at: forwards nest a few deep, not thousands. */
const MAX_MARKERS = 50;

/** The original sender named after the last forward marker of `text`, or undefined. */
export function forwardedSender(text: string): string | undefined {
  let last: { at: number; sender: string } | undefined;
  for (const marker of MARKERS) {
    marker.lastIndex = 0;
    let seen = 0;
    for (const match of text.matchAll(marker)) {
      if ((seen += 1) > MAX_MARKERS) break;
      const at = match.index + match[0].length;
      const sender = fromLine(text.slice(at, at + HEADER_WINDOW));
      if (sender !== undefined && (last === undefined || at > last.at)) last = { at, sender };
    }
  }
  return last?.sender;
}

function fromLine(headers: string): string | undefined {
  const match = FROM_LINE.exec(headers);
  const value = match?.[1]?.trim();
  if (!value) return undefined;
  // Outlook writes "Name [mailto:who@example.com]"; the others "Name <who@example.com>".
  return oneLine(value.replace(/\[mailto:([^\]\s]+)\]/i, '<$1>')).slice(0, MAX_SENDER_LENGTH);
}
