import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');

let lib: YamlLib | undefined;

/**
 * The `yaml` library for the renderers that write YAML, loaded on first use: `validate` imports the editor for
 * --fix, and a plain run must not pay for initialising `yaml` at start-up (the pre-commit hook). The same lazy
 * require as src/read/yaml-lazy.ts (render may not import read).
 */
export function yamlLib(): YamlLib {
  if (!lib) {
    lib = (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as YamlLib;
  }
  return lib;
}
