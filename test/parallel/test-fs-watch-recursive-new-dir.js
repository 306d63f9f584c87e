'use strict';
// A recursive watcher (Linux: one watch per directory) reports what was made
// inside a new directory before its own watch could start: a file written
// right after mkdir gets its 'rename' event, with its path from the root.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const root = tmpdir.resolve('root');
fs.mkdirSync(root);
const expected = path.join('new', 'deep', 'file.txt');
const watcher = fs.watch(root, { recursive: true });
const timeout = setTimeout(() => assert.fail('no event for the file'), 10000);
watcher.on('change', (event, filename) => {
  if (filename !== expected) return;
  assert.strictEqual(event, 'rename');
  clearTimeout(timeout);
  watcher.close();
});
watcher.on('close', common.mustCall());
setTimeout(() => {
  fs.mkdirSync(path.join(root, 'new', 'deep'), { recursive: true });
  fs.writeFileSync(path.join(root, expected), 'x');
}, 100);
