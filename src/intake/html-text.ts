// What a reader sees of an HTML mail, and where its links point, read with a linear scan: the
// HTML comes from anyone who can send mail, so nothing here may backtrack. A number split across
// `<span>`s reads as one; block elements break lines, so numbers in neighbouring cells stay apart.

export interface HtmlReading {
  /** The visible text: tags gone, entities decoded, zero-width characters removed. */
  readonly text: string;
  /** Each `<a>` and `<area>` `href`, entities decoded. */
  readonly links: readonly string[];
}

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);
/** Elements whose content is not shown. */
const HIDDEN = new Set(['script', 'style', 'head', 'template', 'noscript']);
const TAG_NAME = /^\/?([a-zA-Z][a-zA-Z0-9]*)/;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const MAX_LINKS = 500;

export function readHtml(html: string): HtmlReading {
  const text: string[] = [];
  const links: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) {
      text.push(html.slice(at));
      break;
    }
    text.push(html.slice(at, open));
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    if (!/[a-zA-Z/!?]/.test(html.charAt(open + 1))) {
      // A "<" that opens no tag ("a < b") is text.
      text.push('<');
      at = open + 1;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close === -1) {
      // No ">" anywhere after: no tag can follow, the rest is text.
      text.push(html.slice(open));
      break;
    }
    const tag = html.slice(open + 1, close);
    const name = TAG_NAME.exec(tag)?.[1]?.toLowerCase() ?? '';
    at = close + 1;
    if (!tag.startsWith('/') && HIDDEN.has(name)) {
      const closer = new RegExp(`</${name}\\b`, 'ig');
      closer.lastIndex = at;
      const end = closer.exec(html);
      const after = end ? html.indexOf('>', end.index) : -1;
      at = after === -1 ? html.length : after + 1;
      continue;
    }
    if ((name === 'a' || name === 'area') && !tag.startsWith('/') && links.length < MAX_LINKS) {
      const href = HREF.exec(tag);
      const value = href?.[1] ?? href?.[2] ?? href?.[3];
      if (value !== undefined) links.push(decodeEntities(value).trim());
    }
    if (BLOCK.has(name)) text.push('\n');
  }
  return { text: withoutInvisibles(decodeEntities(text.join(''))), links };
}

/** Zero-width spaces and joiners, word joiners, byte-order marks and soft hyphens. */
export function withoutInvisibles(text: string): string {
  return text.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  zwsp: '',
  zwnj: '',
  zwj: '',
  shy: '',
  ndash: '–',
  mdash: '—',
  hyphen: '‐',
  dash: '‐',
  hellip: '…',
  colon: ':',
  sol: '/',
  quest: '?',
  equals: '=',
  num: '#',
  period: '.',
  commat: '@',
};

/** Named references that HTML also reads without their ";" (outside attribute-like "name=" use). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

/** HTML character references: the common named ones and every numeric one. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}))(;?)/g,
    (whole: string, dec?: string, hex?: string, name?: string, semicolon?: string, offset = 0) => {
      if (dec !== undefined || hex !== undefined) {
        const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
          ? String.fromCodePoint(code)
          : '\ufffd';
      }
      const key = (name ?? '').toLowerCase();
      const value = NAMED[key];
      if (value === undefined) return whole;
      if (semicolon) return value;
      // "?a=1&copy=2" in a link is a parameter, not ©: only legacy names go without ";".
      const after = text.charAt(offset + whole.length);
      return LEGACY.has(key) && !/[=0-9]/.test(after) ? value : whole;
    },
  );
}
