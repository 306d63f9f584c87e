'use strict';
// stdout and stderr survive destroy(): the fd stays open, 'close' is still
// emitted, and the stream writes again right after. destroySoon is
// destroy. end() does end the stream: a later write fails with
// ERR_STREAM_WRITE_AFTER_END.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

if (process.argv[2] === 'child') {
  const stream = process[process.argv[3]];
  assert.strictEqual(stream.destroySoon, stream.destroy);
  // After end() a second 'close' follows (autoDestroy), harmless too.
  stream.once('close', common.mustCall(() => {
    assert.ok(fs.fstatSync(stream.fd));
    stream.write('written after close\n');
  }));
  stream.destroy();
  assert.strictEqual(stream.destroyed, false);
  stream.write('written after destroy\n');
  if (process.argv[4] === 'end') {
    process.nextTick(() => {
      stream.end('last\n');
      stream.on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
      }));
      stream.write('too late\n');
    });
  }
  return;
}

common.tmpdir.refresh();
for (const name of ['stdout', 'stderr']) {
  const fd = name === 'stdout' ? 1 : 2;
  // Over a pipe.
  let result = common.spawnSelf([__filename, 'child', name]);
  assert.strictEqual(result.status, 0, result.stderr);
  assert.strictEqual(result[name],
                     'written after destroy\nwritten after close\n');
  result = common.spawnSelf([__filename, 'child', name, 'end']);
  assert.strictEqual(result.status, 0, result.stderr);
  assert.strictEqual(result[name],
                     'written after destroy\nwritten after close\nlast\n');
  // Over a file.
  const file = common.tmpdir.resolve(`${name}.txt`);
  const stdio = ['pipe', 'pipe', 'pipe'];
  stdio[fd] = fs.openSync(file, 'w');
  result = common.spawnSelf([__filename, 'child', name], { stdio });
  fs.closeSync(stdio[fd]);
  assert.strictEqual(result.status, 0, result.stdout + result.stderr);
  assert.strictEqual(fs.readFileSync(file, 'utf8'),
                     'written after destroy\nwritten after close\n');
}
