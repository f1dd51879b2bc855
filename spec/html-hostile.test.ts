/**
 * The HTML view against hostile input, in headless Chromium: markup and script in the text, in record fields
 * (text, concept, attribution, predicate, unit, name), in file names, `</script>` inside the embedded JSON, and
 * `javascript:` links in Markdown. No dialog may open, no script but the page's own may run, nothing may break
 * the Content-Security-Policy, and the page's text must still be the input's.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createFormatter } from '../lib/cli/formats';
import type { FileResult } from '../lib/cli/job';
import { RECORD_TYPES, type ExtractRecord } from '../lib/types';
import { fixtureDir, requireBuild, runCli } from './cli-run';
import { describeInBrowser, launchBrowser } from './support/chromium';

const PAYLOADS = [
  '<img src=y onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  "' onmouseover='alert(4)' x='",
  '<a href="javascript:alert(5)">link</a>',
  '&lt;b&gt;not a tag&lt;/b&gt; &amp;',
];
const HOSTILE_NAMES = ['x"><img src=y onerror=alert(1)>.txt', '<script>alert(2)<:script>.md', "a' onfocus='alert(3).txt"];
const HOSTILE_TEXT = `GENEVA, March 4, 2024 - At least 37 civilians were killed ${PAYLOADS[0]} near Aleppo, the agency said ${PAYLOADS[1]}.

About 500 fighters ${PAYLOADS[2]} left, according to Amina Rwein ${PAYLOADS[3]}.

See [the report](javascript:alert(6)) and [more](JaVaScRiPt:alert(7)) or <a href="javascript:alert(8)">this</a>. ${PAYLOADS[5]}
`;

interface Findings {
  dialogs: string[];
  violations: string[];
  errors: string[];
}

/** Opens a page and records every dialog, CSP violation and page error. */
async function open(browser: Browser, file: string): Promise<{ page: Page; findings: Findings }> {
  const findings: Findings = { dialogs: [], violations: [], errors: [] };
  const page = await browser.newPage();
  page.on('dialog', (d) => {
    findings.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => findings.errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) findings.violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(pathToFileURL(file).href);
  return { page, findings };
}

/** Browser steps are slow on a busy machine. */
const BROWSER_TIMEOUT = 240_000;
const TOUCHED = 12;

/** Hovers and focuses highlights (the tooltip writes their fields as HTML), clicks links and the legend's buttons. */
async function touchEverything(page: Page): Promise<string> {
  let tips = '';
  for (const mark of (await page.$$('mark[id]')).slice(0, TOUCHED)) {
    await mark.hover();
    await mark.focus();
    tips += await page.textContent('#tip');
  }
  for (const button of await page.$$('.legend button')) await button.click();
  for (const link of (await page.$$('a[href]')).slice(0, TOUCHED)) await link.click({ noWaitAfter: true }).catch(() => {});
  await page.waitForTimeout(200);
  return tips;
}

/** What the page holds besides text: every element name, every attribute name, every link target. */
const inventory = (page: Page) =>
  page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    return {
      tags: [...new Set(all.map((el) => el.tagName.toLowerCase()))],
      handlers: all.flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
      hrefs: Array.from(document.querySelectorAll('[href]')).map((el) => el.getAttribute('href')!),
      scripts: Array.from(document.querySelectorAll('script')).map((s) => s.type || 'classic'),
      texts: Array.from(document.querySelectorAll('section.doc .text')).map((el) => el.textContent),
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    };
  });

