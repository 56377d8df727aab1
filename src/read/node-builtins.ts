import { createRequire } from 'node:module';

/**
 * Node built-ins that validate rarely needs, loaded on first use. node:child_process alone brings in net,
 * dgram and the stream modules at start-up, for a git grep or a kustomize build that a clean pre-commit run of a
 * small repository never starts.
 */
const load = createRequire(import.meta.url);

let cp: typeof import('node:child_process') | undefined;
export const childProcess = (): typeof import('node:child_process') =>
  (cp ??= load('node:child_process') as typeof import('node:child_process'));

let fsp: typeof import('node:fs/promises') | undefined;
export const fsPromises = (): typeof import('node:fs/promises') =>
  (fsp ??= load('node:fs/promises') as typeof import('node:fs/promises'));

let os: typeof import('node:os') | undefined;
export const nodeOs = (): typeof import('node:os') => (os ??= load('node:os') as typeof import('node:os'));

let wt: typeof import('node:worker_threads') | undefined;
export const workerThreads = (): typeof import('node:worker_threads') =>
  (wt ??= load('node:worker_threads') as typeof import('node:worker_threads'));

let net: typeof import('node:net') | undefined;
export const nodeNet = (): typeof import('node:net') => (net ??= load('node:net') as typeof import('node:net'));
