import type { MessagePort, Worker } from 'node:worker_threads';
import { InputError } from '../model/input-error.js';
import { type LoadedCatalog, loadedCatalog, readCatalogFile } from './catalog-file.js';
import {
  type CatalogAnswer,
  type CatalogJob,
  CELLS,
  AHEAD,
  CLAIMED,
  DEAD,
  POSTED,
  TAKEN,
} from './catalog-prefetch-protocol.js';
import { workerThreads } from './node-builtins.js';
import { usableCpus } from './usable-cpus.js';
import { workerScript } from './worker-script.js';

/**
 * Reading many catalogs is partly YAML parsing, and the checks that follow each parse (schema, scopes, rules) take
 * longer again. So while this thread checks, a second thread reads and parses the catalogs ahead of it. Both take catalogs from one shared counter: this thread takes the one
 * it needs when the other has not, and reads the next free one rather than wait for the other, so neither core
 * idles and nothing is parsed twice. A catalog read there is what readCatalogFile gives here (the same functions
 * read it); which thread read which file changes no finding, error or order (test/read/catalog-prefetch.test.ts).
 *
 * Not for fewer than a few hundred catalogs: starting the thread (~100 ms of the other core: Node 20 boots a worker
 * without its start-up snapshot) and taking each parsed catalog back (a structured clone) cost more than it saves
 * since most catalogs are parsed by the block-subset parser (yaml-block-subset.ts) at under half js-yaml's time.
 * Measured on 2 cores, paired runs of 40-threat catalogs, wall time with the thread against without: 200 catalogs
 * 743 against 678 ms, 400 catalogs 1,229 against 1,314 ms, 1,000 catalogs 3.0 against 3.3 s.
 */
const MIN_CATALOGS = 300;
/** A reader thread that posts nothing for this long is given up (it died, or a huge file): this thread reads on. */
const STALL_MS = 2000;

export class CatalogPrefetch {
  private readonly cells: Int32Array;
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private readonly early = new Map<number, Answer>();
  private stopped = false;
  /** Catalogs this thread took as the reader thread read them. */
  private fromThread = 0;

  /** A reader thread for `jobs`, or undefined when one would not pay (few catalogs, one core, no script). */
  static start(jobs: CatalogJob[]): CatalogPrefetch | undefined {
    const threads = readerThreads();
    if (threads === 0 || (threads === 'auto' && jobs.length < MIN_CATALOGS) || jobs.length < 2) return undefined;
    const script = workerScript('catalog-worker', import.meta.url, '.cjs');
    if (!script) return undefined;
    try {
      return new CatalogPrefetch(script, jobs);
    } catch {
      return undefined;
    }
  }

  private constructor(
    script: { path: string; eval?: boolean },
    private readonly jobs: CatalogJob[],
  ) {
    const shared = new SharedArrayBuffer(CELLS * Int32Array.BYTES_PER_ELEMENT);
    this.cells = new Int32Array(shared);
    const { MessageChannel, Worker } = workerThreads();
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(script.path, {
      eval: script.eval,
      workerData: { jobs, shared, port: port2 },
      transferList: [port2],
    });
    // The process may end before the thread has (an early exit): it is not waited for.
    this.worker.unref();
    // Its failures are met in take() (nothing posted): an 'error' event after this thread is done must not throw.
    this.worker.on('error', () => {});
  }

