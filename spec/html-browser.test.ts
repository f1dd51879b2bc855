/**
 * The HTML view in a real headless browser (Chromium through playwright-core): every record is highlighted once,
 * each highlight's text is its record's text, the page's text is the input's, the claims table links into the
 * text, tooltips and the legend work. Screenshots go to artifacts/ (git-ignored).
 *
 * Without Chromium the tests are skipped, except under CI (CI=true), where a missing browser is a failure
 * (spec/support/chromium.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { fixtureDir, requireBuild, ROOT, runCli, TEXTS } from './cli-run';
import { describeInBrowser, launchBrowser } from './support/chromium';

const ARTIFACTS = join(ROOT, 'artifacts');

interface Doc {
  file: string;
  records: { type: string; text: string }[];
}

describeInBrowser('HTML view in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let docs: Doc[];
  let texts: string[];

  beforeAll(async () => {
    requireBuild();
    const dir = fixtureDir({
      'crlf-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXTS.flood.replace(/\n/g, '\r\n'))]),
    });
    const inputs = ['samples/conflict-report.txt', 'samples/storm-update.md', join(dir, 'crlf-bom.txt')];
    const html = runCli(['--format', 'html', ...inputs]);
    expect(html.code).toBe(0);
    writeFileSync(join(dir, 'view.html'), html.stdout);
    docs = (JSON.parse(runCli(inputs).stdout) as { files: Doc[] }).files;
    texts = docs.map((d) => readFileSync(d.file.startsWith('/') ? d.file : join(ROOT, d.file), 'utf8').replace(/^\ufeff/, ''));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'view.html')).href);
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('one section per input; its text is the input text, CRs included', async () => {
    const shown = await page.$$eval('section.doc .text', (els) => els.map((el) => el.textContent));
    expect(shown).toEqual(texts);
  });

  test('every record is highlighted, and each highlight’s text is its record’s text', async () => {
    for (let i = 0; i < docs.length; i++) {
      const highlights = await page.$eval(`#f${i} .text`, (el) => {
        const pieces: Record<string, string> = {};
        for (const m of Array.from(el.querySelectorAll<HTMLElement>('mark[data-r]')))
          pieces[m.dataset.r!] = (pieces[m.dataset.r!] ?? '') + m.textContent;
        return { pieces, firsts: el.querySelectorAll('mark[id]').length };
      });
      const { records } = docs[i];
      expect(records.length).toBeGreaterThan(0);
      expect(Object.keys(highlights.pieces)).toHaveLength(records.length);
      expect(highlights.firsts).toBe(records.length);
      for (const [k, r] of records.entries()) expect(highlights.pieces[k]).toBe(r.text);
    }
  });

  test('the claims table lists every quantity and links to its highlight', async () => {
    for (let i = 0; i < docs.length; i++) {
      const targets = await page.$$eval(`#f${i} table.claims a`, (links) =>
        links.map((a) => document.querySelector<HTMLElement>(a.getAttribute('href')!)?.className ?? 'missing'),
      );
      expect(targets).toHaveLength(docs[i].records.filter((r) => r.type === 'quantity').length);
      for (const t of targets) expect(t).toBe('t-quantity');
    }
  });

  test('hover and keyboard focus show the fields; the legend hides a type', async () => {
    const q = docs[0].records.findIndex((r) => r.type === 'quantity');
    await page.hover(`#f0-r${q}`);
    await page.locator('#tip').waitFor({ state: 'visible', timeout: 5000 });
    expect(await page.textContent('#tip')).toContain(docs[0].records[q].text.replace(/\s+/g, ' '));
    await page.screenshot({ path: join(ARTIFACTS, 'html-tooltip.png') });

    await page.mouse.move(0, 0);
    await page.focus('#f0-r0');
    expect(await page.textContent('#tip')).toContain(docs[0].records[0].type);

    const place = docs[0].records.findIndex((r) => r.type === 'place');
    const background = () => page.$eval(`#f0-r${place}`, (el) => getComputedStyle(el).backgroundColor);
    const before = await background();
    await page.click('#f0 .legend button[data-type="place"]');
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await page.click('#f0 .legend button[data-type="place"]');
    expect(await background()).toBe(before);
  });

  test('a screenshot of the whole page', async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'html-view.png'), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, 'html-first-screen.png') });
    expect(existsSync(join(ARTIFACTS, 'html-view.png'))).toBe(true);
  });
});
