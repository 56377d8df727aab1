// The GitHub Action's entry (bundled to dist/action.js; action.yml runs it with node24).
import { actionEntry } from './entry.js';

const code = await actionEntry({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  now: () => (process.env.THREATCAT_NOW ? new Date(process.env.THREATCAT_NOW) : new Date()),
});
// Octokit's throttling may keep timers alive: exit once stdout is flushed.
process.stdout.write('', () => process.exit(code));
