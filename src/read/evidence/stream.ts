import { createHash } from 'node:crypto';
import { constants, createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../model/input-error.js';

export interface StreamInfo {
  /** sha256 of the file's bytes as given (compressed bytes for a .gz), "sha256:<hex>". */
  digest: string;
  bytes: number;
  gzip: boolean;
  /** Set when the gzip stream broke off: what was decompressed before was read. */
  corrupt?: string;
}

const HIGH_WATER_MARK = 1024 * 1024;

/**
 * How far a .gz may expand: a gzip bomb (a few MiB of gzip holding GiB of short lines) would otherwise cost hours of
 * parsing for a file that looks small. Audit logs compress 10 to 50 times; deflate at most about 1,000 times. Up to
 * GZIP_FLOOR_BYTES is always read, so a small, very repetitive file is not cut short. A genuine file past the bound
 * is read in full once decompressed (a plain file has no such bound).
 */
export const GZIP_MAX_RATIO = 100;
const GZIP_FLOOR_BYTES = 64 * 1024 * 1024;

/**
 * Streams a file's content (gunzipped when it starts with the gzip magic, whatever its name) in chunks,
 * hashing the raw bytes on the way. Memory: one chunk at a time.
 */
/** How far into a file the stream is: bytes of the file as stored (compressed for a .gz) out of its size. */
export interface StreamProgress {
  read: number;
  size: number;
  gzip: boolean;
  /** Bytes handed to the reader so far (decompressed for a .gz). */
  decompressed: number;
}

export async function streamFile(
  abs: string,
  display: string,
  /** May return a promise: the next chunk is read once it settles (a consumer that is behind slows the read). */
  onChunk: (chunk: Buffer) => void | Promise<void>,
  onProgress?: (p: StreamProgress) => void,
): Promise<StreamInfo> {
  const at = { file: display, line: 1, column: 1 };
  let gzip = false;
  let size = 0;
  try {
    checkEvidenceFile(abs, display);
    size = statSync(abs).size;
    const fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const magic = Buffer.alloc(2);
    const n = readSync(fd, magic, 0, 2, 0);
    closeSync(fd);
    gzip = n === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      at,
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read file (${code})`,
    );
  }
  const hash = createHash('sha256');
  let bytes = 0;
  const raw = createReadStream(abs, { highWaterMark: HIGH_WATER_MARK });
  let decompressed = 0;
  const seeRaw = (c: Buffer) => {
    hash.update(c);
    bytes += c.length;
    // The percentage is of the file as stored: a .gz is read at its compressed size, whatever it expands to.
    onProgress?.({ read: bytes, size, gzip, decompressed });
  };
  const deliver = (c: Buffer) => {
    decompressed += c.length;
    return onChunk(c);
  };
  let corrupt: string | undefined;
  try {
    if (gzip) {
      // pipe() reads the raw stream through 'data' events; this listener only watches them go by.
      raw.on('data', (c) => seeRaw(c as Buffer));
      const rawDone = new Promise<void>((res, rej) => {
        raw.on('end', res);
        raw.on('error', rej);
      });
      const gunzip = createGunzip({ chunkSize: 256 * 1024 });
      raw.pipe(gunzip);
      let consumerFailed: { err: unknown } | undefined;
      const maxOut = Math.max(GZIP_FLOOR_BYTES, GZIP_MAX_RATIO * size);
      try {
        for await (const chunk of gunzip) {
          if (decompressed + (chunk as Buffer).length > maxOut) {
            corrupt = `gzip data expands past ${maxOut} bytes (the limit: ${maxOut === GZIP_FLOOR_BYTES ? `${GZIP_FLOOR_BYTES / 1024 / 1024} MiB for a small file` : `${GZIP_MAX_RATIO} times the file's size`}; a gzip bomb?); the rest of the file was not read: give it decompressed if it is genuine`;
            break;
          }
          const busy = deliver(chunk as Buffer);
          if (busy)
            await busy.catch((err: unknown) => {
              consumerFailed = { err };
              throw err;
            });
        }
      } catch (err) {
        // The consumer's own failure is not the archive's.
        if (consumerFailed) {
          raw.destroy();
          throw consumerFailed.err;
        }
        // A truncated or damaged archive (a log copied while written): keep what was read, hash the rest.
        corrupt = `corrupt gzip data (${(err as Error).message}); the rest of the file was not read`;
      }
      if (corrupt) {
        // The rest of the file is still hashed (the digest is of the file as given), not decompressed.
        raw.unpipe(gunzip);
        gunzip.destroy();
        raw.resume();
      }
      await rawDone;
    } else {
      for await (const chunk of raw) {
        const busy = deliver(chunk as Buffer);
        seeRaw(chunk as Buffer);
        if (busy) await busy;
      }
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(at, `read failed: ${(err as Error).message}`);
  }
  // Decompression trails the compressed bytes: the last word on a file is said once both are done.
  onProgress?.({ read: bytes, size, gzip, decompressed });
  return { digest: `sha256:${hash.digest('hex')}`, bytes, gzip, corrupt };
}

/**
 * An evidence path must be a regular file: a FIFO would block the read, a device (/dev/zero) never ends.
 * Checked for every path before any is read, so a bad last argument does not cost a long read first.
 */
export function checkEvidenceFile(abs: string, display: string): void {
  const at = { file: display, line: 1, column: 1 };
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      at,
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read file (${code})`,
    );
  }
  if (st.isDirectory()) throw new InputError(at, 'is a directory, not an evidence file');
  if (!st.isFile())
    throw new InputError(at, 'is not a regular file (a FIFO, socket or device); save the evidence to a file first');
}

/** The digest of a snapshot made of several files: one file's own digest, else sha256 of the sorted digests. */
export function combineDigests(digests: string[]): string {
  if (digests.length === 1) return digests[0];
  const lines = [...digests].sort().join('\n');
  return `sha256:${createHash('sha256').update(lines).digest('hex')}`;
}
