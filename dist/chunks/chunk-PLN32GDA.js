import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "threatcat",
  version: "0.1.0",
  description: "Threat-model-as-code for AI agents on Kubernetes: catalogs in git, re-opened by PRs, closed by runtime evidence.",
  type: "module",
  license: "Apache-2.0",
  repository: {
    type: "git",
    url: "git+https://github.com/threatcat/threatcat.git"
  },
  homepage: "https://github.com/threatcat/threatcat#readme",
  bin: {
    threatcat: "bin/threatcat.js"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "bin",
    "dist",
    "schema",
    "templates",
    "catalogs",
    "data"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    "gen:types": "node scripts/gen-types.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    test: "npm run build && npm run typecheck && node scripts/test.mjs",
    "test:unit": "node scripts/test.mjs --unit",
    "test:e2e": "npm run build && node scripts/test.mjs --e2e",
    bench: "npm run build && node bench/run.mjs",
    lint: "biome check && tsc -p tsconfig.json --noEmit",
    format: "biome format --write",
    version: "node scripts/release-urls.mjs",
    fuzz: "node --import tsx --max-old-space-size=4096 scripts/fuzz.mjs"
  },
  devDependencies: {
    "@biomejs/biome": "2.6.9",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "ae-cvss-calculator": "^1.0.13",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    diff: "^8.0.4",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "fastest-levenshtein": "^1.0.16",
    handlebars: "^4.7.10",
    "js-yaml": "^4.3.2",
    "json-schema-to-typescript": "^16.0.0",
    "jsonc-parser": "^3.3.1",
    marked: "^16.4.2",
    mermaid: "^12.3.0",
    picomatch: "^4.0.7",
    "playwright-core": "^1.65.1",
    "simple-git": "^4.0.2",
    tinyglobby: "^0.2.17",
    tsx: "^4.23.15",
    typescript: "~5.9.3",
    yaml: "^2.9.1",
    "yaml-language-server": "^1.25.0"
  }
};

// src/version.ts
var VERSION = package_default.version;
var REPOSITORY = "threatcat/threatcat";
var SCHEMA_BASE_URL = `https://raw.githubusercontent.com/${REPOSITORY}/v${VERSION}/schema/`;
var CATALOG_SCHEMA_URL = `${SCHEMA_BASE_URL}catalog.schema.json`;

export {
  VERSION,
  CATALOG_SCHEMA_URL
};
