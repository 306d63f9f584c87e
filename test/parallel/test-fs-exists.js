'use strict';
// exists() answers with a boolean (never an error), existsSync() too; bad
// input is false, not an exception; util.promisify(fs.exists) resolves.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');

assert.strictEqual(fs.existsSync(__filename), true);
assert.strictEqual(fs.existsSync(__filename + '.missing'), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync({}), false);
assert.strictEqual(fs.existsSync(5), false);
assert.strictEqual(fs.existsSync('bad\u0000path'), false);
assert.strictEqual(fs.existsSync(Buffer.from(__filename)), true);

fs.exists(__filename, common.mustCall(function(exists) {
  assert.strictEqual(exists, true);
  assert.strictEqual(arguments.length, 1);
}));
fs.exists(__filename + '.missing', common.mustCall((exists) => {
  assert.strictEqual(exists, false);
}));
fs.exists({}, common.mustCall((exists) => {
  assert.strictEqual(exists, false);
}));
assert.throws(() => fs.exists(__filename), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});

util.promisify(fs.exists)(__filename).then(common.mustCall((exists) => {
  assert.strictEqual(exists, true);
}));
