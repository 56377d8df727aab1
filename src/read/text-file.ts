import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../model/input-error.js';

/** Catalogs and manifests are hand-written text; anything larger is a mistake or an attack. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

/**
 * Reads a UTF-8 text file for parsing. Directories, missing files, oversized files, binary content
 * and invalid UTF-8 become an InputError naming the file.
 */
export function readTextFile(absPath: string, displayPath: string): string {
  const at = { file: displayPath, line: 1, column: 1 };
  let size: number;
  try {
    const st = statSync(absPath);
    if (st.isDirectory()) throw new InputError(at, 'is a directory, not a YAML file');
    if (!st.isFile()) throw new InputError(at, 'is not a regular file');
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(at, describeFsError(err));
  }
  if (size > MAX_TEXT_BYTES) {
    throw new InputError(at, `file is ${size} bytes; the limit for a YAML file is ${MAX_TEXT_BYTES} bytes`);
  }
  let buf: Buffer;
  try {
    buf = readFileSync(absPath);
  } catch (err) {
    throw new InputError(at, describeFsError(err));
  }
  return decodeText(buf, displayPath);
}

export function decodeText(buf: Buffer, displayPath: string): string {
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    throw new InputError(positionOfByte(buf, nul, displayPath), 'binary file (NUL byte); expected UTF-8 YAML text');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new InputError({ file: displayPath, line: 1, column: 1 }, 'not valid UTF-8 text; expected a YAML file');
  }
}

function positionOfByte(buf: Buffer, offset: number, file: string) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (buf[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, line, column: offset - lineStart + 1 };
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a YAML file';
  return `cannot read file (${code ?? 'unknown error'})`;
}