function expectSafe(found: Awaited<ReturnType<typeof inventory>>, findings: Findings) {
  expect(findings).toEqual({ dialogs: [], violations: [], errors: [] });
  for (const tag of ['img', 'svg', 'iframe', 'object', 'embed', 'base', 'form']) expect(found.tags).not.toContain(tag);
  expect(found.handlers).toEqual([]);
  for (const href of found.hrefs) expect(href).toMatch(/^#f\d+(-r\d+)?$/);
  // One script runs: the page's own; the others are JSON data.
  expect(found.scripts.filter((t) => t !== 'application/json')).toEqual(['classic']);
  expect(found.csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
}

describeInBrowser('HTML view against hostile input', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    requireBuild();
    dir = fixtureDir({});
    for (const name of HOSTILE_NAMES) writeFileSync(join(dir, name), HOSTILE_TEXT);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each([
    ['one page for all inputs (stdout, with a table of contents)', false],
    ['one page per input (--out)', true],
  ])(
    '%s',
    async (_, perFile) => {
      const pages: string[] = [];
      if (perFile) {
        expect(runCli(['--format', 'html', '--out', join(dir, 'out'), ...HOSTILE_NAMES], { cwd: dir }).code).toBe(0);
        expect(readdirSync(join(dir, 'out')).sort()).toEqual(HOSTILE_NAMES.map((name) => `${name}.html`).sort());
        pages.push(join(dir, 'out', `${HOSTILE_NAMES[0]}.html`));
      } else {
        const r = runCli(['--format', 'html', ...HOSTILE_NAMES], { cwd: dir });
        expect(r.code).toBe(0);
        writeFileSync(join(dir, 'all.html'), r.stdout);
        pages.push(join(dir, 'all.html'));
      }
      for (const file of pages) {
        const { page, findings } = await open(browser, file);
        const before = await inventory(page);
        expect(before.texts.length).toBeGreaterThan(0);
        for (const text of before.texts) expect(text).toBe(HOSTILE_TEXT);
        // The file names are shown as written.
        const headings = await page.$$eval('section.doc h2', (hs) => hs.map((h) => h.textContent));
        for (const h of headings) expect(HOSTILE_NAMES).toContain(h);
        // The page's own script works under the policy: a highlight shows its tooltip.
        await page.hover('mark[id]');
        await page.locator('#tip').waitFor({ state: 'visible', timeout: 5000 });
        await touchEverything(page);
        expectSafe(await inventory(page), findings);
        await page.close();
      }
    },
    BROWSER_TIMEOUT,
  );

  test(
    'hostile values in every record field, `</script>` in the embedded JSON',
    async () => {
      // Records built by hand: each field the view shows holds a payload.
      const text = PAYLOADS.join(' · ');
      const at = (payload: string) => ({ start: text.indexOf(payload), end: text.indexOf(payload) + payload.length, text: payload });
      const base = { sentence: 0, confidence: 0.9, source: PAYLOADS[4] };
      const records: ExtractRecord[] = [
        { ...base, ...at(PAYLOADS[0]), type: 'person', name: PAYLOADS[1], cluster: PAYLOADS[2], title: PAYLOADS[3], age: null },
        {
          ...base,
          ...at(PAYLOADS[1]),
          type: 'quantity',
          value: 5,
          low: 5,
          high: 5,
          bound: 'exact',
          modifier: PAYLOADS[0],
          kind: 'count',
          unit: PAYLOADS[2],
          concept: PAYLOADS[1],
          per: PAYLOADS[3],
          change: null,
          predicate: PAYLOADS[4],
          attribution: at(PAYLOADS[2]),
        },
        { ...base, ...at(PAYLOADS[4]), type: 'organization', name: PAYLOADS[4], cluster: 'o', acronym: PAYLOADS[1] },
      ] as ExtractRecord[];
      const result: FileResult = { file: HOSTILE_NAMES[0], referenceDate: null, referenceDateSource: 'none', records, text };
      const page = [...createFormatter('html', { colors: false, types: RECORD_TYPES, inputNames: [result.file] }).document(result)].join(
        '',
      );
      expect(page.match(/<\/script>/g)).toHaveLength(2); // the page's script and the JSON: no payload closes either
      writeFileSync(join(dir, 'fields.html'), page);
      const { page: tab, findings } = await open(browser, join(dir, 'fields.html'));
      const tips = await touchEverything(tab);
      for (const payload of PAYLOADS.slice(0, 5)) expect(tips).toContain(payload.replace(/\s+/g, ' '));
      const claims = await tab.textContent('table.claims');
      expect(claims).toContain(PAYLOADS[1]);
      expect(claims).toContain(PAYLOADS[2]);
      const found = await inventory(tab);
      expect(found.texts).toEqual([text]);
      expectSafe(found, findings);
      await tab.close();
    },
    BROWSER_TIMEOUT,
  );
});
