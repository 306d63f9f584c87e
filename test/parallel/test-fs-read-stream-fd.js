'use strict';
// A ReadStream over a given fd reads from it without opening anything; it
// closes the fd at the end unless autoClose is false.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('fd.txt');
fs.writeFileSync(file, '0123456789');

const fd = fs.openSync(file, 'r');
const stream = fs.createReadStream(null, { fd, start: 5 });
assert.strictEqual(stream.fd, fd);
assert.strictEqual(stream.pending, false);
stream.on('open', common.mustNotCall());
let text = '';
stream.on('data', (chunk) => { text += chunk; });
stream.on('close', common.mustCall(() => {
  assert.strictEqual(text, '56789');
  assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });
}));

const fd2 = fs.openSync(file, 'r');
const kept = fs.createReadStream(null, { fd: fd2, autoClose: false, end: 2 });
assert.strictEqual(kept.autoClose, false);
kept.on('close', common.mustNotCall());
let keptText = '';
kept.on('data', (chunk) => { keptText += chunk; });
kept.on('end', common.mustCall(() => {
  assert.strictEqual(keptText, '012');
  setImmediate(() => {
    assert.strictEqual(fs.fstatSync(fd2).size, 10);
    fs.closeSync(fd2);
  });
}));
