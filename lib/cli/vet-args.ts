export class UsageError extends Error {}

export interface VetArgs {
  url: URL | null;
  now: Date;
  json: boolean;
  briefFile: string | null;
  files: string[];
}

export const USAGE = 'usage: npm run --silent vet -- [--url URL] [--now ISO] [--brief FILE] [--json] FILE...';

/** Parse the command line; `now` defaults to the clock only here, at the program's edge. */
export function parseVetArgs(argv: readonly string[], clock: () => Date = () => new Date()): VetArgs {
  const args: VetArgs = { url: null, now: clock(), json: false, briefFile: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value. ${USAGE}`);
      return next;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--url') {
      try {
        args.url = new URL(value());
      } catch {
        throw new UsageError(`--url is not a URL. ${USAGE}`);
      }
    } else if (arg === '--now') {
      const now = new Date(value());
      if (Number.isNaN(now.getTime())) throw new UsageError(`--now is not an ISO date. ${USAGE}`);
      args.now = now;
    } else if (arg === '--brief') args.briefFile = value();
    else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}. ${USAGE}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError(`no file given. ${USAGE}`);
  return args;
}
