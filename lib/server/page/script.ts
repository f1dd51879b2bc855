/**
 * The web page's own script (served as /assets/page.js): reads the form and dropped files, posts them to
 * /v1/view, shows the reading view the server rendered (escaped there, by the code behind `--format html`), and
 * offers the results as JSON and CSV downloads. Every piece of text it writes itself goes in as textContent.
 */
export const PAGE_SCRIPT = `(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const form = $('form');
  const textArea = $('text');
  const fileInput = $('files');
  const fileList = $('file-list');
  const clearFiles = $('clear-files');
  const status = $('status');
  const results = $('results');
  const downloads = $('downloads');
  const run = $('run');
  const maxBatch = Number(document.body.dataset.maxBatch) || 100;
  const bodyLimit = Number(document.body.dataset.bodyLimit) || Infinity;
  let files = [];
  let last = null;

  const say = (message, isError) => {
    status.textContent = message;
    status.classList.toggle('error', !!isError);
  };

  function showFiles() {
    fileList.replaceChildren(
      ...files.map((f) => {
        const item = document.createElement('li');
        item.textContent = f.name + ' · ' + f.text.length.toLocaleString('en-US') + ' characters';
        return item;
      }),
    );
    clearFiles.hidden = !files.length;
  }

  async function addFiles(list) {
    const all = Array.from(list);
    const taken = all.filter((f) => /\\.(txt|md)$/i.test(f.name));
    for (const f of taken) files.push({ name: f.name, text: await f.text() });
    showFiles();
    const skipped = all.length - taken.length;
    if (skipped) say(skipped + ' file' + (skipped === 1 ? '' : 's') + ' skipped: only .txt and .md files are read.', true);
    else say('');
  }

  fileInput.addEventListener('change', () => {
    void addFiles(fileInput.files);
    fileInput.value = '';
  });
  clearFiles.addEventListener('click', () => {
    files = [];
    showFiles();
  });
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) document.body.classList.remove('dragging');
  });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    if (e.dataTransfer && e.dataTransfer.files.length) void addFiles(e.dataTransfer.files);
  });

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  $('download-json').addEventListener('click', () => {
    if (last) download('extract.json', 'application/json', JSON.stringify({ files: last.results }, null, 2) + '\\n');
  });
  $('download-csv').addEventListener('click', () => {
    if (last) download('extract.csv', 'text/csv;charset=utf-8', '\\ufeff' + last.csv);
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const documents = [];
    if (textArea.value.trim()) documents.push({ name: 'pasted text', text: textArea.value });
    documents.push(...files);
    if (!documents.length) return say('Paste a text or add files first.', true);
    if (documents.length > maxBatch) return say('At most ' + maxBatch + ' documents at a time.', true);
    const types = Array.from(form.querySelectorAll('input[name=types]:checked'), (box) => box.value);
    if (!types.length) return say('Pick at least one type.', true);
    const body = { documents, types };
    const date = $('reference-date').value;
    if (date) body.referenceDate = date;
    const payload = JSON.stringify(body);
    if (new Blob([payload]).size > bodyLimit) return say('Too much text for one request (the limit is ' + bodyLimit.toLocaleString('en-US') + ' bytes).', true);
    run.disabled = true;
    say('Extracting…');
    try {
      const response = await fetch('/v1/view', { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
      const data = await response.json();
      if (!response.ok) return say((data.error && data.error.message) || 'The server answered ' + response.status + '.', true);
      last = data;
      // Rendered and escaped by the server (the code behind --format html); it holds no script.
      results.innerHTML = data.html;
      downloads.hidden = false;
      const records = data.results.reduce((n, r) => n + (r.records ? r.records.length : 0), 0);
      const failed = data.results.filter((r) => r.error).length;
      say(records.toLocaleString('en-US') + ' records in ' + documents.length + ' document' + (documents.length === 1 ? '' : 's') + (failed ? '; ' + failed + ' failed' : '') + '.', failed > 0);
    } catch (err) {
      say('The server could not be reached: ' + err.message, true);
    } finally {
      run.disabled = false;
    }
  });
})();
`;
