'use strict';

// Benchmark: 256 MiB through web streams in 64 KiB chunks: a ReadableStream
// whose pull() enqueues a fresh chunk, piped through a TransformStream that
// folds each chunk into a checksum and passes it on, into a WritableStream
// that counts the bytes. Exercises pipeTo (twice: pipeThrough and pipeTo),
// the transform's backpressure and the writable's queue per chunk.
// Prints one line (the bench runner times the whole process).

const kChunkSize = 64 * 1024;
const kTotal = 256 * 1024 * 1024;
const kChunks = kTotal / kChunkSize;

let produced = 0;
const source = new ReadableStream({
  pull(controller) {
    if (produced === kChunks) {
      controller.close();
      return;
    }
    const chunk = new Uint8Array(kChunkSize);
    chunk[0] = produced & 0xff;
    produced++;
    controller.enqueue(chunk);
  },
}, { highWaterMark: 4 });

let checksum = 0;
const sum = new TransformStream({
  transform(chunk, controller) {
    checksum = (checksum * 31 + chunk[0] + chunk[chunk.length - 1]) >>> 0;
    controller.enqueue(chunk);
  },
});

let received = 0;
const sink = new WritableStream({
  write(chunk) {
    received += chunk.byteLength;
  },
});

source.pipeThrough(sum).pipeTo(sink).then(() => {
  if (received !== kTotal) {
    throw new Error(`received ${received} bytes, expected ${kTotal}`);
  }
  console.log(`webstreams-pipe: ${received} bytes, checksum ${checksum}`);
});