  /**
   * Catalog `i` — asked for in order, 0, 1, 2, … — as either thread read it; undefined when this thread is to read
   * it now (the other had not taken it, or stopped). Throws what readCatalogFile would have thrown.
   */
  take(i: number): LoadedCatalog | undefined {
    const kept = this.early.get(i);
    // Stopped (the other thread stalled or died): what either thread has read already is still good.
    if (this.stopped && kept === undefined) return undefined;
    try {
      if (kept === undefined) {
        const before = Atomics.compareExchange(this.cells, CLAIMED, i, i + 1);
        if (before === i) return undefined;
        // Asked out of order: the shared count no longer says who has what.
        if (before < i) {
          this.halt();
          return undefined;
        }
      }
      const answer = kept ?? this.answer(i);
      this.early.delete(i);
      if (answer === undefined || 'retry' in answer) return undefined;
      if ('read' in answer) return answer.read();
      this.fromThread++;
      if ('error' in answer) throw new InputError(answer.error.position, answer.error.message);
      return loadedCatalog(answer.text, answer.data, this.jobs[i].file, this.jobs[i].abs);
    } finally {
      if (!this.stopped) {
        Atomics.store(this.cells, TAKEN, i + 1);
        Atomics.notify(this.cells, TAKEN);
      }
    }
  }

  /** Answers the reader thread has posted so far. */
  get posted(): number {
    return Atomics.load(this.cells, POSTED);
  }

  /** Ends the reader thread: when the caller is done, or stops before the last catalog. */
  stop(): void {
    this.early.clear();
    this.halt();
  }

  /** Ends the reader thread; what is already read stays to be taken. */
  private halt(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (process.env.THREATCAT_DEBUG)
      process.stderr.write(
        `threatcat: catalog reader thread: read ${this.fromThread} of ${this.jobs.length} catalogs\n`,
      );
    Atomics.store(this.cells, CLAIMED, this.jobs.length);
    Atomics.store(this.cells, TAKEN, this.jobs.length);
    Atomics.notify(this.cells, TAKEN);
    this.worker.terminate().catch(() => {});
  }

  /**
   * The reader thread's answer for `i`, which it has taken. While it is not there, this thread reads the next
   * catalog nobody has taken yet rather than wait: on two cores, a thread that waits leaves one idle.
   */
  private answer(i: number): Answer | undefined {
    const { receiveMessageOnPort } = workerThreads();
    for (;;) {
      const posted = Atomics.load(this.cells, POSTED);
      for (let m = receiveMessageOnPort(this.port); m !== undefined; m = receiveMessageOnPort(this.port)) {
        const a = m.message as CatalogAnswer;
        if (a.i === i) return a;
        this.early.set(a.i, a);
      }
      if (Atomics.load(this.cells, DEAD) === 1) break;
      // Read ahead no further than the other thread may: what is read ahead is held until taken.
      if (Atomics.load(this.cells, CLAIMED) - i < AHEAD) {
        const next = Atomics.add(this.cells, CLAIMED, 1);
        if (next < this.jobs.length) {
          this.early.set(next, this.readHere(next));
          continue;
        }
      }
      if (Atomics.wait(this.cells, POSTED, posted, STALL_MS) === 'timed-out') break;
    }
    this.halt();
    return undefined;
  }

  /** Reads catalog `k` on this thread now; what it returns or throws is given when the caller comes to it. */
  private readHere(k: number): Answer {
    const { abs, file, root } = this.jobs[k];
    try {
      const loaded = readCatalogFile(abs, file, root);
      return { i: k, read: () => loaded };
    } catch (err) {
      return {
        i: k,
        read: () => {
          throw err;
        },
      };
    }
  }
}

/** An answer from the reader thread, or a catalog this thread read ahead while waiting for one. */
type Answer = CatalogAnswer | { i: number; read: () => LoadedCatalog };

/**
 * One more thread when the process may use a second CPU (cores, and the container's quota): by default for
 * MIN_CATALOGS or more, with THREATCAT_CATALOG_THREADS=1 for any number (catalogs js-yaml must parse, for which
 * the thread pays from a few dozen). THREATCAT_CATALOG_THREADS=0 reads every catalog on the command's own thread.
 */
function readerThreads(): 0 | 1 | 'auto' {
  const set = process.env.THREATCAT_CATALOG_THREADS;
  if (set === '0' || usableCpus() <= 1) return 0;
  return set === '1' ? 1 : 'auto';
}
