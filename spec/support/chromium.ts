/** Where the browser tests find Chromium (Debian's, driven by playwright-core), and how they start it. */
import { existsSync } from 'node:fs';

// CHROMIUM_PATH, when set, is the only place looked at.
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
