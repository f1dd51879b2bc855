/** Runs the built `extract` binary as a child process, the way a user would. Shared by the CLI and HTML tests. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const BIN = join(ROOT, 'bin', 'extract');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Fails early, with the fix, when the package has not been built (`npm test` builds first). */
export function requireBuild(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npx tsc -p .` before the CLI tests');
}

export function runCli(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {},
): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder holding the given files (text or bytes). */
export function fixtureDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Sentences written for these tests. */
export const TEXTS = {
  flood:
    'CAIRO, June 2, 2019 - Floods killed at least 14 people in the Nile delta on Saturday, the Egyptian Red Crescent said.\n\nAbout 3,000 families fled their homes.\n',
  budget: 'The city council of Leeds approved a budget of £12 million on Tuesday.\nMayor Joan Price said 40% of it would go to schools.\n',
};
