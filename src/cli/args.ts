import { parseArgs, type ParseArgsConfig } from 'node:util';
import { distance } from 'fastest-levenshtein';
import { UsageError } from '../model/input-error.js';
import { FAIL_ON, type FailOn } from '../model/finding.js';

/** Options every command takes. */
export const COMMON_OPTIONS = {
  format: { type: 'string' },
  C: { type: 'string', short: 'C' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command as its shell describes it: the name, its `--help` text (whose first paragraph is the usage line). */
export interface CommandSpec {
  name: string;
  help: string;
}

/**
 * A command line the command cannot take (unknown option, missing value, bad combination): said in threatcat's
 * words, followed by the command's usage line, exit 2.
 */
export class ArgumentError extends UsageError {
  constructor(
    readonly command: string,
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'ArgumentError';
  }
}

/** The usage line(s): the help text up to its first blank line. */
export function usageOf(spec: CommandSpec): string {
  return spec.help.split(/\n\s*\n/)[0].trimEnd();
}

export function argumentError(spec: CommandSpec, message: string): ArgumentError {
  return new ArgumentError(spec.name, message, usageOf(spec));
}

export function parseCommandArgs<O extends Options>(spec: CommandSpec, argv: string[], options: O) {
  const all = { ...COMMON_OPTIONS, ...options };
  try {
    return parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (err) {
    throw argumentError(spec, explainParseError(err as Error & { code?: string }, all));
  }
}

/** Node's parseArgs messages ("Unknown option '--fromat'. To specify a positional argument…") in our words. */
function explainParseError(err: Error & { code?: string }, options: Options): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = quoted.split('=')[0];
    const hint = closestOption(given, options);
    return `unknown option ${given}${hint ? ` (did you mean ${hint}?)` : ''}`;
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // "Option '-C, --C <value>' argument missing" / "Option '--write' does not take an argument"
    const name = quoted.replace(/ <value>$/, '').split(', ')[0];
    const long = Object.entries(options).find(([k, o]) => `-${o.short}` === name || `--${k}` === name);
    const shown = long ? optionName(long[0]) : name;
    if (/does not take an argument/.test(err.message)) return `option ${shown} takes no value`;
    return `option ${shown} needs a value`;
  }
  return err.message.replace(/\. To specify a positional argument.*$/s, '');
}

/** `-C` is the one short option spelled like git's; every other option is long. */
function optionName(key: string): string {
  return key.length === 1 ? `-${key}` : `--${key}`;
}

function closestOption(given: string, options: Options): string | undefined {
  const bare = given.replace(/^-+/, '');
  if (bare.length < 2) return undefined;
  return suggest(
    bare,
    Object.keys(options).filter((k) => k.length > 1),
  )?.replace(/^/, '--');
}

/**
 * The known word closest to a mistyped one, if it is close enough to be what was meant: at most a third of its
 * letters differ (a swapped pair counts as two), and it is the only candidate at that distance.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const scored = candidates.map((c) => ({ c, d: distance(w, c.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(best.c.length / 3));
  if (best.d > limit) return undefined;
  if (scored[1] && scored[1].d === best.d) return undefined;
  return best.c;
}

/** " (did you mean x?)" when a known word is close, else "". */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const hint = suggest(word, candidates);
  return hint ? ` (did you mean ${hint}?)` : '';
}

/** Short names `--format` takes for a format wherever that format is offered (`md` for `markdown`). */
const FORMAT_ALIASES: Record<string, string> = { md: 'markdown' };

export function pickFormat<F extends string>(
  spec: CommandSpec,
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  const alias = Object.hasOwn(FORMAT_ALIASES, value) ? FORMAT_ALIASES[value] : undefined;
  if (alias !== undefined && (allowed as readonly string[]).includes(alias)) return alias as F;
  if (!(allowed as readonly string[]).includes(value)) {
    throw argumentError(spec, `--format ${value}: expected one of ${allowed.join(', ')}${didYouMean(value, allowed)}`);
  }
  return value as F;
}

/** `--fail-on error|warning|never`: when findings fail the command (exit 1), as the Action's `fail-on` input. */
export function pickFailOn(spec: CommandSpec, value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  if (!(FAIL_ON as readonly string[]).includes(value)) {
    throw argumentError(spec, `--fail-on ${value}: expected one of ${FAIL_ON.join(', ')}${didYouMean(value, FAIL_ON)}`);
  }
  return value as FailOn;
}
