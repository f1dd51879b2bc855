/**
 * Headless Chromium for the HTML tests (through playwright-core). CHROMIUM_PATH, when set, is the only place
 * looked at. Without a browser the tests are skipped, except under CI (CI=true), where that is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const BROWSER = CANDIDATES.find((p): p is string => !!p && existsSync(p));
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const IN_CI = process.env.CI === 'true';

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: BROWSER, args: BROWSER_ARGS });

/** `describe` when a browser is there; otherwise a skip, or under CI a failing test that says what is missing. */
export function describeInBrowser(name: string, body: () => void): void {
  if (!BROWSER && IN_CI)
    test('a browser for the HTML view', () => {
      throw new Error("no Chromium found (set CHROMIUM_PATH or install Debian's chromium package); under CI this is a failure, not a skip");
    });
  if (!BROWSER && !IN_CI) console.warn(`${name}: skipped, no Chromium found (install Debian's chromium package or set CHROMIUM_PATH)`);
  (BROWSER ? describe : describe.skip)(`${name}${BROWSER ? '' : ' (skipped: no Chromium found)'}`, body);
}
