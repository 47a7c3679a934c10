import { Writable } from 'node:stream';

/** Where an export writes its text; `write` resolves once the destination can take more. */
export interface Sink {
  write(text: string): Promise<void>;
}

/** The destination closed before the export finished (an HTTP client went away). */
export class SinkClosedError extends Error {
  constructor(cause?: Error) {
    const message = 'The export destination closed before the export finished';
    super(cause ? `${message}: ${cause.message}` : message, { cause });
  }
}

/**
 * Honours backpressure: when `stream.write` says its buffer is full, the export waits for
 * 'drain', so a slow reader slows the database reads instead of filling memory.
 */
export function streamSink(stream: Writable): Sink {
  let failure: Error | undefined;
  // An error between writes (a full disk) fails the next write instead of the process, which an
  // 'error' event nobody listens for would end.
  stream.on('error', (error) => (failure ??= error));
  return {
    write(text) {
      if (stream.destroyed || stream.writableEnded || failure) {
        return Promise.reject(new SinkClosedError(failure));
      }
      if (stream.write(text)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const done = (error?: Error) => {
          stream.off('drain', onDrain);
          stream.off('close', onClose);
          stream.off('error', done);
          if (error) reject(error);
          else resolve();
        };
        const onDrain = () => done();
        const onClose = () => done(new SinkClosedError());
        stream.on('drain', onDrain);
        stream.on('close', onClose);
        stream.on('error', done);
      });
    },
  };
}
