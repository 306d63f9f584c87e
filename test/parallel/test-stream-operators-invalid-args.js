'use strict';
// The operators validate their arguments: functions (ERR_INVALID_ARG_TYPE),
// options objects, concurrency (ERR_OUT_OF_RANGE); they are not
// constructors (ERR_ILLEGAL_CONSTRUCTOR).
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const fnError = (name) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: `The "${name}" argument must be of type function or an instance ` +
           'of AsyncFunction. Received type number (5)',
});
for (const op of ['map', 'filter', 'flatMap']) {
  assert.throws(() => Readable.from([1])[op](5), fnError('fn'));
}
assert.throws(() => Readable.from([1]).map((x) => x, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => Readable.from([1]).map((x) => x, { concurrency: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "options.concurrency" is out of range. ' +
           'It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => Readable.from([1]).map((x) => x, { signal: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
           'Received type number (5)',
});
assert.throws(() => new Readable.prototype.map((x) => x), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
  name: 'TypeError',
  message: 'Illegal constructor',
});

(async () => {
  for (const op of ['forEach', 'some', 'every', 'find']) {
    await assert.rejects(Readable.from([1])[op](5), fnError('fn'));
  }
  await assert.rejects(Readable.from([1]).reduce(5), fnError('reducer'));
})().then(common.mustCall());
