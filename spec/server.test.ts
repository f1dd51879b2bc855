/**
 * `extract serve` over real HTTP on the loopback interface: every route, every error status, the limits (a body
 * of 5 MB, the queue, the time limit), faults (a worker that crashes), and a graceful stop on SIGTERM.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Ajv from 'ajv';
import { BIN, ROOT, runCli } from './cli-run';
import { BROKEN_WORKER, CRASH_WORKER, post, SLOW_START_WORKER, type Started, startServer } from './support/server';

const { makeCorpus } = require(join(ROOT, 'bench', 'corpus.js'));
const library = () => require(join(ROOT, 'dist', 'index.js'));

const ARTICLE =
  'OSLO, March 9, 2021 - More than 2,400 people were evacuated from three valleys on Monday, the Norwegian Red Cross said. ' +
  'Minister Kari Lund said about 40 homes had been damaged.\n';

const spansHold = (text: string, records: { text: string; start: number; end: number }[]) =>
  records.every((r) => text.slice(r.start, r.end) === r.text);

describe('the API', () => {
  let s: Started;
  beforeAll(async () => {
    // A generous time limit: the 5 MB text below takes about 6 s on an idle 2-core machine, far more under load.
    s = await startServer({ timeoutMs: 200_000 });
  });
  afterAll(() => s.server.stop());

  test('GET /healthz when ready', async () => {
    const r = await fetch(`${s.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ok', workers: 2, queued: 0, running: 0, features: { compare: true } });
  });

  test('POST /v1/extract returns what the library returns, spans exact', async () => {
    const r = await post(`${s.url}/v1/extract`, { text: ARTICLE });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.json).toEqual(JSON.parse(JSON.stringify(library().extract(ARTICLE))));
    expect(r.json.records.map((x: { type: string }) => x.type)).toEqual(expect.arrayContaining(['place', 'date', 'quantity', 'person']));
    expect(spansHold(ARTICLE, r.json.records)).toBe(true);
  });

  test('types and referenceDate are honoured', async () => {
    const r = await post(`${s.url}/v1/extract`, { text: 'Prices rose 4% on Monday.', types: ['date'], referenceDate: '2020-02-05' });
    expect(r.status).toBe(200);
    expect(r.json.referenceDate).toBe('2020-02-05');
    expect(r.json.referenceDateSource).toBe('option');
    expect(r.json.records.map((x: { type: string; value: string }) => [x.type, x.value])).toEqual([['date', '2020-02-03']]);
  });

  test('an empty text and hostile text give correct results, not errors', async () => {
    for (const text of ['', '\u0000\ud800 <script>alert(1)</script>', '\u202e\ufeff'.repeat(100)]) {
      const r = await post(`${s.url}/v1/extract`, { text });
      expect(r.status).toBe(200);
      expect(spansHold(text, r.json.records)).toBe(true);
    }
  });

  test('POST /v1/extract/batch returns results in request order, per-document options first', async () => {
    const texts = [ARTICLE, 'Nothing here.', 'About 300 workers struck in Turin on Friday.', ARTICLE.toUpperCase()];
    const r = await post(`${s.url}/v1/extract/batch`, {
      documents: texts.map((text, i) => (i === 2 ? { text, types: ['quantity'] } : { text })),
      types: ['place', 'quantity'],
      referenceDate: '2021-03-10',
    });
    expect(r.status).toBe(200);
    expect(r.json.results).toHaveLength(texts.length);
    for (const [i, text] of texts.entries()) {
      const types = i === 2 ? ['quantity'] : ['place', 'quantity'];
      expect(r.json.results[i]).toEqual(JSON.parse(JSON.stringify(library().extract(text, { types, referenceDate: '2021-03-10' }))));
    }
  });

  test('POST /v1/compare: figures of several documents about the same thing, grouped and flagged', async () => {
    const documents = [
      { id: 'herald', text: 'At least 40 people were killed in the floods in Varnolia, the interior ministry said on Monday.\n' },
      { id: 'courier', text: 'Some 400 people were killed in the floods in Varnolia, a relief agency said on Tuesday.\n' },
    ];
    const r = await post(`${s.url}/v1/compare`, { documents, by: ['concept', 'predicate'], minSources: 2, referenceDate: '2031-03-12' });
    expect(r.status).toBe(200);
    const expected = library().compareClaims(
      documents.map((d) => ({ ...d, source: null, ...library().extract(d.text, { referenceDate: '2031-03-12' }) })),
      { by: ['concept', 'predicate'], minSources: 2 },
    );
    expect(r.json.groups).toEqual(JSON.parse(JSON.stringify(expected)));
    const group = r.json.groups.find((g: { figures: { document: string }[] }) => g.figures.length === 2);
    expect(group.figures.map((f: { document: string }) => f.document).sort()).toEqual(['courier', 'herald']);
    const bad = await post(`${s.url}/v1/compare`, { documents, by: ['colour'] });
    expect([bad.status, bad.json.error.code]).toEqual([400, 'invalid_request']);
  });

  test('GET /openapi.json: built from the same schemas; every reference resolves; responses validate against it', async () => {
    const doc = await (await fetch(`${s.url}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/extract', '/v1/extract/batch', '/v1/view', '/healthz', '/openapi.json', '/']),
    );
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const name of refs) expect(doc.components.schemas).toHaveProperty(name);
    const resultSchema = require(join(ROOT, 'schema', 'result.schema.json'));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(Object.keys(resultSchema.definitions)));

    const ajv = new Ajv({ strict: false });
    ajv.addSchema({ $id: 'api', components: doc.components });
    const check = (name: string, value: unknown) => {
      const valid = ajv.validate({ $ref: `api#/components/schemas/${name}` }, value);
      if (!valid) throw new Error(`${name}: ${ajv.errorsText()}`);
    };
    check('ExtractResult', (await post(`${s.url}/v1/extract`, { text: ARTICLE })).json);
    check('Error', (await post(`${s.url}/v1/extract`, { text: 1 })).json);
    check('Health', await (await fetch(`${s.url}/healthz`)).json());
    check('ExtractRequest', { text: 'x', types: ['date'] });
    expect(ajv.validate({ $ref: 'api#/components/schemas/ExtractRequest' }, { text: 'x', colour: 'red' })).toBe(false);
  });

  const bad = (body: unknown) => post(`${s.url}/v1/extract`, body);

  test('invalid JSON, an empty body, a body that is not an object: 400 invalid_json or invalid_request', async () => {
    for (const [body, code] of [
      ['{"text": "unfinished', 'invalid_json'],
      ['', 'invalid_json'],
      ['{"text":"a",}', 'invalid_json'],
      ['{"__proto__": {"polluted": true}, "text": "a"}', 'invalid_json'],
      ['[]', 'invalid_request'],
      ['"text"', 'invalid_request'],
      ['null', 'invalid_request'],
    ]) {
      const r = await bad(body);
      expect([body, r.status, r.json?.error?.code]).toEqual([body, 400, code]);
      expect(typeof r.json.error.message).toBe('string');
    }
  });

  test('a wrong type for every field, unknown fields, a missing text: 400 naming the field', async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /text/],
      [{ text: 5 }, /body\/text must be string/],
      [{ text: null }, /body\/text/],
      [{ text: ['a'] }, /body\/text/],
      [{ text: { a: 1 } }, /body\/text/],
      [{ text: 'a', referenceDate: 20160205 }, /body\/referenceDate must be string/],
      [{ text: 'a', types: 'date' }, /body\/types must be array/],
      [{ text: 'a', types: [1] }, /body\/types\/0 must be one of person, organization, place, date, quantity/],
      [{ text: 'a', types: ['colour'] }, /body\/types\/0 must be one of/],
      [{ text: 'a', types: [] }, /body\/types/],
      [{ text: 'a', types: ['date', 'date'] }, /body\/types/],
      [{ text: 'a', colour: 'red' }, /unknown field "colour"/],
    ];
    for (const [body, message] of cases) {
      const r = await bad(body);
      expect([JSON.stringify(body), r.status, r.json.error.code]).toEqual([JSON.stringify(body), 400, 'invalid_request']);
      expect(r.json.error.message).toMatch(message);
    }
    const batch = await post(`${s.url}/v1/extract/batch`, { documents: [{ text: 'a' }, { text: 'b', lang: 'en' }] });
    expect([batch.status, batch.json.error.message]).toEqual([400, 'body/documents/1: unknown field "lang"']);
    expect((await post(`${s.url}/v1/extract/batch`, { documents: [] })).status).toBe(400);
    const tooMany = await post(`${s.url}/v1/extract/batch`, { documents: Array.from({ length: 101 }, () => ({ text: 'a' })) });
    expect([tooMany.status, tooMany.json.error.message]).toEqual([400, 'body/documents must NOT have more than 100 items']);
  });

  test('a referenceDate that is not a real day ("2016-02-30"): 400', async () => {
    for (const referenceDate of ['2016-02-30', '2016-13-01', 'yesterday', '']) {
      const r = await bad({ text: 'a', referenceDate });
      expect([referenceDate, r.status, r.json.error.code]).toEqual([referenceDate, 400, 'invalid_request']);
      expect(r.json.error.message).toContain('referenceDate');
    }
    const inBatch = await post(`${s.url}/v1/extract/batch`, { documents: [{ text: 'a' }, { text: 'b', referenceDate: '2016-02-30' }] });
    expect([inBatch.status, inBatch.json.error.code]).toEqual([400, 'invalid_request']);
  });

  test('a body that is not JSON: 415; an unknown route: 404; both as JSON errors', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const r = await post(`${s.url}/v1/extract`, 'text=a', { 'content-type': type });
      expect([type, r.status, r.json.error.code]).toEqual([type, 415, 'unsupported_media_type']);
    }
    const none = await fetch(`${s.url}/v1/extract`, { method: 'POST', body: new Uint8Array([123, 125]) });
    expect(none.status).toBe(415);
    const missing = await fetch(`${s.url}/v2/extract`);
    expect([missing.status, (await missing.json()).error.code]).toEqual([404, 'not_found']);
    expect((await fetch(`${s.url}/v1/extract`)).status).toBe(404);
  });

  test('a 5 MB text just under the body limit is extracted; one byte over the limit: 413', async () => {
    const limit = s.server.options.bodyLimit;
    expect(limit).toBe(5 * 1024 * 1024);
    const overhead = JSON.stringify({ text: '' }).length;
    // The largest text whose JSON body fits: line breaks are escaped as two bytes.
    let text: string = makeCorpus(limit).slice(0, limit - overhead);
    const bodyBytes = () => Buffer.byteLength(JSON.stringify({ text }));
    while (bodyBytes() > limit) text = text.slice(0, text.length - (bodyBytes() - limit));
    // Exactly at the limit, then one byte over it.
    text += ' '.repeat(limit - bodyBytes());
    expect(bodyBytes()).toBe(limit);
    const r = await post(`${s.url}/v1/extract`, { text });
    expect(r.status).toBe(200);
    expect(r.json.records.length).toBeGreaterThan(1000);
    expect(spansHold(text, r.json.records)).toBe(true);

    const over = await post(`${s.url}/v1/extract`, { text: `${text} ` });
    expect([over.status, over.text.slice(0, 200)]).toEqual([413, expect.stringContaining('"code":"body_too_large"')]);
    expect(over.json.error.message).toContain(String(limit));
  }, 300_000);

  test('responses carry nosniff and a restrictive CSP', async () => {
    const r = await post(`${s.url}/v1/extract`, { text: 'a' });
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

describe('the web page and /v1/view', () => {
  let s: Started;
  beforeAll(async () => {
    s = await startServer({ jobs: 1 });
  });
  afterAll(() => s.server.stop());

  test('GET / has a strict CSP and no inline script or style; its assets are served', async () => {
    const r = await fetch(`${s.url}/`);
    expect(r.status).toBe(200);
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await r.text();
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="/assets/view.js" defer>', '<script src="/assets/page.js" defer>']);
    expect(html).not.toMatch(/<style|style="|\son[a-z]+=|https?:\/\//);
    for (const [asset, type] of [
      ['page.js', 'text/javascript'],
      ['view.js', 'text/javascript'],
      ['page.css', 'text/css'],
      ['view.css', 'text/css'],
    ]) {
      const a = await fetch(`${s.url}/assets/${asset}`);
      expect([asset, a.status, a.headers.get('content-type')?.split(';')[0]]).toEqual([asset, 200, type]);
      expect((await a.text()).length).toBeGreaterThan(500);
    }
  });

  test('POST /v1/view: the reading view for each document, user text escaped, with results and CSV', async () => {
    const hostile = 'Mayor <img src=x onerror=alert(1)> said 12 <script>alert(2)</script> people left Paris.';
    const r = await post(`${s.url}/v1/view`, { documents: [{ name: '<b>a&b</b>.txt', text: ARTICLE }, { text: hostile }] });
    expect(r.status).toBe(200);
    expect(r.json.results.map((x: { file: string }) => x.file)).toEqual(['<b>a&b</b>.txt', 'text 2']);
    expect(r.json.results[0].records).toEqual(JSON.parse(JSON.stringify(library().extract(ARTICLE).records)));
    expect(r.json.html).toContain('&lt;b&gt;a&amp;b&lt;/b&gt;.txt');
    expect(r.json.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.json.html).not.toMatch(/<img|<script>|<b>/);
    expect(r.json.html.match(/<section class="doc"/g)).toHaveLength(2);
    const lines = r.json.csv.trim().split('\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['file', 'type', 'text']);
    expect(lines.length - 1).toBe(r.json.results[0].records.length + r.json.results[1].records.length);
  });
});

describe('limits and faults', () => {
  const longText = (bytes: number): string => makeCorpus(bytes, 7);

  test('503 while the workers start, with Retry-After; then 200', async () => {
    const s = await startServer({ jobs: 1, workerScript: SLOW_START_WORKER }, false);
    try {
      const early = await post(`${s.url}/v1/extract`, { text: ARTICLE });
      expect([early.status, early.json.error.code, early.headers.get('retry-after')]).toEqual([503, 'starting', '1']);
      const health = await fetch(`${s.url}/healthz`);
      expect([health.status, (await health.json()).status]).toEqual([503, 'starting']);
      expect((await fetch(`${s.url}/`)).status).toBe(200);
      await s.server.ready();
      expect((await post(`${s.url}/v1/extract`, { text: ARTICLE })).status).toBe(200);
    } finally {
      await s.server.stop();
    }
  });

  test('workers that cannot start: the pool gives up after a few tries, and says why', async () => {
    const s = await startServer({ jobs: 2, workerScript: BROKEN_WORKER }, false);
    try {
      await expect(s.server.ready()).rejects.toThrow('worker threads cannot start: this worker cannot load');
      const r = await post(`${s.url}/v1/extract`, { text: 'a' });
      expect(r.status).toBe(503);
    } finally {
      await s.server.stop();
    }
  });

  test('a full queue: 429 for the request that does not fit, a batch taken whole or not at all', async () => {
    const s = await startServer({ jobs: 1, maxQueued: 2 });
    try {
      const slow = longText(400_000);
      const running = post(`${s.url}/v1/extract`, { text: slow });
      const queued = post(`${s.url}/v1/extract`, { text: slow });
      while (s.server.pool.running + s.server.pool.queued < 2) await new Promise((resolve) => setTimeout(resolve, 5));
      const batch = await post(`${s.url}/v1/extract/batch`, { documents: [{ text: 'a' }, { text: 'b' }] });
      expect([batch.status, batch.json.error.code]).toEqual([429, 'queue_full']);
      const one = post(`${s.url}/v1/extract`, { text: ARTICLE });
      while (s.server.pool.queued < 2) await new Promise((resolve) => setTimeout(resolve, 5));
      const refused = await post(`${s.url}/v1/extract`, { text: ARTICLE });
      expect([refused.status, refused.json.error.code]).toEqual([429, 'queue_full']);
      expect((await Promise.all([running, queued, one])).map((r) => r.status)).toEqual([200, 200, 200]);
      expect((await post(`${s.url}/v1/extract`, { text: ARTICLE })).status).toBe(200);
    } finally {
      await s.server.stop();
    }
  }, 120_000);

  test('a worker that throws or exits: 500 for that request only; the server keeps serving', async () => {
    const s = await startServer({ jobs: 2, workerScript: CRASH_WORKER });
    try {
      const expected = JSON.parse(JSON.stringify(library().extract(ARTICLE)));
      for (const marker of ['WORKER-THROWS-NOW', 'WORKER-EXITS-NOW']) {
        const [crashed, fine] = await Promise.all([
          post(`${s.url}/v1/extract`, { text: `${marker} ${ARTICLE}` }),
          post(`${s.url}/v1/extract`, { text: ARTICLE }),
        ]);
        expect([marker, crashed.status, crashed.json.error.code]).toEqual([marker, 500, 'internal']);
        expect(fine.status).toBe(200);
        expect(fine.json).toEqual(expected);
        const batch = await post(`${s.url}/v1/extract/batch`, { documents: [{ text: ARTICLE }, { text: marker }, { text: ARTICLE }] });
        expect(batch.status).toBe(200);
        expect(batch.json.results.map((x: { error?: { code: string } }) => x.error?.code ?? 'ok')).toEqual(['ok', 'internal', 'ok']);
        expect(batch.json.results[2]).toEqual(expected);
      }
      for (let i = 0; i < 4; i++) expect((await post(`${s.url}/v1/extract`, { text: ARTICLE })).json).toEqual(expected);
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    } finally {
      await s.server.stop();
    }
  }, 120_000);

  test('a text over the time limit: 504 for it, while a short one in the other worker succeeds; then it serves on', async () => {
    const s = await startServer({ jobs: 2, timeoutMs: 5000, workerScript: CRASH_WORKER });
    try {
      const [late, fine] = await Promise.all([
        post(`${s.url}/v1/extract`, { text: `WORKER-HANGS-NOW ${ARTICLE}` }),
        post(`${s.url}/v1/extract`, { text: ARTICLE }),
      ]);
      expect([late.status, late.json.error.code]).toEqual([504, 'timeout']);
      expect(late.json.error.message).toContain('5000 ms');
      expect(fine.status).toBe(200);
      // The hung worker was terminated and replaced: both workers serve again.
      const after = await Promise.all([1, 2, 3, 4].map(() => post(`${s.url}/v1/extract`, { text: ARTICLE })));
      expect(after.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    } finally {
      await s.server.stop();
    }
  }, 120_000);

  test('a real text over the time limit: 504', async () => {
    const s = await startServer({ jobs: 1, timeoutMs: 200, bodyLimit: 20 * 1024 * 1024 });
    try {
      const late = await post(`${s.url}/v1/extract`, { text: longText(2_000_000) });
      expect([late.status, late.json.error.code]).toEqual([504, 'timeout']);
    } finally {
      await s.server.stop();
    }
  }, 120_000);

  test('while stopping: 503 stopping for new work, the request in flight finished', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'spec', 'support', 'stopping-probe.js')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    const probe = JSON.parse(r.stdout);
    expect(probe.late).toEqual([503, 'stopping']);
    expect(probe.inFlight[0]).toBe(200);
    expect(probe.inFlight[1]).toBeGreaterThan(100);
  }, 120_000);
});

describe('extract serve (the command)', () => {
  test('bad options: exit 2 with a message', () => {
    for (const args of [['--port', 'x'], ['--jobs', '0'], ['--body-limit', '-1'], ['some-file.txt']]) {
      const r = runCli(['serve', ...args]);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.stderr).toMatch(/^extract serve: |^extract: /);
    }
    const help = runCli(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--body-limit');
  });

  test('binds 127.0.0.1 by default; on SIGTERM finishes the request in flight and exits 0', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      while (!/ready/.test(stderr)) {
        if (child.exitCode !== null) throw new Error(stderr);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const url = /listening on (http:\/\/\S+)/.exec(stderr)![1];
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const inFlight = post(`${url}/v1/extract`, { text: makeCorpus(300_000, 3) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill('SIGTERM');
      const r = await inFlight;
      expect(r.status).toBe(200);
      expect(await exited).toBe(0);
      expect(stderr).toContain('SIGTERM');
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);
});
