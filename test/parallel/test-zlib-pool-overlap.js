'use strict';
// Async compression runs on the libuv thread pool, one chunk per job, and
// calls back through the loop:
// - with every pool thread blocked (opening FIFOs nobody writes yet) an
//   async gzip cannot finish, while the JS thread keeps turning; it
//   completes once the threads are released;
// - several async streams are in flight together: their chunks interleave.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

const poolSize = Number(process.env.UV_THREADPOOL_SIZE) || 4;
tmpdir.refresh();
const fifos = [];
for (let i = 0; i < poolSize; i++) {
  const fifo = tmpdir.resolve(`fifo${i}`);
  const r = spawnSync('mkfifo', [fifo]);
  assert.strictEqual(r.status, 0);
  fifos.push(fifo);
}

// Each open blocks one pool thread until a writer opens the FIFO.
for (const fifo of fifos) {
  fs.open(fifo, 'r', common.mustSucceed((fd) => fs.closeSync(fd)));
}

const input = Buffer.from('pool work '.repeat(1000));
let released = false;
let compressed = null;
zlib.gzip(input, common.mustSucceed((out) => {
  assert.strictEqual(released, true);
  compressed = out;
  assert.deepStrictEqual(zlib.gunzipSync(out), input);
}));

function afterTurns(n, fn) {
  if (n === 0) return fn();
  setImmediate(() => afterTurns(n - 1, fn));
}

let turns = 0;
afterTurns(100, common.mustCall(() => {
  turns = 100;
  // The loop ran 100 times; the gzip is still waiting for a thread.
  assert.strictEqual(compressed, null);
  released = true;
  for (const fifo of fifos) fs.writeFileSync(fifo, 'x');
}));

// Two streams at once: each produces output before the other finishes.
process.on('exit', () => assert.strictEqual(turns, 100));
{
  // Noise (xorshift32): it does not compress, so each stream has many
  // output chunks.
  const big = Buffer.alloc(4 << 20);
  let seed = 1;
  for (let i = 0; i < big.length; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    big[i] = seed & 0xff;
  }
  const events = [];
  let ended = 0;
  for (const name of ['a', 'b']) {
    const stream = zlib.createDeflate({ level: 1, chunkSize: 64 * 1024 });
    stream.on('data', () => events.push(name));
    stream.on('end', common.mustCall(() => {
      events.push(`${name}-end`);
      if (++ended === 2) {
        const firstEnd = events.findIndex((e) => e.endsWith('-end'));
        const before = events.slice(0, firstEnd);
        assert.ok(before.includes('a') && before.includes('b'),
                  events.join(' '));
      }
    }));
    // Start them only once the pool is free again.
    afterTurns(101, () => stream.end(big));
  }
}
