import { isUtf8 } from 'node:buffer';
import { InputError } from '../model/input-error.js';
import { LIMITS } from './limits.js';
import { readRepoFile } from './repo-file.js';

/** Catalogs and manifests are hand-written text; anything larger is a mistake or an attack. */
export const MAX_TEXT_BYTES = LIMITS.fileBytes;

/**
 * Reads a UTF-8 YAML (or JSON) text file for parsing, through the one repository-file reader (readRepoFile):
 * with `root`, a file that resolves outside it is refused. Directories, special files, missing files, oversized
 * files, binary content and invalid UTF-8 become an InputError naming the file.
 */
export function readTextFile(absPath: string, displayPath: string, opts: { root?: string } = {}): string {
  return decodeText(readRepoFile(absPath, displayPath, { root: opts.root, what: 'a YAML file' }), displayPath);
}

/**
 * UTF-8 text for the YAML parsers. Also refused: a second byte-order mark (the parsers disagree on it, and the
 * comment-preserving writer could not edit the file validate passed) and a line break that is a lone carriage
 * return (js-yaml reads it as a line break, `yaml` and every line-based tool do not).
 */
export function decodeText(buf: Buffer, displayPath: string): string {
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    throw new InputError(positionOfByte(buf, nul, displayPath), 'binary file (NUL byte); expected UTF-8 YAML text');
  }
  // toString keeps a byte-order mark in the text: it is counted here, not dropped silently. It also turns each
  // invalid byte sequence into U+FFFD, so only a text holding one can be invalid: the strict check (the same as a
  // fatal TextDecoder, without the ~10 ms its first use costs) reads the bytes a second time only then.
  let text = buf.toString('utf8');
  if (text.includes('\uFFFD') && !isUtf8(buf)) {
    throw new InputError({ file: displayPath, line: 1, column: 1 }, 'not valid UTF-8 text; expected a YAML file');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.charCodeAt(0) === 0xfeff) {
    throw new InputError({ file: displayPath, line: 1, column: 1 }, 'two byte-order marks at the start; remove one');
  }
  for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== 10) {
      const before = text.slice(0, cr);
      const line = before.split('\n').length;
      throw new InputError(
        { file: displayPath, line, column: cr - before.lastIndexOf('\n') },
        'line break is a lone carriage return (CR); use LF or CRLF line endings',
      );
    }
  }
  return text;
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
