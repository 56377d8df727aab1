import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import validateConfig from '../generated/config-validator.js';
import type { Severity } from '../model/finding.js';
import { readTextFile } from './text-file.js';
import { patternLeavesRoot } from './repo-file.js';
import { makeLocator, parseSingleDocument } from './yaml-document.js';
import { InputError } from '../model/input-error.js';

export const CONFIG_FILE = '.threatcat.yaml';

export interface Config {
  catalogs: string[];
  exclude: string[];
  rules: Record<string, Severity | 'off'>;
  acceptanceWarningDays: number;
  maxEvidenceAgeDays: number;
  /** Days a newly found dormant permission has for a disposition before dormant-without-disposition is an error. */
  dormantTriageDays: number;
}

export const DEFAULT_CONFIG: Config = {
  catalogs: ['**/*.threats.yaml', '**/*.threats.yml'],
  exclude: [],
  rules: {},
  acceptanceWarningDays: 14,
  maxEvidenceAgeDays: 30,
  dormantTriageDays: 14,
};

/**
 * Reads `.threatcat.yaml` at the repository root, or the file given (absolute, or relative to the root);
 * absent means defaults. With `ruleIds`, a severity for a rule that does not exist is an error (a typo would
 * otherwise silently change nothing).
 */
export function readConfig(root: string, explicitPath?: string, opts: { ruleIds?: readonly string[] } = {}): Config {
  const absPath = explicitPath ? resolve(root, explicitPath) : join(root, CONFIG_FILE);
  const inRoot = relative(root, absPath);
  const display = inRoot && !inRoot.startsWith('..') && !isAbsolute(inRoot) ? inRoot.split(sep).join('/') : absPath;
  if (!explicitPath && !existsSync(absPath)) return { ...DEFAULT_CONFIG };
  // The default file is the repository's own (a pull request can replace it with a link); --config is the user's.
  const text = readTextFile(absPath, display, { root: explicitPath ? undefined : root });
  // A config file with nothing set (or only comments) means the defaults, not an error.
  if (/^\s*$/.test(text.replace(/^\s*#.*$/gm, ''))) return { ...DEFAULT_CONFIG };
  const data = parseSingleDocument(text, display);
  const locate = makeLocator(text, display);
  if (!validateConfig(data)) {
    const err = validateConfig.errors![0];
    const path = err.instancePath.split('/').slice(1).map(decodeURIComponent);
    if (err.keyword === 'additionalProperties')
      path.push((err.params as { additionalProperty: string }).additionalProperty);
    const at = locate(path, { key: err.keyword === 'additionalProperties' });
    const where = path.length ? path.join('.') : 'the configuration';
    const message =
      err.keyword === 'additionalProperties'
        ? `unknown key '${path[path.length - 1]}'`
        : err.keyword === 'enum'
          ? `${where} must be one of ${(err.params as { allowedValues: string[] }).allowedValues.join(', ')}; got ${JSON.stringify(err.data)}`
          : `${where} ${err.message}`;
    throw new InputError(at, `invalid configuration: ${message}`);
  }
  const config = { ...DEFAULT_CONFIG, ...(data as Partial<Config>) };
  // The configuration can come from a pull request: a catalog glob must not walk (or probe) the file system.
  const outside = config.catalogs.findIndex((p) => patternLeavesRoot(root, root, p));
  if (outside !== -1) {
    throw new InputError(
      locate(['catalogs', outside]),
      `invalid configuration: catalogs pattern '${config.catalogs[outside]}' points outside the repository (patterns are relative to the repository root)`,
    );
  }
  if (opts.ruleIds) {
    const unknown = Object.keys(config.rules).find((id) => !opts.ruleIds!.includes(id));
    if (unknown !== undefined) {
      throw new InputError(
        locate(['rules', unknown], { key: true }),
        `invalid configuration: unknown rule '${unknown}' in rules (rules: ${[...opts.ruleIds].sort().join(', ')})`,
      );
    }
  }
  return config;
}
