'use strict';
// writeFile takes strings (in the given encoding), Buffers, TypedArrays and
// DataViews; anything else is ERR_INVALID_ARG_TYPE named "data".
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('data.bin');

fs.writeFileSync(file, 'text');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'text');
fs.writeFileSync(file, '68656c6c6f', 'hex');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
fs.writeFileSync(file, 'aGk=', { encoding: 'base64' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi');
fs.writeFileSync(file, Buffer.from([1, 2, 3]));
assert.deepStrictEqual([...fs.readFileSync(file)], [1, 2, 3]);
fs.writeFileSync(file, new Uint16Array([0x0201, 0x0403]));
assert.deepStrictEqual([...fs.readFileSync(file)], [1, 2, 3, 4]);
fs.writeFileSync(file, new DataView(new Uint8Array([9, 8, 7]).buffer, 1));
assert.deepStrictEqual([...fs.readFileSync(file)], [8, 7]);
fs.writeFileSync(file, '');
assert.strictEqual(fs.statSync(file).size, 0);

for (const bad of [5, null, true, {}, [1, 2], new ArrayBuffer(2)]) {
  assert.throws(() => fs.writeFileSync(file, bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView\. Received/,
  });
  assert.throws(() => fs.writeFile(file, bad, common.mustNotCall()), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
}

fs.writeFile(file, new Float32Array([1]), common.mustCall(function(err) {
  assert.strictEqual(err, null);
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(fs.readFileSync(file).length, 4);
}));
