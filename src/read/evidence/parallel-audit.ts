import { Worker } from 'node:worker_threads';
import { workerScript } from '../worker-script.js';
import {
  type AuditBatchIn,
  type AuditBatchOut,
  AuditBatchCounter,
  AuditBatchParser,
  type LineTarget,
} from './audit-batch.js';

/**
 * A large Kubernetes audit log is mostly JSON.parse: a million lines of 700 bytes are ~2 s of one core, and the
 * counting itself (stages, duplicates, rows) is order-dependent. So the lines are parsed on other threads, in
 * batches, and counted here in file order by the same `fold` as the one-thread reader — the result is identical
 * whatever the thread count (test/ingest/parallel-audit.test.ts compares them).
 */

const BATCH_BYTES = 1024 * 1024;
const BATCH_LINES = 8192;
/** Batches sent and not yet counted, per thread: enough to keep each busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_THREAD = 3;
const YOUNG_GENERATION_MB = 16;

interface Pending {
  lineNos: Int32Array;
  lines: number;
  thread: number;
  result?: Promise<AuditBatchOut>;
  /** Set instead of the rest: a line the splitter skipped as oversized, at its place in the order. */
  oversized?: number;
}

export class ParallelAuditLines {
  private readonly workers: Worker[] = [];
  /** Per thread, the answers still to come, in the order their batches were sent. */
  private readonly waiting: Array<Array<{ resolve: (o: AuditBatchOut) => void; reject: (e: Error) => void }>> = [];
  /** Per thread, what turns its answers back into lines (its table of keys). */
  private readonly counters: AuditBatchCounter[] = [];
  private readonly queue: Pending[] = [];
  private next = 0;
  /** Batches so far; one in every `cycle` is parsed on this thread (below). */
  private sent = 0;
  private readonly cycle: number;
  private readonly local = new AuditBatchParser();
  private failed: Error | undefined;
  private bytes = new Uint8Array(BATCH_BYTES);
  private ends = new Int32Array(BATCH_LINES);
  private lineNos = new Int32Array(BATCH_LINES);
  private lines = 0;
  private used = 0;

  /** Starts `threads` parser threads, or returns undefined when they cannot run here (no worker script). */
  static start(threads: number): ParallelAuditLines | undefined {
    const script = threads > 0 ? workerScript('audit-worker', import.meta.url) : undefined;
    return script ? new ParallelAuditLines(script, threads) : undefined;
  }

  private constructor(script: { path: string; eval?: boolean }, threads: number) {
    for (let t = 0; t < threads; t++) {
      // A small young generation: each thread's garbage is whole batches of parsed lines, short-lived.
      const w = new Worker(script.path, {
        eval: script.eval,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      const waiting: (typeof this.waiting)[number] = [];
      w.on('message', (out: AuditBatchOut) => waiting.shift()?.resolve(out));
      const fail = (err: Error) => {
        this.failed ??= new Error(`an audit parser thread failed: ${err.message}`);
        for (const p of waiting.splice(0)) p.reject(this.failed);
      };
      w.on('error', fail);
      w.on('exit', (code) => {
        if (waiting.length > 0) fail(new Error(`it exited (${code})`));
      });
      this.workers.push(w);
      this.waiting.push(waiting);
      this.counters.push(new AuditBatchCounter());
    }
    // The counting thread waits for the parsers most of the time (on 2 cores, one parser thread is busy ~4 s per
    // million lines and this one ~2.5 s): it parses a share of the batches itself, one in every 4 × threads + 1.
    this.counters.push(new AuditBatchCounter());
    this.cycle = 4 * threads + 1;
  }

  /** One line's bytes (the line splitter's range sink), copied: `buf` is only valid during the call. */
  add(buf: Buffer, start: number, end: number, lineNo: number): void {
    const len = end - start;
    if (this.lines === BATCH_LINES || this.used + len > this.bytes.length) this.flush(len);
    buf.copy(this.bytes, this.used, start, end);
    this.used += len;
    this.ends[this.lines] = this.used;
    this.lineNos[this.lines] = lineNo;
    this.lines++;
  }

  /** An oversized line, kept in its place among the lines around it. */
  skip(lineNo: number): void {
    this.flush(0);
    this.queue.push({ lineNos: new Int32Array(0), lines: 0, thread: -1, oversized: lineNo });
  }

  /** Counts finished batches, in order, until at most IN_FLIGHT_PER_THREAD per thread are outstanding. */
  async settle(target: LineTarget): Promise<void> {
    while (this.queue.length > IN_FLIGHT_PER_THREAD * this.workers.length) await this.countHead(target);
  }

  /** Sends what is batched and counts every line sent so far (the end of a file). */
  async drain(target: LineTarget): Promise<void> {
    this.flush(0);
    while (this.queue.length > 0) await this.countHead(target);
  }

  get threads(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private flush(nextLen: number): void {
    if (this.lines > 0) {
      const batch: AuditBatchIn = { bytes: this.bytes, ends: this.ends, lines: this.lines };
      let result: Promise<AuditBatchOut>;
      let thread: number;
      if (this.sent++ % this.cycle === this.cycle - 1) {
        // This thread's share: parsed here, now, and counted in its turn like the others (its buffer is reused).
        thread = this.workers.length;
        result = Promise.resolve(this.local.parse(batch));
      } else {
        const to = this.next;
        thread = to;
        this.next = (this.next + 1) % this.workers.length;
        result = new Promise<AuditBatchOut>((resolve, reject) => {
          if (this.failed) reject(this.failed);
          else this.waiting[to].push({ resolve, reject });
        });
        // Marked handled now: if a thread dies, the batches behind the awaited one are not "unhandled" rejections.
        result.catch(() => undefined);
        // The buffers move to the thread; the next batch gets new ones.
        this.workers[to].postMessage(batch, [this.bytes.buffer, this.ends.buffer]);
        this.bytes = new Uint8Array(BATCH_BYTES);
      }
      this.queue.push({ lineNos: this.lineNos, lines: this.lines, thread, result });
      this.ends = new Int32Array(BATCH_LINES);
      this.lineNos = new Int32Array(BATCH_LINES);
    }
    // A line longer than a batch gets a buffer of its own size.
    if (nextLen > this.bytes.length) this.bytes = new Uint8Array(nextLen);
    this.lines = 0;
    this.used = 0;
  }

  private async countHead(target: LineTarget): Promise<void> {
    const head = this.queue[0];
    if (head.oversized !== undefined) {
      this.queue.shift();
      target.oversized(head.oversized);
      return;
    }
    const out = await (head.result as Promise<AuditBatchOut>);
    this.queue.shift();
    this.counters[head.thread].count(out, head.lineNos, head.lines, target);
  }
}
