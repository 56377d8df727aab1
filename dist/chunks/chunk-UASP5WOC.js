import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// src/cli/io.ts
function processIo() {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    now: () => process.env.THREATCAT_NOW ? new Date(process.env.THREATCAT_NOW) : /* @__PURE__ */ new Date(),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY)
  };
}
var EXIT = { clean: 0, findings: 1, usage: 2 };

export {
  processIo,
  EXIT
};
