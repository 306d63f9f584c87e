'use strict';
// A path with a null byte (string, Buffer or file: URL) is
// ERR_INVALID_ARG_VALUE in every form: thrown by sync and callback
// functions, a rejection for promise ones; existsSync says false.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const expected = (received) => ({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'path' must be a string, Uint8Array, or URL without " +
           `null bytes. Received ${received}`,
});

const paths = [
  ['foo\u0000bar', "'foo\\x00bar'"],
  [Buffer.from('foo\u0000bar'), '<Buffer 66 6f 6f 00 62 61 72>'],
  [new URL('file:///foo%00bar'), "'/foo\\x00bar'"],
];

for (const [path, received] of paths) {
  assert.throws(() => fs.readFileSync(path), expected(received));
  assert.throws(() => fs.statSync(path), expected(received));
  assert.throws(() => fs.openSync(path, 'r'), expected(received));
  assert.throws(() => fs.writeFileSync(path, 'x'), expected(received));
  assert.throws(() => fs.stat(path, common.mustNotCall()), expected(received));
  assert.throws(() => fs.unlink(path, common.mustNotCall()),
                expected(received));
  assert.rejects(fs.promises.stat(path), expected(received))
    .then(common.mustCall());
  assert.strictEqual(fs.existsSync(path), false);
}

// Other argument names appear in the message.
assert.throws(() => fs.renameSync('a\u0000', 'b'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'oldPath' must be a string/,
});
assert.throws(() => fs.renameSync('a', 'b\u0000'), {
  message: /^The argument 'newPath' must be a string/,
});
assert.throws(() => fs.copyFileSync('a\u0000', 'b'), {
  message: /^The argument 'src' must be a string/,
});

fs.exists('foo\u0000bar', common.mustCall((exists) => {
  assert.strictEqual(exists, false);
}));
