/**
 * A carrier's daily cut-off, `HH` or `HH:MM` local time from 00:00 to 24:00, as hours (17:30 →
 * 17.5); null when the text is not one.
 */
export function parseCutoff(text: string): number | null {
  const match = /^(\d{1,2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[2] ?? 0);
  const hours = Number(match[1]) + minutes / 60;
  return minutes < 60 && hours <= 24 ? hours : null;
}
