/** The scripts' command-line options. */

/** The value after `--name` on the command line, if it is there. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
