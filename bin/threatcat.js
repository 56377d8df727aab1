#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), so that `threatcat validate` (the pre-commit hook, on every commit) starts without
// the ES module loader: dist/validate.cjs is compiled through V8's code cache (src/cli/code-cache.ts). The other
// commands load the ES module bundle dist/cli.js. Both are built by `npm run build` and committed, so the bin works
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
if (argv[0] === 'validate') {
  require('../dist/validate-boot.cjs').main(argv.slice(1));
} else {
  import('../dist/cli.js').then(async ({ run }) => {
    process.exitCode = await run(argv);
  });
}
