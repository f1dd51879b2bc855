/** Preloaded by bench/compare.js (`node -r`): the process's peak RSS (KB, worker threads included) on stderr at exit. */
process.on('exit', () => process.stderr.write(`peak-rss ${process.resourceUsage().maxRSS}\n`));
