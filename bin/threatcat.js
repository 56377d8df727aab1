#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), without the ES module loader: the commands are CommonJS bundles compiled through
// V8's code cache (src/cli/code-cache.ts), dist/validate.cjs for `threatcat validate` (the pre-commit hook, on
// every commit) and dist/cli.cjs for the others. They are built by `npm run build` and committed, so the bin works
// straight from a clone (the pre-commit hook runs it so). The bundles target Node 20: say so plainly rather than
// fail on a syntax error.
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write(
    `threatcat: needs Node.js 20 or later; this is Node.js ${process.versions.node} (${process.execPath})\n`,
  );
  process.exit(2);
}
const argv = process.argv.slice(2);
const boot = require('../dist/boot.cjs');
if (argv[0] === 'validate') boot.validate(argv.slice(1));
else boot.cli(argv);
