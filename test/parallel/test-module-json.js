'use strict';
// JSON modules parse once and are cached; a syntax error names the file.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');

const file = fixtures.path('modules', 'data.json');
const data = require(file);
assert.deepStrictEqual(data, { answer: 42, list: [1, 'two'] });
assert.strictEqual(require(file), data);

const broken = fixtures.path('modules', 'broken.json');
assert.throws(() => require(broken), (err) => {
  assert.ok(err instanceof SyntaxError);
  assert.ok(err.message.startsWith(`${broken}: `), err.message);
  return true;
});
