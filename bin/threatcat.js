#!/usr/bin/env node
// The bundled CLI (dist/cli.js) is built by `npm run build` and committed, so the bin works straight from a clone.
const { run } = await import('../dist/cli.js');
process.exitCode = await run(process.argv.slice(2));
