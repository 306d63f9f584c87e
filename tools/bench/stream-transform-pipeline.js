'use strict';

// Benchmark: 1 GiB through a pipeline of Transform streams, pushed in
// 64 KiB chunks. The source fills a fresh chunk per push; one Transform
// copies each chunk (as a cipher would produce new output); one splits it
// into 512-byte slices and, after three PassThrough hops, another joins them
// back into 64 KiB chunks, so that the stream machinery (push, write,
// backpressure) runs two million times per hop; a last one folds
// each chunk into a checksum before a Writable sink counts the bytes.
// Prints one line (the bench runner times the whole process).

const { Readable, Transform, PassThrough, Writable, pipeline } = require('stream');

const kChunkSize = 64 * 1024;
const kSliceSize = 512;
const kTotal = 1024 * 1024 * 1024;
const kChunks = kTotal / kChunkSize;

let produced = 0;
const source = new Readable({
  read() {
    while (produced < kChunks) {
      const chunk = Buffer.allocUnsafe(kChunkSize);
      chunk.fill(produced & 0xff);
      produced++;
      if (!this.push(chunk)) return;
    }
    this.push(null);
  },
});

const copy = new Transform({
  transform(chunk, encoding, callback) {
    const out = Buffer.allocUnsafe(chunk.length);
    chunk.copy(out);
    out[0] ^= 0x5a;
    callback(null, out);
  },
});

const split = new Transform({
  transform(chunk, encoding, callback) {
    for (let offset = 0; offset < chunk.length; offset += kSliceSize) {
      this.push(chunk.subarray(offset, offset + kSliceSize));
    }
    callback();
  },
});

let pending = [];
let pendingBytes = 0;
const join = new Transform({
  transform(slice, encoding, callback) {
    pending.push(slice);
    pendingBytes += slice.length;
    if (pendingBytes < kChunkSize) return callback();
    const chunk = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    callback(null, chunk);
  },
  flush(callback) {
    callback(null, pendingBytes > 0 ? Buffer.concat(pending, pendingBytes) : null);
  },
});

let checksum = 0;
const sum = new Transform({
  transform(chunk, encoding, callback) {
    // A few bytes per chunk: the point is the streams, not a byte loop.
    checksum = (checksum * 31 + chunk[0] + chunk[chunk.length - 1] +
                chunk[chunk.length >> 1]) >>> 0;
    callback(null, chunk);
  },
});

let received = 0;
const sink = new Writable({
  write(chunk, encoding, callback) {
    received += chunk.length;
    callback();
  },
});

pipeline(source, copy, split, new PassThrough(), new PassThrough(),
         new PassThrough(), join, sum, sink, (err) => {
           if (err) throw err;
           if (received !== kTotal) {
             throw new Error(`received ${received} bytes, expected ${kTotal}`);
           }
           console.log(`stream-transform-pipeline: ${received} bytes, ` +
                       `checksum ${checksum}`);
         });
