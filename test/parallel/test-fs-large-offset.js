'use strict';
// Positions beyond 2 GiB (numbers and BigInts) in a sparse file: write a
// byte at 3 GiB and read it back; size, stat and a read past the end.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
const file = tmpdir.resolve('sparse');
const fd = fs.openSync(file, 'w+');
const position = 3 * 2 ** 30;
assert.strictEqual(fs.writeSync(fd, Buffer.from('x'), 0, 1, position), 1);
assert.strictEqual(fs.writeSync(fd, Buffer.from('y'), 0, 1, position + 1), 1);
// Writes take numbers only: a BigInt position means the current one (0).
assert.strictEqual(fs.writeSync(fd, Buffer.from('z'), 0, 1, 10n), 1);
assert.strictEqual(fs.fstatSync(fd).size, position + 2);
assert.strictEqual(fs.fstatSync(fd, { bigint: true }).size, BigInt(position) + 2n);
const first = Buffer.alloc(1);
fs.readSync(fd, first, 0, 1, 0);
assert.strictEqual(first.toString(), 'z');
// Whole-file reads stop at 2 GiB.
assert.throws(() => fs.readFileSync(file), {
  code: 'ERR_FS_FILE_TOO_LARGE',
  name: 'RangeError',
  message: `File size (${position + 2}) is greater than 2 GiB`,
});

const buf = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, buf, 0, 4, position - 1), 3);
assert.deepStrictEqual([...buf.subarray(0, 3)], [0, 0x78, 0x79]);
assert.strictEqual(fs.readSync(fd, buf, 0, 4, BigInt(position) + 10n), 0);

fs.read(fd, Buffer.alloc(2), 0, 2, BigInt(position), common.mustSucceed((n, b) => {
  assert.strictEqual(n, 2);
  assert.strictEqual(b.toString(), 'xy');
  fs.promises.open(file, 'r').then(async (handle) => {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(1), 0, 1,
                                                   position + 1);
    assert.strictEqual(bytesRead, 1);
    assert.strictEqual(buffer.toString(), 'y');
    await handle.close();
    fs.closeSync(fd);
  }).then(common.mustCall());
}));
