import { Writable } from 'node:stream';

/**
 * A sink like a slow HTTP response: a small buffer and a write that completes on a later turn, so a writer must
 * await 'drain'. `bytes()` joins what was written; `state.error` is what the sink was destroyed with, `state.peak` the most bytes it
 * ever held waiting.
 */
export function collectSink(highWaterMark = 1024) {
  const chunks: Uint8Array[] = [];
  const state: { error?: Error; peak: number } = { peak: 0 };
  const sink = new Writable({
    highWaterMark,
    write(chunk: Uint8Array, _encoding, done) {
      chunks.push(new Uint8Array(chunk));
      state.peak = Math.max(state.peak, sink.writableLength);
      setImmediate(done);
    },
  });
  sink.on('error', (error) => (state.error = error));
  const finished = new Promise<void>((resolve) => sink.on('close', resolve));
  return {
    sink,
    state,
    chunks,
    /** Resolves once the sink has closed (ended and flushed, or destroyed). */
    finished,
    bytes: () => new Uint8Array(Buffer.concat(chunks)),
  };
}
