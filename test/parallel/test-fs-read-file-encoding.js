'use strict';
// readFile / readFileSync: no encoding gives a Buffer, an encoding (as a
// string or in options) gives a string; an unknown encoding is refused.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('encoding.txt');
fs.writeFileSync(file, 'h\u00e9llo \u20ac');

const bytes = fs.readFileSync(file);
assert.ok(Buffer.isBuffer(bytes));
assert.strictEqual(bytes.length, 10);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'h\u00e9llo \u20ac');
assert.strictEqual(fs.readFileSync(file, 'utf-8'), 'h\u00e9llo \u20ac');
assert.strictEqual(fs.readFileSync(file, { encoding: 'hex' }),
                   bytes.toString('hex'));
assert.strictEqual(fs.readFileSync(file, 'base64'), bytes.toString('base64'));
assert.strictEqual(fs.readFileSync(file, 'latin1'), bytes.toString('latin1'));
assert.ok(Buffer.isBuffer(fs.readFileSync(file, { encoding: null })));
assert.ok(Buffer.isBuffer(fs.readFileSync(file, {})));

assert.throws(() => fs.readFileSync(file, 'foo'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'encoding' is invalid encoding. Received 'foo'",
});
assert.throws(() => fs.readFileSync(file, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be one of type string or object. ' +
           'Received type number (5)',
});
assert.throws(() => fs.readFileSync(file, { flag: 'bogus' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'flags' is invalid. Received 'bogus'",
});

fs.readFile(file, 'hex', common.mustSucceed((text) => {
  assert.strictEqual(text, bytes.toString('hex'));
}));
fs.readFile(file, common.mustSucceed((data) => {
  assert.deepStrictEqual(data, bytes);
}));
fs.promises.readFile(file, { encoding: 'utf8' }).then(common.mustCall((t) => {
  assert.strictEqual(t, 'h\u00e9llo \u20ac');
}));
