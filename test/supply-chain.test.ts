import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures.js';

const USES = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/;

/** `uses:` lines of the workflows and of the documented examples: [file:line, target, rest of line]. */
function usesLines(files: string[]): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const file of files) {
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = USES.exec(line);
        if (m) out.push([`${file}:${i + 1}`, m[1], m[2]]);
      });
  }
  return out;
}

test("every third-party action in threatcat's workflows and documented examples is pinned by full commit SHA, with its version beside it", () => {
  const workflows = readdirSync(join(ROOT, '.github/workflows')).map((f) => `.github/workflows/${f}`);
  const lines = usesLines([...workflows, 'docs/action.md', 'README.md']);
  assert.ok(lines.length >= 10);
  for (const [where, target, rest] of lines) {
    // The Action itself in its own CI (uses: ./) and threatcat's placeholders in the docs are the exceptions.
    if (target === './' || target.startsWith('threatcat/threatcat@')) continue;
    assert.match(target, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, `${where}: ${target} is not pinned by commit SHA`);
    assert.match(rest, /^\s+# v\d+\.\d+\.\d+/, `${where}: the version the SHA was, as a comment`);
  }
});

test('the docs show the threatcat Action pinned by tag and by the commit SHA of its own release', () => {
  for (const file of ['docs/action.md', 'README.md']) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    assert.match(text, /threatcat\/threatcat@v0\.1\.0/, `${file}: by tag`);
    assert.match(text, /threatcat\/threatcat@<40-character SHA[^>]*>\s+# v0\.1\.0/, `${file}: by SHA`);
    assert.match(text, /threatcat's own release/, `${file}: whose SHA it is`);
  }
});
