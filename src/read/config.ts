import { existsSync } from 'node:fs';
import { join } from 'node:path';
import validateConfig from '../generated/config-validator.js';
import type { Severity } from '../model/finding.js';
import { readTextFile } from './text-file.js';
import { makeLocator, parseSingleDocument } from './yaml-document.js';
import { InputError } from './input-error.js';

export const CONFIG_FILE = '.threatcat.yaml';

export interface Config {
  catalogs: string[];
  exclude: string[];
  rules: Record<string, Severity | 'off'>;
  acceptanceWarningDays: number;
  maxEvidenceAgeDays: number;
}

export const DEFAULT_CONFIG: Config = {
  catalogs: ['**/*.threats.yaml', '**/*.threats.yml'],
  exclude: [],
  rules: {},
  acceptanceWarningDays: 14,
  maxEvidenceAgeDays: 30,
};

/** Reads `.threatcat.yaml` at the repository root (or the file given); absent means defaults. */
export function readConfig(root: string, explicitPath?: string): Config {
  const absPath = explicitPath ?? join(root, CONFIG_FILE);
  const display = explicitPath ?? CONFIG_FILE;
  if (!explicitPath && !existsSync(absPath)) return { ...DEFAULT_CONFIG };
  const text = readTextFile(absPath, display);
  const data = parseSingleDocument(text, display);
  if (!validateConfig(data)) {
    const err = validateConfig.errors![0];
    const path = err.instancePath.split('/').slice(1).map(decodeURIComponent);
    if (err.keyword === 'additionalProperties') path.push((err.params as { additionalProperty: string }).additionalProperty);
    const at = makeLocator(text, display)(path, { key: err.keyword === 'additionalProperties' });
    const where = path.length ? path.join('.') : 'the configuration';
    const message = err.keyword === 'additionalProperties' ? `unknown key '${path[path.length - 1]}'` : `${where} ${err.message}`;
    throw new InputError(at, `invalid configuration: ${message}`);
  }
  return { ...DEFAULT_CONFIG, ...(data as Partial<Config>) };
}
