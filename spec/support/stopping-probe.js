/**
 * Run by spec/server.test.ts in its own process (fastify's inject cannot load under jest): starts the built
 * server, sends a long request, stops the server while it runs, injects a request during the stop, and prints
 * the statuses as JSON.
 */
const { join } = require('node:path');
const { createServer } = require(join(__dirname, '..', '..', 'dist', 'server', 'app.js'));
const { makeCorpus } = require(join(__dirname, '..', '..', 'bench', 'corpus.js'));

(async () => {
  const server = createServer({ port: 0, jobs: 1 });
  const url = await server.listen();
  await server.ready();
  const inFlight = fetch(`${url}/v1/extract`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: makeCorpus(300_000, 5) }),
  });
  while (!server.pool.running) await new Promise((resolve) => setTimeout(resolve, 5));
  const stopped = server.stop();
  const late = await server.app.inject({ method: 'POST', url: '/v1/extract', payload: { text: 'a' } });
  const done = await inFlight;
  const records = (await done.json()).records.length;
  await stopped;
  process.stdout.write(JSON.stringify({ late: [late.statusCode, late.json().error.code], inFlight: [done.status, records] }));
})();
