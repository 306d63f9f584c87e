'use strict';
// write / writeSync with a buffer: offset and length must fit the buffer,
// a non-number position means "the current position".
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('buffer.txt');
const fd = fs.openSync(file, 'w+');
const data = Buffer.from('0123456789');

assert.throws(() => fs.writeSync(fd, data, 11), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be <= 10. ' +
           'Received 11',
});
assert.throws(() => fs.writeSync(fd, data, 2, 9), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 8. ' +
           'Received 9',
});
assert.throws(() => fs.writeSync(fd, data, 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0. ' +
           'Received -1',
});
assert.throws(() => fs.writeSync(fd, data, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "offset" is out of range\. It must be >= 0/,
});

assert.strictEqual(fs.writeSync(fd, data, 2, 3), 3);
assert.strictEqual(fs.writeSync(fd, data, 0, 1, 'ignored'), 1);
assert.strictEqual(fs.writeSync(fd, data, { offset: 8 }), 2);
assert.strictEqual(fs.writeSync(fd, new Uint16Array([0x4241]), 0, 2, 0), 2);
assert.strictEqual(fs.readFileSync(file, 'latin1'), 'AB4089');

fs.write(fd, data, 5, common.mustSucceed((written, buffer) => {
  assert.strictEqual(written, 5);
  assert.strictEqual(buffer, data);
  fs.write(fd, data, { offset: 9, length: 1, position: 0 },
           common.mustSucceed((written) => {
             assert.strictEqual(written, 1);
             assert.strictEqual(fs.readFileSync(file, 'latin1'),
                                '9B408956789');
             fs.closeSync(fd);
           }));
}));
