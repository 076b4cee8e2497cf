import { describe, expect, it } from 'vitest';
import { decodeEntities, readHtml } from './html-text.js';

describe('reading an HTML mail', () => {
  it('joins a number split across spans and breaks lines at block elements', () => {
    const { text } = readHtml(
      '<table><tr><td>1Z999<span>AA1</span>0123456784</td><td>794461726509</td></tr></table>',
    );
    expect(text).toContain('1Z999AA10123456784');
    expect(text).toMatch(/1Z999AA10123456784\n+794461726509/);
  });

  it('decodes entities and drops zero-width characters, comments, scripts and styles', () => {
    const { text } = readHtml(
      '<head><title>x</title><style>p{color:#1001}</style></head><body><!-- 1Z999AA10123456784 -->' +
        '<script>var n = "794461726509";</script><p>A&nbsp;&amp;&#x42;&#67;1Z\u200b999</p></body>',
    );
    expect(text.trim()).toBe('A\u00a0&BC1Z999');
  });

  it('collects links with their entities decoded', () => {
    const { links } = readHtml(
      `<a class="x" href="https://www.fedex.com/fedextrack/?trknbr=794461726509&amp;locale=en_US">t</a>` +
        `<a href='https://a.example/?a=1&copy=2'>u</a><area href=https://b.example/>`,
    );
    expect(links).toEqual([
      'https://www.fedex.com/fedextrack/?trknbr=794461726509&locale=en_US',
      'https://a.example/?a=1&copy=2',
      'https://b.example/',
    ]);
  });

  it('keeps a "<" that opens no tag, and survives unclosed comments and tags', () => {
    expect(readHtml('a < b and c<d').text).toBe('a < b and c<d');
    expect(readHtml('x <!-- never closed 1Z999AA10123456784').text).toBe('x ');
    expect(readHtml('x <script> never closed').text).toBe('x ');
    expect(readHtml('<p>open <b').text).toBe('\nopen <b');
  });

  it('reads pathological input in one pass', () => {
    const big = '<!--'.repeat(50_000) + '<a href="'.repeat(50_000) + '<script>'.repeat(20_000);
    expect(typeof readHtml(big).text).toBe('string');
  });

  it('decodes only references HTML itself would', () => {
    expect(decodeEntities('&lt;&GT;&quot;&apos;&#65;&#x1F600;&#0;&#xD800;')).toBe('<>"\'A😀\ufffd\ufffd');
    expect(decodeEntities('&unknown; &amp &ampx &num=1')).toBe('&unknown; & &ampx &num=1');
  });
});
