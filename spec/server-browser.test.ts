/**
 * The server's web page in headless Chromium (playwright-core), as a user and as an attacker would use it: paste
 * a text, extract, count the highlights against the API's records; drop files; download JSON; paste markup and
 * scripts and check that none of it runs. Saves artifacts/serve-page.png (and, with UPDATE_SCREENSHOTS=1,
 * docs/serve-page.png, the README's screenshot).
 *
 * Without Chromium the tests are skipped, except under CI (CI=true), where a missing browser is a failure.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './cli-run';
import { BROWSER, BROWSER_ARGS, IN_CI } from './support/chromium';
import { post, type Started, startServer } from './support/server';

const ARTICLE = `HALIFAX, Nova Scotia, Feb. 11, 2022 - More than 3,500 homes lost power on Friday as a storm crossed the province, Nova Scotia Power said.

Premier Tim Houston said about 40 schools would stay closed, and the city of Halifax opened two warming centres. Up to 25 cm of snow fell on the coast, and the utility said 120 crews were at work.
`;

if (!BROWSER && IN_CI) {
  test('a browser for the server page', () => {
    throw new Error("no Chromium found (set CHROMIUM_PATH or install Debian's chromium package); under CI this is a failure");
  });
}

(BROWSER ? describe : describe.skip)('the server page in headless Chromium', () => {
  let s: Started;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    s = await startServer({ jobs: 1 });
    browser = await chromium.launch({ executablePath: BROWSER, args: BROWSER_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    // Anything injected code would cause: a dialog, an uncaught error, a console error (a CSP violation included).
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    await page.goto(`${s.url}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await s?.server.stop();
  });

  const extract = async () => {
    await page.click('#run');
    await page.waitForFunction(
      () => !(document.getElementById('run') as HTMLButtonElement).disabled && !/…/.test(document.getElementById('status')!.textContent!),
    );
  };

  /** Per section: each record's highlighted text (pieces of one record joined), and the number of first pieces. */
  const highlights = () =>
    page.$$eval('#results section.doc .text', (texts) =>
      texts.map((el) => {
        const pieces: Record<string, string> = {};
        for (const m of Array.from(el.querySelectorAll<HTMLElement>('mark[data-r]')))
          pieces[m.dataset.r!] = (pieces[m.dataset.r!] ?? '') + m.textContent;
        return { pieces, firsts: el.querySelectorAll('mark[id]').length, text: el.textContent };
      }),
    );

  test('paste a text, extract: one highlight per record of the API, the claims table, the tooltip', async () => {
    await page.fill('#text', ARTICLE);
    await page.fill('#reference-date', '2022-02-11');
    await extract();
    const api = (await post(`${s.url}/v1/extract`, { text: ARTICLE, referenceDate: '2022-02-11' })).json;
    expect(api.records.length).toBeGreaterThan(8);
    const [shown] = await highlights();
    expect(shown.text).toBe(ARTICLE);
    expect(shown.firsts).toBe(api.records.length);
    expect(Object.values(shown.pieces)).toEqual(api.records.map((r) => r.text));
    const quantities = api.records.filter((r) => r.type === 'quantity').length;
    expect(await page.$$eval('#results table.claims a', (links) => links.length)).toBe(quantities);
    expect(await page.textContent('#status')).toContain(`${api.records.length} records in 1 document`);

    await page.hover('#f0-r0');
    await page.locator('#tip').waitFor({ state: 'visible', timeout: 5000 });
    expect(await page.textContent('#tip')).toContain(api.records[0].text);
    await page.mouse.move(0, 0);
    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'artifacts', 'serve-page.png'), fullPage: true });
    // The README's screenshot is refreshed on request only, so that tests leave the tree clean.
    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: join(ROOT, 'docs', 'serve-page.png'), fullPage: true });
  });

  test('download JSON: the records the API gives', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const api = (await post(`${s.url}/v1/extract`, { text: ARTICLE, referenceDate: '2022-02-11' })).json;
    expect(saved.files[0].records).toEqual(api.records);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(api.records.length + 1);
  });

  test('drop two files (one not .txt/.md, skipped): a section for the pasted text and for the file', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['About 70 boats were damaged in Lisbon on Sunday.\n'], 'harbour.md', { type: 'text/markdown' }));
      data.items.add(new File(['\u0000\u0001'], 'image.png', { type: 'image/png' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.querySelectorAll('#file-list li').length === 1);
    expect(await page.textContent('#status')).toContain('1 file skipped');
    await extract();
    expect(await page.$$eval('#results section.doc h2', (h) => h.map((x) => x.textContent))).toEqual(['pasted text', 'harbour.md']);
    const [, harbour] = await highlights();
    expect(Object.values(harbour.pieces)).toEqual(expect.arrayContaining(['About 70 boats', 'Lisbon']));
    await page.click('#clear-files');
  });

  test('hostile text and file names are shown as text: nothing executes, nothing is injected', async () => {
    problems.length = 0;
    const hostile = [
      'Officials said <img src=x onerror="window.__pwned=1;alert(1)"> 12 people were hurt in Leeds.',
      '<script>window.__pwned=2;alert(2)</script> About 30 <svg onload=alert(3)> cars <iframe src="javascript:alert(4)"></iframe>',
      '"><b onmouseover=alert(5)>bold</b> & &amp; </textarea></mark></section>',
    ].join('\n');
    await page.fill('#text', hostile);
    await page.setInputFiles('#files', {
      name: '<img src=x onerror=alert(6)>.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('<script>alert(7)</script>'),
    });
    await page.waitForFunction(() => document.querySelectorAll('#file-list li').length === 1);
    await extract();
    const texts = await page.$$eval('#results section.doc .text', (els) => els.map((e) => e.textContent));
    expect(texts).toEqual([hostile, '<script>alert(7)</script>']);
    expect(await page.$$eval('#results section.doc h2', (h) => h.map((x) => x.textContent))).toEqual([
      'pasted text',
      '<img src=x onerror=alert(6)>.txt',
    ]);
    expect(await page.textContent('#file-list')).toContain('<img src=x onerror=alert(6)>.txt');
    expect(
      await page.$$eval(
        '#results img, #results script:not([type="application/json"]), #results svg, #results iframe, #results b, main img',
        (els) => els.length,
      ),
    ).toBe(0);
    await page.hover('#results mark[data-r]');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
