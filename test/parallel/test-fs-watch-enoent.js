'use strict';
// Watching a missing path throws ENOENT with syscall 'watch' and the name
// as `filename`.
require('../common');
const assert = require('assert');
const fs = require('fs');

const missing = __filename + '.missing';
assert.throws(() => fs.watch(missing, () => {}), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'watch');
  assert.strictEqual(err.path, missing);
  assert.strictEqual(err.filename, missing);
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, watch '${missing}'`);
  return true;
});
assert.throws(() => fs.watch(__filename, 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
});
