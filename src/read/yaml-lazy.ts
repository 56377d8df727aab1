import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');

let lib: YamlLib | undefined;

/**
 * The `yaml` library, loaded on first use. Validation parses with js-yaml and needs `yaml` (node ranges) only to
 * name the line of a finding, so a clean run never pays for loading it (~20-40 ms at start-up, perf-limits §3).
 * In the bundle, esbuild turns this global require() into a lazily initialised bundled module; outside it (tests
 * under tsx, where ESM has no require) createRequire loads the same CommonJS build from node_modules.
 */
export function yamlLib(): YamlLib {
  if (!lib) {
    lib = (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as YamlLib;
  }
  return lib;
}
