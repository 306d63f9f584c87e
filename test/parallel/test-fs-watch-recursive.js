'use strict';
// fs.watch(dir, { recursive: true }) sees changes in subdirectories, named
// relative to the watched directory.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmpdir = common.tmpdir;
tmpdir.refresh();
fs.mkdirSync(tmpdir.resolve('sub', 'deeper'), { recursive: true });
const expected = path.join('sub', 'deeper', 'created.txt');

const watcher = fs.watch(tmpdir.path, { recursive: true });
watcher.on('change', common.mustCallAtLeast((eventType, filename) => {
  if (filename !== expected) return;
  assert.strictEqual(eventType, 'rename');
  watcher.close();
}));
watcher.on('close', common.mustCall());
setTimeout(() => {
  fs.writeFileSync(tmpdir.resolve('sub', 'deeper', 'created.txt'), '');
}, 100);
