/** Browser provisioning: what `npm test` does about missing browsers, decided without installing anything. */
import { BROWSERS, type Host, planBrowsers } from '../../scripts/browsers-plan';
import { provision } from '../../scripts/browsers';

const both = Object.values(BROWSERS);

function host(files: string[], opts: Partial<Host> = {}): Host {
  const set = new Set(files);
  return { env: {}, exists: (p) => set.has(p), isRoot: true, hasApt: true, ...opts };
}

test.each([
  ['both present', host(['/usr/bin/chromium', '/usr/bin/firefox-esr']), 'ready', ''],
  [
    'both present, as a user without apt',
    host(['/usr/bin/chromium', '/usr/bin/firefox-esr'], { isRoot: false, hasApt: false }),
    'ready',
    '',
  ],
  ['Firefox missing, as root with apt', host(['/usr/bin/chromium']), 'install', 'firefox-esr'],
  ['both missing, as root with apt', host([]), 'install', 'chromium firefox-esr'],
  [
    'Chromium missing, as a user',
    host(['/usr/bin/firefox-esr'], { isRoot: false }),
    'fail',
    'Install them with: sudo apt-get update && sudo apt-get install -y chromium',
  ],
  [
    'both missing, as root without apt',
    host([], { hasApt: false }),
    'fail',
    'CHROMIUM_PATH=/path/to/chromium FIREFOX_PATH=/path/to/firefox-esr',
  ],
  [
    'CHROMIUM_PATH set to another binary that is there',
    host(['/opt/chrome', '/usr/bin/firefox-esr'], { env: { CHROMIUM_PATH: '/opt/chrome' } }),
    'ready',
    '',
  ],
  [
    'CHROMIUM_PATH set to nothing, with Debian Chromium there',
    host(['/usr/bin/chromium', '/usr/bin/firefox-esr'], { env: { CHROMIUM_PATH: '/nowhere' } }),
    'fail',
    'CHROMIUM_PATH is set to /nowhere',
  ],
])('%s: %s', (_what, h, action, detail) => {
  const plan = planBrowsers(h, both);
  expect(plan.action).toBe(action);
  if (plan.action === 'install') expect(plan.packages.join(' ')).toBe(detail);
  if (plan.action === 'fail') expect(plan.message).toContain(detail);
});

test('npm start asks for Chromium only, so a missing Firefox does not stop it', () => {
  expect(planBrowsers(host(['/usr/bin/chromium']), [BROWSERS.chromium]).action).toBe('ready');
});

describe('provision', () => {
  test('as root with apt, updates then installs the missing package, says so in one line, and checks the result', () => {
    const files = new Set(['/usr/bin/chromium']);
    const ran: string[] = [];
    const log: string[] = [];
    const h = host([], { exists: (p) => files.has(p) });
    const error = provision(
      h,
      both,
      (argv) => {
        ran.push(argv.join(' '));
        if (argv[1] === 'install') files.add('/usr/bin/firefox-esr');
        return true;
      },
      (line: string) => log.push(line),
    );
    expect(error).toBeUndefined();
    expect(ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq firefox-esr']);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/firefox-esr/);
  });

  test('reports an install that succeeded but left the browser missing', () => {
    expect(
      provision(
        host([]),
        both,
        () => true,
        () => undefined,
      ),
    ).toMatch(/still missing/);
  });

  test('reports a failing apt-get with its command', () => {
    expect(
      provision(
        host([]),
        both,
        (argv) => argv[1] !== 'update',
        () => undefined,
      ),
    ).toMatch(/"apt-get update -qq" failed/);
  });

  test('runs nothing when a user lacks a browser: the message is the answer', () => {
    const ran: string[][] = [];
    const error = provision(host([], { isRoot: false }), both, (argv) => (ran.push(argv), true));
    expect(ran).toEqual([]);
    expect(error).toMatch(/sudo apt-get install -y chromium firefox-esr/);
  });
});
