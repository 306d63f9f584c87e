'use strict';
// A slow consumer holds the engine back: a paused decompressor does not
// decompress far beyond its readable buffer, write() reports the pressure
// and 'drain' follows once the reader catches up. Nothing is lost.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

// 8 MiB of text that compresses well: its output is far bigger than any
// buffer, so the engine must stop and wait.
const chunk = Buffer.from('0123456789abcdef'.repeat(4096));
const parts = [];
for (let i = 0; i < 128; i++) parts.push(chunk);
const input = Buffer.concat(parts);
const compressed = zlib.gzipSync(input);

const gunzip = zlib.createGunzip({ chunkSize: 16 * 1024 });
gunzip.write(compressed);

// Nothing reads yet: however many turns of the loop pass, the readable side
// holds at most about one highWaterMark of output, not the whole 8 MiB, and
// the engine has not taken all of its input.
function afterTurns(n, fn) {
  if (n === 0) return fn();
  setImmediate(() => afterTurns(n - 1, fn));
}
gunzip.once('readable', common.mustCall(() => afterTurns(20, () => {
  const buffered = gunzip.readableLength;
  assert.ok(buffered > 0, 'some output was produced');
  assert.ok(buffered <= gunzip.readableHighWaterMark + 16 * 1024,
            `buffered ${buffered}`);
  assert.ok(gunzip.bytesWritten < compressed.length);

  // Now consume slowly: one read per immediate.
  let total = 0;
  const received = [];
  gunzip.on('end', common.mustCall(() => {
    assert.strictEqual(total, input.length);
    assert.ok(Buffer.concat(received).equals(input));
  }));
  gunzip.on('readable', function onReadable() {
    let data;
    while ((data = gunzip.read(4096)) !== null) {
      received.push(data);
      total += data.length;
    }
  });
  gunzip.end();
  gunzip.read(0);
})));

// Compression under backpressure: a writer that respects write()'s result
// into a consumer that reads in small steps.
{
  const gzip = zlib.createGzip();
  const out = [];
  let writes = 0;
  let pressured = 0;
  function writeMore() {
    while (writes < 64) {
      writes++;
      if (!gzip.write(chunk)) {
        pressured++;
        gzip.once('drain', writeMore);
        return;
      }
    }
    gzip.end();
  }
  gzip.on('data', (d) => {
    out.push(d);
    gzip.pause();
    setImmediate(() => gzip.resume());
  });
  gzip.on('end', common.mustCall(() => {
    assert.ok(pressured > 0);
    const back = zlib.gunzipSync(Buffer.concat(out));
    assert.strictEqual(back.length, 64 * chunk.length);
  }));
  writeMore();
}
