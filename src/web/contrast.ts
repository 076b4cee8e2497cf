// Merchants pick their colours; the page must still meet WCAG AA contrast (4.5:1 for text).

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or black text on the brand colour, whichever reads better. */
export function textOn(background: string): '#ffffff' | '#000000' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000';
}

/** The colour if it reads on white at AA, else the fallback. */
export function readableOnWhite(color: string, fallback: string): string {
  return contrastRatio(color, '#ffffff') >= 4.5 ? color : fallback;
}
