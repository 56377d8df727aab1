// Entry of an audit parser thread (started by parallel-audit.ts): decodes and parses the lines of each batch it is
// sent, in order, and answers with what each line is (audit-batch.ts). It holds no counting state.
import { parentPort } from 'node:worker_threads';
import { type AuditBatchIn, AuditBatchParser } from './audit-batch.js';

const port = parentPort;
if (port) {
  const parser = new AuditBatchParser();
  port.on('message', (batch: AuditBatchIn) => {
    const out = parser.parse(batch);
    port.postMessage(out, [
      out.kinds.buffer,
      out.keys.buffer,
      out.idWords.buffer,
      out.nameLengths.buffer,
    ] as ArrayBuffer[]);
  });
}
