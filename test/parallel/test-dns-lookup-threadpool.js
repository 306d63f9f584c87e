'use strict';
// dns.lookup runs on libuv's thread pool: with UV_THREADPOOL_SIZE=1 and the
// one thread blocked (opening a FIFO nobody writes yet), a lookup waits in
// the queue while the loop keeps turning (timers run); it completes once
// the thread is free, after the job that blocked it.
const common = require('../common');
const assert = require('assert');

if (process.argv[2] !== 'child') {
  const tmpdir = require('../common/tmpdir');
  tmpdir.refresh();
  const fifo = tmpdir.resolve('fifo');
  require('child_process').execFileSync('mkfifo', [fifo]);
  const child = common.spawnSelf([__filename, 'child', fifo], {
    env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
  });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout,
                     'timer 1\ntimer 2\ntimer 3\nfifo opened\nlookup\n');
  assert.strictEqual(child.status, 0);
  return;
}

const dns = require('dns');
const fs = require('fs');
const fifo = process.argv[3];
const events = [];

// Occupies the pool's only thread until a writer opens the FIFO.
fs.open(fifo, 'r', (err, fd) => {
  assert.ifError(err);
  events.push('fifo opened');
  fs.closeSync(fd);
});
dns.lookup('localhost', 4, (err, address) => {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  events.push('lookup');
  process.stdout.write(events.join('\n') + '\n');
});

let ticks = 0;
const timer = setInterval(() => {
  events.push(`timer ${++ticks}`);
  if (ticks === 3) {
    clearInterval(timer);
    // The lookup is still queued: only now let the pool go.
    assert.ok(!events.includes('lookup'));
    fs.closeSync(fs.openSync(fifo, fs.constants.O_WRONLY));
  }
}, 1);
