'use strict';
// UV_THREADPOOL_SIZE sets how many blocking fs operations run at once.
// Opening a FIFO for reading blocks a pool thread until a writer opens it.
// With 2 threads, two such opens fill the pool and a stat queued after them
// can only complete after one of them; with 4 threads the stat completes
// while both opens are still blocked.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { execFileSync, spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const [fifoA, fifoB, poolSize] = process.argv.slice(3);
  const order = [];
  for (const fifo of [fifoA, fifoB]) {
    fs.open(fifo, 'r', common.mustSucceed((fd) => {
      order.push('open');
      fs.closeSync(fd);
    }));
  }
  // Opening the write end without blocking fails with ENXIO until the
  // reader's open() is waiting: retry on the next turn until it is.
  const release = () => {
    for (const fifo of [fifoA, fifoB]) {
      const openWriter = () => {
        try {
          fs.closeSync(fs.openSync(fifo, fs.constants.O_WRONLY |
                                         fs.constants.O_NONBLOCK));
        } catch (err) {
          if (err.code !== 'ENXIO') throw err;
          setImmediate(openWriter);
        }
      };
      openWriter();
    }
  };
  fs.stat(__filename, common.mustSucceed(() => {
    order.push('stat');
    if (poolSize === '4') release();
  }));
  if (poolSize === '2') {
    // The stat cannot run yet, whatever the wait: release after a few turns.
    let turns = 0;
    const spin = () => (++turns < 20 ? setImmediate(spin) : release());
    setImmediate(spin);
  }
  process.on('exit', () => console.log(order.join(',')));
  return;
}

const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
for (const poolSize of ['2', '4']) {
  const fifos = [tmpdir.resolve(`a${poolSize}`), tmpdir.resolve(`b${poolSize}`)];
  execFileSync('mkfifo', fifos);
  const child = spawnSync(process.execPath,
                          [__filename, 'child', ...fifos, poolSize], {
                            env: { ...process.env, UV_THREADPOOL_SIZE: poolSize },
                            encoding: 'utf8',
                          });
  assert.strictEqual(child.status, 0, child.stderr);
  const order = child.stdout.trim().split(',');
  assert.deepStrictEqual([...order].sort(), ['open', 'open', 'stat']);
  if (poolSize === '2') {
    assert.strictEqual(order[0], 'open', `pool of 2: ${order}`);
  } else {
    assert.strictEqual(order[0], 'stat', `pool of 4: ${order}`);
  }
}
