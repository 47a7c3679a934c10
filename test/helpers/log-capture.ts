import { Writable } from 'node:stream';
import pino from 'pino';

/** A JSON logger at `level` whose lines are kept, parsed, in `lines` for a test to read. */
export function captureLog(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, log: pino({ level }, sink) };
}
