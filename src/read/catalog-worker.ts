// Entry of the catalog reader thread (started by catalog-prefetch.ts): claims the next catalog from the shared
// counter, reads and parses it exactly as readCatalogFile would on the main thread, and posts what it got.
import { type MessagePort, workerData } from 'node:worker_threads';
import { InputError } from '../model/input-error.js';
import { parseCatalogText } from './catalog-file.js';
import { withRealFolders } from './repo-file.js';
import { readTextFile } from './text-file.js';
import {
  AHEAD,
  type CatalogAnswer,
  type CatalogJob,
  CLAIMED,
  DEAD,
  POSTED,
  TAKEN,
} from './catalog-prefetch-protocol.js';

const { jobs, shared, port } = workerData as { jobs: CatalogJob[]; shared: SharedArrayBuffer; port: MessagePort };
const cells = new Int32Array(shared);

function read(i: number): CatalogAnswer {
  const { abs, file, root } = jobs[i];
  try {
    const text = readTextFile(abs, file, { root });
    return { i, text, data: parseCatalogText(text, file) };
  } catch (err) {
    if (err instanceof InputError) return { i, error: { position: err.position, message: err.message } };
    // Anything else is the main thread's to meet, with its usual report: it reads this one itself.
    return { i, retry: true };
  }
}

try {
  withRealFolders(new Map(), () => {
    for (;;) {
      const i = Atomics.add(cells, CLAIMED, 1);
      if (i >= jobs.length) break;
      // Parsed catalogs wait in the port until taken: a long run must not hold all of them at once.
      for (let t = Atomics.load(cells, TAKEN); i - t >= AHEAD; t = Atomics.load(cells, TAKEN))
        Atomics.wait(cells, TAKEN, t);
      port.postMessage(read(i));
      Atomics.add(cells, POSTED, 1);
      Atomics.notify(cells, POSTED);
    }
  });
} catch {
  // A message that cannot be posted (a value structured clone refuses): the main thread reads the rest itself.
  Atomics.store(cells, DEAD, 1);
  // Counted as a post, so a main thread about to wait for one sees the change and does not wait at all.
  Atomics.add(cells, POSTED, 1);
  Atomics.notify(cells, POSTED);
}
port.close();
