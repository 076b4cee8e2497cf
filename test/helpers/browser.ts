import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { findChromium } from './chromium.js';

/** The machine's Chromium (the test setup installs Debian's when missing); never downloaded. */
export function chromiumPath(): string {
  const path = findChromium();
  if (!path)
    throw new Error(
      'no Chromium found: run the tests through vitest (its setup provides one) or set WAYBILL_CHROMIUM',
    );
  return path;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;
export const MOBILE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
} as const;

export interface OpenBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A chromium with a fresh profile directory (removed on close), so no state leaks between tests. */
export async function openBrowser(options: BrowserContextOptions = {}): Promise<OpenBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'waybill-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    ...DESKTOP,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
