'use strict';
// fs.watch on a directory reports a file created in it as 'rename' with the
// file's name; close() emits 'close' once, on a later tick.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();

const watcher = fs.watch(tmpdir.path);
assert.ok(watcher instanceof require('events'));
assert.strictEqual(typeof watcher.ref, 'function');
assert.strictEqual(watcher.ref(), watcher);
watcher.on('change', common.mustCallAtLeast((eventType, filename) => {
  if (filename !== 'new-file') return;
  assert.strictEqual(eventType, 'rename');
  if (watcher.closing) return;
  watcher.closing = true;
  let sameTick = true;
  watcher.on('close', common.mustCall(() => {
    assert.strictEqual(sameTick, false);
  }));
  watcher.close();
  watcher.close();
  sameTick = false;
}));

// Give the watch a moment to be in place before the change.
setTimeout(() => fs.writeFileSync(tmpdir.resolve('new-file'), ''), 20);
