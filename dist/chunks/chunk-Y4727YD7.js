import { createRequire as __tcCreateRequire } from 'node:module'; const require = __tcCreateRequire(import.meta.url);

// src/deliver/atomic-write.ts
import { closeSync, mkdirSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
function writeFileAtomic(path, text, opts = {}) {
  if (opts.createDirs) mkdirSync(dirname(path), { recursive: true });
  let mode = 420;
  try {
    mode = statSync(path).mode & 4095;
  } catch {
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let fd;
  try {
    fd = openSync(tmp, "wx", mode);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = void 0;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== void 0) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
    }
    throw err;
  }
}

export {
  writeFileAtomic
};
