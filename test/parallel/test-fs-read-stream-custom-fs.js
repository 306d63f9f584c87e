'use strict';
// The `fs` option replaces the functions a stream opens, reads, writes and
// closes with.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const calls = [];
const customFs = {
  open: common.mustCall((path, flags, mode, cb) => {
    calls.push(`open ${flags}`);
    fs.open(path, flags, mode, cb);
  }, 2),
  read: common.mustCallAtLeast((fd, buf, off, len, pos, cb) => {
    calls.push('read');
    fs.read(fd, buf, off, len, pos, cb);
  }),
  write: common.mustCallAtLeast((fd, buf, off, len, pos, cb) => {
    calls.push('write');
    fs.write(fd, buf, off, len, pos, cb);
  }),
  close: common.mustCall((fd, cb) => {
    calls.push('close');
    fs.close(fd, cb);
  }, 2),
};

const out = tmpdir.resolve('custom.txt');
const writer = fs.createWriteStream(out, { fs: customFs });
writer.end('through custom fs');
writer.on('close', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'through custom fs');
  const reader = fs.createReadStream(out, { fs: customFs, end: 6 });
  let text = '';
  reader.on('data', (chunk) => { text += chunk; });
  reader.on('close', common.mustCall(() => {
    assert.strictEqual(text, 'through');
    assert.strictEqual(calls[0], 'open w');
    assert.ok(calls.includes('open r'));
    assert.strictEqual(calls[calls.length - 1], 'close');
  }));
}));
