'use strict';
// flush() makes everything written so far decodable; params() changes the
// level mid-stream; reset() starts a fresh stream; close() ends the handle;
// bytesWritten counts the input the engine took.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from('flush me please. '.repeat(500));

// After a full flush the output so far inflates (with Z_SYNC_FLUSH, as a
// partial stream) to exactly the input so far.
{
  const deflate = zlib.createDeflate();
  const out = [];
  deflate.on('data', (d) => out.push(d));
  deflate.write(text);
  deflate.flush(common.mustCall(() => {
    const partial = Buffer.concat(out);
    const got = zlib.inflateSync(partial,
                                 { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    assert.deepStrictEqual(got, text);
    assert.strictEqual(deflate.bytesWritten, text.length);
    deflate.end();
  }));
  deflate.on('end', common.mustCall(() => {
    assert.deepStrictEqual(zlib.inflateSync(Buffer.concat(out)), text);
  }));
}

// Brotli flush: BROTLI_OPERATION_FLUSH by default.
{
  const enc = zlib.createBrotliCompress();
  const out = [];
  enc.on('data', (d) => out.push(d));
  enc.write(text);
  enc.flush(common.mustCall(() => {
    const got = zlib.brotliDecompressSync(Buffer.concat(out), {
      finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
    });
    assert.deepStrictEqual(got, text);
    enc.end();
  }));
}

// flush() after end(): the callback waits for 'end'; after finish, next tick.
{
  const gzip = zlib.createGzip();
  gzip.resume();
  gzip.end('x');
  gzip.flush(common.mustCall(() => {
    assert.strictEqual(gzip.readableEnded, true);
    gzip.flush(common.mustCall());
  }));
}

// params(): level 0 stores, level 9 compresses; both halves decode.
{
  const deflate = zlib.createDeflate({ level: 0 });
  const out = [];
  deflate.on('data', (d) => out.push(d));
  deflate.write(text);
  deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, common.mustCall(() => {
    assert.strictEqual(deflate._level, 9);
    const storedSoFar = Buffer.concat(out).length;
    assert.ok(storedSoFar > text.length, 'level 0 stored the first half');
    deflate.end(text);
  }));
  deflate.on('end', common.mustCall(() => {
    const all = Buffer.concat(out);
    assert.deepStrictEqual(zlib.inflateSync(all), Buffer.concat([text, text]));
  }));
}

// reset(): a new stream from the same engine. Of the first write only the
// zlib header came out (the rest waits in deflate's window); reset() drops
// the rest and starts over with a new header.
{
  const deflate = zlib.createDeflate();
  const out = [];
  deflate.on('data', (d) => out.push(d));
  deflate.write(text, common.mustCall(() => {
    assert.strictEqual(Buffer.concat(out).length, 2);
    out.length = 0;
    deflate.reset();
    deflate.end('tail');
  }));
  deflate.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.inflateSync(Buffer.concat(out)).toString(), 'tail');
  }));
}

// close(): the callback runs once closed; _closed and _handle follow.
{
  const gzip = zlib.createGzip();
  assert.strictEqual(gzip._closed, false);
  gzip.close(common.mustCall(() => {
    assert.strictEqual(gzip._closed, true);
    assert.strictEqual(gzip._handle, null);
    assert.strictEqual(gzip.destroyed, true);
  }));
}

// Close in the middle of an async write: the handle goes when the write
// completes, nothing crashes and no more data arrives.
{
  const gunzip = zlib.createGunzip();
  gunzip.write(zlib.gzipSync(Buffer.alloc(1 << 20)));
  setImmediate(common.mustCall(() => {
    gunzip.close(common.mustCall());
  }));
  gunzip.on('error', common.mustNotCall());
}

// bytesWritten: all of the input, for one-shot and stream forms.
{
  const gzip = zlib.createGzip();
  gzip.resume();
  gzip.end(text, common.mustCall(() => {
    assert.strictEqual(gzip.bytesWritten, text.length);
  }));
  const { engine } = zlib.deflateSync(text, { info: true });
  assert.strictEqual(engine.bytesWritten, text.length);
}
