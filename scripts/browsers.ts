/**
 * `npm test` and `npm start` begin here: make sure the real browsers are on the
 * machine. As root on Debian or Ubuntu it installs the missing ones with apt-get
 * and says so in one line; anywhere else it stops at once with the command to run.
 *
 *   tsx scripts/browsers.ts             Chromium and Firefox ESR (npm test)
 *   tsx scripts/browsers.ts chromium    Chromium only (npm start)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BROWSERS, type Browser, type Host, planBrowsers } from './browsers-plan';

/** The real machine. */
export function thisHost(): Host {
  return { env: process.env, exists: existsSync, isRoot: process.getuid?.() === 0, hasApt: existsSync('/usr/bin/apt-get') };
}

/** What running a command does; the tests pass a recorder instead. */
export type Run = (argv: string[]) => boolean;

const runQuietly: Run = ([cmd, ...args]) =>
  spawnSync(cmd!, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status ===
  0;

/** Follows the plan; returns an error message, or undefined once every browser is there. */
export function provision(host: Host, wanted: Browser[], run: Run = runQuietly, log = console.log): string | undefined {
  const plan = planBrowsers(host, wanted);
  if (plan.action === 'ready') return undefined;
  if (plan.action === 'fail') return plan.message;
  log(`Installing Debian's ${plan.packages.join(' and ')} for the end-to-end tests (apt-get, as root)...`);
  for (const argv of plan.commands) {
    if (!run(argv)) return `"${argv.join(' ')}" failed; run it yourself to see why.`;
  }
  // Trust the machine, not the exit code: the binaries must now be where the tests look.
  const after = planBrowsers(host, wanted);
  return after.action === 'ready' ? undefined : `apt-get installed ${plan.packages.join(' and ')}, but they are still missing.`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const names = process.argv.slice(2);
  const wanted = names.length ? names.map((n) => BROWSERS[n as keyof typeof BROWSERS]) : Object.values(BROWSERS);
  if (wanted.some((b) => !b)) {
    console.error(`Unknown browser in "${names.join(' ')}"; expected: ${Object.keys(BROWSERS).join(', ')}.`);
    process.exit(2);
  }
  const error = provision(thisHost(), wanted);
  if (error) {
    console.error(error);
    process.exit(1);
  }
}
