/**
 * What `npm test` and `npm start` must do to have their real browsers: nothing,
 * install the missing ones from Debian's packages, or stop and say how. Pure:
 * the host is described by the caller, so the decision is tested without
 * installing anything.
 */

/** A browser the end-to-end tests drive, and where it is looked for. */
export interface Browser {
  /** Debian's package that provides it. */
  pkg: 'chromium' | 'firefox-esr';
  /** The variable that points the tests at another binary. */
  env: 'CHROMIUM_PATH' | 'FIREFOX_PATH';
  /** Where Debian's package puts it. */
  path: string;
}

export const BROWSERS: Record<'chromium' | 'firefox', Browser> = {
  chromium: { pkg: 'chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium' },
  firefox: { pkg: 'firefox-esr', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr' },
};

/** What the caller knows of the machine. */
export interface Host {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  isRoot: boolean;
  /** Whether Debian's (or Ubuntu's) apt-get is there. */
  hasApt: boolean;
}

export type Plan =
  { action: 'ready' } | { action: 'install'; packages: string[]; commands: string[][] } | { action: 'fail'; message: string };

/** The binary the tests will use for a browser: the variable's, else Debian's. */
export function browserPath(b: Browser, env: Host['env']): string {
  return env[b.env] || b.path;
}

/** Decides what to do about the browsers `wanted`. */
export function planBrowsers(host: Host, wanted: Browser[]): Plan {
  const missing = wanted.filter((b) => !host.exists(browserPath(b, host.env)));
  if (missing.length === 0) return { action: 'ready' };
  // A path the reader set on purpose is not ours to replace with a package.
  const wrongPath = missing.find((b) => host.env[b.env]);
  if (wrongPath) {
    return { action: 'fail', message: `${wrongPath.env} is set to ${host.env[wrongPath.env]}, and there is no file there.` };
  }
  const packages = missing.map((b) => b.pkg);
  const install = `apt-get install -y ${packages.join(' ')}`;
  if (!host.hasApt) {
    const vars = missing.map((b) => `${b.env}=/path/to/${b.pkg}`).join(' ');
    return {
      action: 'fail',
      message: `Missing ${packages.join(' and ')} for the end-to-end tests, and this is not a Debian or Ubuntu machine. Install them, then run: ${vars} npm test`,
    };
  }
  if (!host.isRoot) {
    return {
      action: 'fail',
      message: `Missing ${packages.join(' and ')} for the end-to-end tests. Install them with: sudo apt-get update && sudo ${install}`,
    };
  }
  return {
    action: 'install',
    packages,
    commands: [
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', ...packages],
    ],
  };
}
