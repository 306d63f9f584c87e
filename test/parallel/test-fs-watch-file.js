'use strict';
// watchFile polls a path: the listener gets (current, previous) Stats on
// each change (missing files have zeroed stats); one StatWatcher serves a
// path; unwatchFile stops it and it emits 'stop'.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('polled.txt');

const sizes = [];
const watcher = fs.watchFile(file, { interval: 20 }, (current, previous) => {
  assert.ok(current instanceof fs.Stats);
  assert.ok(previous instanceof fs.Stats);
  sizes.push([current.size, previous.size]);
  if (sizes.length === 1) {
    // First report: the file does not exist yet.
    assert.strictEqual(current.isFile(), false);
    assert.strictEqual(current.mtimeMs, 0);
    fs.writeFileSync(file, 'abc');
  } else if (sizes.length === 2) {
    assert.deepStrictEqual(sizes[1], [3, 0]);
    fs.writeFileSync(file, 'abcdef');
  } else if (sizes.length === 3) {
    assert.deepStrictEqual(sizes[2], [6, 3]);
    watcher.on('stop', common.mustCall());
    fs.unwatchFile(file);
  }
});
assert.strictEqual(watcher.constructor.name, 'StatWatcher');
assert.strictEqual(fs.watchFile(file, () => {}), watcher);
assert.throws(() => fs.watchFile(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received ' +
           'undefined',
});
// Unwatching something never watched is a no-op.
fs.unwatchFile(tmpdir.resolve('never-watched'));
process.on('exit', () => assert.strictEqual(sizes.length, 3));
