#!/usr/bin/env node
// The bundled CLI (dist/cli.js) is built by `npm run build` and committed, so the bin works straight from a clone
// (the pre-commit hook runs it so). The bundle targets Node 20: say so plainly rather than fail on a syntax error.
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write(
    `threatcat: needs Node.js 20 or later; this is Node.js ${process.versions.node} (${process.execPath})\n`,
  );
  process.exit(2);
}
const { run } = await import('../dist/cli.js');
process.exitCode = await run(process.argv.slice(2));
