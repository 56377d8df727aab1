// `npm version` runs this (package.json "version" script): the published URLs name the release they belong to, so
// a new version rewrites them — every schema's $id and its links to the docs, and docs/editors.md — and the
// script stages the files for the version commit. test/editor.test.ts fails if one names another release.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const RELEASE = /(threatcat\/threatcat\/(?:blob\/)?)v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\//g;

const files = [
  ...readdirSync(`${root}schema`)
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => `schema/${f}`),
  'docs/editors.md',
];
const changed = [];
for (const file of files) {
  const before = readFileSync(`${root}${file}`, 'utf8');
  const after = before.replace(RELEASE, `$1v${version}/`);
  if (after !== before) {
    writeFileSync(`${root}${file}`, after);
    changed.push(file);
  }
}
if (changed.length > 0 && process.env.npm_lifecycle_event === 'version')
  execFileSync('git', ['add', '--', ...changed], { cwd: root, stdio: 'inherit' });
console.log(`release URLs at v${version}: ${changed.length ? changed.join(', ') : 'already'}`);
