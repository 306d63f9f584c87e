'use strict';
// readv / writev scatter and gather across several buffers; the callback
// gets (err, bytes, buffers), and util.promisify names them.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('vectors.txt');
const fd = fs.openSync(file, 'w+');

assert.strictEqual(
  fs.writevSync(fd, [Buffer.from('abc'), new Uint8Array([100, 101])], 0), 5);
assert.strictEqual(fs.writevSync(fd, []), 0);
const parts = [Buffer.alloc(2), Buffer.alloc(2)];
assert.strictEqual(fs.readvSync(fd, parts, 1), 4);
assert.deepStrictEqual(parts.map(String), ['bc', 'de']);

assert.throws(() => fs.writevSync(fd, 'abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffers" argument must be an ArrayBufferView[]. Received ' +
           "type string ('abc')",
});
assert.throws(() => fs.readvSync(fd, [Buffer.alloc(1), 'x']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffers" argument must be an ArrayBufferView[]. Received ' +
           'an instance of Array',
});

const out = [Buffer.from('XY'), Buffer.from('Z')];
fs.writev(fd, out, 5, common.mustSucceed((written, buffers) => {
  assert.strictEqual(written, 3);
  assert.strictEqual(buffers, out);
  const into = [Buffer.alloc(4), Buffer.alloc(4)];
  fs.readv(fd, into, 0, common.mustSucceed((bytesRead, buffers) => {
    assert.strictEqual(bytesRead, 8);
    assert.strictEqual(buffers, into);
    assert.strictEqual(Buffer.concat(into).toString(), 'abcdeXYZ');
    util.promisify(fs.readv)(fd, [Buffer.alloc(3)], 5)
      .then(common.mustCall(({ bytesRead, buffers }) => {
        assert.strictEqual(bytesRead, 3);
        assert.strictEqual(buffers[0].toString(), 'XYZ');
        fs.closeSync(fd);
      }));
  }));
}));
