import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { testApp, type TestApp } from '../helpers/app.js';

export interface ServedApp extends TestApp {
  readonly url: string;
}

/** The real app on a port of 127.0.0.1, for the browser. */
export async function servedApp(overrides: Record<string, unknown> = {}): Promise<ServedApp> {
  const t = await testApp('sqlite', overrides);
  const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...t, url };
}

/** axe-core over the page as it is now: WCAG 2.0–2.2 A and AA rules; serious and critical findings. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export const SCREENSHOTS = 'test-output/screenshots';
