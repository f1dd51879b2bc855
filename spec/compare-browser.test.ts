/**
 * The compare report in headless Chromium (as spec/html-browser.test.ts drives the reading view): the page's own
 * stylesheet passes its CSP and nothing else is loaded, every group has a plot lane per figure, conflicting groups
 * are marked, and each figure's link opens its document's reading view on that figure's highlight. Screenshots go to
 * artifacts/ (git-ignored; docs/compare-report.png is copied from there).
 *
 * Without Chromium the tests are skipped, except under CI (CI=true), where a missing browser is a failure.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { fixtureDir, requireBuild, ROOT, runCli } from './cli-run';

const CANDIDATES = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const BROWSER = CANDIDATES.find((p) => existsSync(p));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'];
const ARTIFACTS = join(ROOT, 'artifacts');

if (!BROWSER && process.env.CI === 'true')
  test('a browser for the compare report', () => {
    throw new Error('no Chromium found (set CHROMIUM_PATH or install Debian’s chromium package); under CI this is a failure, not a skip');
  });
if (!BROWSER && process.env.CI !== 'true') console.warn('compare report browser tests skipped: no Chromium found');

(BROWSER ? describe : describe.skip)(`compare report in headless Chromium${BROWSER ? '' : ' (skipped: no Chromium found)'}`, () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  let report: string;

  beforeAll(async () => {
    requireBuild();
    const out = join(fixtureDir({}), 'report');
    const r = runCli(['compare', '--format', 'html', '--out', out, 'samples/compare']);
    expect(r.code).toBe(0);
    report = pathToFileURL(join(out, 'index.html')).href;
    browser = await chromium.launch({ executablePath: BROWSER, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (req) => requests.push(req.url()));
    page.on('console', (m) => problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(report);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120000);

  afterAll(async () => {
    await browser?.close();
  });

  test('nothing but the page is loaded; its stylesheet passes the CSP', async () => {
    expect(requests).toEqual([report]);
    expect(problems).toEqual([]);
    expect(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor)).toBe('rgb(251, 250, 247)');
  });

  test('one section per group, conflicts marked, a plot lane and a table row per figure', async () => {
    const groups = await page.$$eval('section.group', (sections) =>
      sections.map((s) => ({
        conflicting: s.classList.contains('conflicting'),
        badge: s.querySelector('.badge')?.textContent,
        lanes: s.querySelectorAll('svg.plot g').length,
        dots: s.querySelectorAll('svg.plot circle.dot').length,
        rows: s.querySelectorAll('tbody tr').length,
      })),
    );
    expect(groups.map((g) => g.conflicting)).toEqual([true, true, false, false]);
    expect(groups.map((g) => g.badge)).toEqual(['Conflict', 'Conflict', 'Consistent', 'Consistent']);
    for (const g of groups) {
      expect(g.lanes).toBe(g.rows);
      expect(g.dots).toBeGreaterThanOrEqual(g.rows);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'compare-report.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'compare-report-full.png'), fullPage: true });
  });

  test('a figure’s link opens its document’s reading view on that figure', async () => {
    const link = page.locator('section.group').first().locator('tbody tr').last();
    const figure = (await link.locator('mark').textContent())!;
    await link.locator('td.read a').click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/\/documents\/[^/]+\.html#f0-r\d+$/);
    const hash = new URL(page.url()).hash;
    const target = await page.$eval(hash, (el) => ({ className: el.className, text: el.textContent }));
    expect(target.className).toBe('t-quantity');
    expect(target.text).toBe(figure);
    await page.goBack();
  });
});
