import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

// The browser tests need a Chromium, and none is ever downloaded from outside the registries.
// We use the distribution's own package: Debian's `chromium` comes from Debian's mirrors with
// every shared library it needs, where a Chromium inside an npm package (@sparticuz/chromium)
// is built for Amazon Linux and would still need the system's NSS, fonts and X libraries.

/** Where Chromium is looked for, in order. WAYBILL_CHROMIUM names one explicitly. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  const named = process.env.WAYBILL_CHROMIUM;
  const candidates = named ? [named, ...CANDIDATES] : CANDIDATES;
  return candidates.find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds Chromium, or installs Debian's package when it is missing and we may (root, apt-get).
 * Returns the executable's path, or a sentence saying why there is none.
 */
export function provideChromium(
  log: (line: string) => void = console.log,
): { path: string } | { missing: string } {
  const found = findChromium();
  if (found) return { path: found };
  const root = process.getuid?.() === 0;
  if (!root || !isExecutable('/usr/bin/apt-get')) {
    return {
      missing:
        "no Chromium found: install your distribution's chromium (Debian: apt-get install chromium) " +
        'or set WAYBILL_CHROMIUM to its executable',
    };
  }
  log("browser tests: Chromium is missing; installing Debian's chromium package (once per machine)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch (error) {
    return { missing: `installing Debian's chromium failed: ${(error as Error).message}` };
  }
  const installed = findChromium();
  return installed
    ? { path: installed }
    : { missing: 'apt-get installed chromium, but no executable was found' };
}
