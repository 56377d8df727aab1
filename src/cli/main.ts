import { processIo, EXIT, type Io } from './io.js';
import { suggest } from './args.js';
import { reportFailure } from './failure.js';

export type Command = (argv: string[], io: Io) => Promise<number>;

/** Commands load lazily: the pre-commit hook pays only for `validate`. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: 'check catalogs against the schema and the semantic rules',
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  diff: {
    summary: 'agent-surface changes between two git states, and the threats they re-open',
    load: async () => (await import('./commands/diff.js')).diffCommand,
  },
  ingest: {
    summary: 'runtime evidence: close, re-open, find dormant permissions; --commit records it',
    load: async () => (await import('./commands/ingest.js')).ingestCommand,
  },
  report: {
    summary: 'the whole picture for people: markdown, self-contained html, or json',
    load: async () => (await import('./commands/report.js')).reportCommand,
  },
  init: {
    summary: 'write a Day-1 catalog for an agent from its manifests',
    load: async () => (await import('./commands/init.js')).initCommand,
  },
  action: {
    summary: "the GitHub Action's entry (reads the runner's environment)",
    load: async () => (await import('./commands/action.js')).actionCommand,
  },
};

export { VERSION } from '../version.js';
import { VERSION } from '../version.js';
import { oneLine } from '../model/inert-text.js';

const USAGE = `threatcat ${VERSION}: threat-model-as-code for AI agents on Kubernetes

Usage: threatcat <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Every command takes --format, -C DIR (repository root, default .) and --config FILE.
Exit codes: 0 clean, 1 findings that fail the check, 2 usage error or unreadable input.
Run 'threatcat help <command>' (or 'threatcat <command> --help') for a command's options.
`;

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name ? EXIT.clean : EXIT.usage;
  }
  if (name === 'help') {
    // `help <command>` is `<command> --help`, as in git and npm.
    if (rest.length === 0) {
      io.stdout(USAGE);
      return EXIT.clean;
    }
    return Object.hasOwn(COMMANDS, rest[0]) ? run([rest[0], '--help'], io) : unknownCommand(rest[0], io);
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT.clean;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) return unknownCommand(name, io);
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (err) {
    return reportFailure(err, io);
  }
}

/** One line that says what was not understood and what was probably meant, not the whole usage again. */
function unknownCommand(name: string, io: Io): number {
  const names = Object.keys(COMMANDS);
  if (name.startsWith('-')) {
    io.stderr(
      `threatcat: ${name} goes after the command (threatcat <command> [options]); the commands: ${names.join(', ')}\nRun 'threatcat --help' for what each does.\n`,
    );
    return EXIT.usage;
  }
  const hint = suggest(name, names);
  io.stderr(
    `threatcat: unknown command '${oneLine(name)}'${hint ? `; did you mean '${hint}'?` : ''}\nThe commands: ${names.join(', ')}. Run 'threatcat --help' for what each does.\n`,
  );
  return EXIT.usage;
}
