import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { trustedHtml, type Html } from '../../web/html.js';

// Charts are drawn on the server as SVG by Observable Plot (with linkedom standing in for the
// DOM), so the page needs no chart script at all. Each chart is an image with a label; the same
// numbers are always in a table beside it, for screen readers and for copying.

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** What Plot returns under linkedom: enough of an element to edit and serialise. */
interface RenderedSvg {
  querySelectorAll(selector: string): Iterable<{ remove(): void; removeAttribute(name: string): void }>;
  setAttribute(name: string, value: string): void;
  readonly outerHTML: string;
}

export interface ChartSpec {
  readonly label: string;
  readonly description?: string;
  readonly marks: Plot.Markish[];
  readonly x?: Plot.ScaleOptions;
  readonly y?: Plot.ScaleOptions;
  readonly height?: number;
  readonly marginLeft?: number;
}

export function renderChart(spec: ChartSpec): Html {
  const svg = Plot.plot({
    document,
    className: 'wb-chart',
    width: 640,
    height: spec.height ?? 260,
    marginLeft: spec.marginLeft ?? 48,
    ariaLabel: spec.label,
    ...(spec.description ? { ariaDescription: spec.description } : {}),
    ...(spec.x ? { x: spec.x } : {}),
    ...(spec.y ? { y: spec.y } : {}),
    marks: spec.marks,
  }) as unknown as RenderedSvg;
  // Plot's own <style> would need an inline-style exception in the CSP; the console's stylesheet
  // carries the same rules (.wb-chart).
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  // The chart is one image with one label; Plot's labels on its inner groups are not allowed on
  // elements without a role, and a screen reader reads the table beside it instead.
  for (const element of [...svg.querySelectorAll('[aria-label]')]) element.removeAttribute('aria-label');
  // Plot writes no style attribute without a `style` option; the CSP allows none.
  svg.setAttribute('role', 'img');
  return trustedHtml(svg.outerHTML);
}

export { Plot };
