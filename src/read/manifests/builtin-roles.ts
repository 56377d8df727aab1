import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestObject } from '../../model/manifest.js';
import { packageRoot } from '../package-dir.js';
import { readManifestText } from './manifest-file.js';
import { ManifestIndex } from './fields.js';

/**
 * The ClusterRoles the API server bootstraps (cluster-admin, admin, edit, view, system:…), shipped as data in
 * the package (data/kubernetes/bootstrap-cluster-roles.yaml, provenance in data/README.md). Repositories bind
 * to them without defining them, so without this a binding to cluster-admin would grant nothing.
 */
export const BUILTIN_ROLES_FILE = 'data/kubernetes/bootstrap-cluster-roles.yaml';

/** The file name the built-in roles' positions carry: never a repository path. */
const SOURCE = `threatcat:${BUILTIN_ROLES_FILE}`;

let cached: ManifestIndex | undefined;

export function isBuiltinRole(o: ManifestObject): boolean {
  return o.position.file === SOURCE;
}

/** Read on first use only: most agents bind only to roles of their own, and validate must stay instant. */
export function builtinClusterRoles(): ManifestIndex {
  if (cached) return cached;
  const abs = join(packageRoot(), BUILTIN_ROLES_FILE);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    // A broken install, not bad user input: say what is missing rather than silently granting nothing.
    throw new Error(`threatcat's built-in ClusterRoles are missing (${abs}): ${(err as Error).message}`);
  }
  const file = readManifestText(text, SOURCE);
  if (file.problems.length > 0 || file.objects.length === 0)
    throw new Error(
      `threatcat's built-in ClusterRoles cannot be read (${abs}): ${file.problems[0]?.message ?? 'empty'}`,
    );
  cached = new ManifestIndex([file]);
  return cached;
}
