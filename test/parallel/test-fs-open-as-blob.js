'use strict';
// openAsBlob resolves to a Blob of the file's bytes, typed as asked.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Blob } = require('buffer');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('blob.txt');
fs.writeFileSync(file, 'blob content');

fs.openAsBlob(file, { type: 'text/plain' }).then(common.mustCall(async (blob) => {
  assert.ok(blob instanceof Blob);
  assert.strictEqual(blob.size, 12);
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(await blob.text(), 'blob content');
}));
assert.throws(() => fs.openAsBlob(file, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type ' +
           "string ('x')",
});
assert.throws(() => fs.openAsBlob(file, { type: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => fs.openAsBlob(5), { code: 'ERR_INVALID_ARG_TYPE' });
