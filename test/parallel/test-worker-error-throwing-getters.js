'use strict';
// A Worker's uncaught error whose stack getter throws (its
// prepareStackTrace throws) reaches the parent's 'error' event with its
// name and message and no stack; an own property whose getter throws is
// left behind, the others cross.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

new Worker(`
  Error.prepareStackTrace = (err) => {
    if (err.message === 'inner') throw new Error('from prepareStackTrace');
    return 'custom';
  };
  throw new Error('inner');
`, { eval: true }).on('error', common.mustCall((err) => {
  assert.strictEqual(err.stack, undefined);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.message, 'inner');
}));

new Worker(`
  const err = new RangeError('with props');
  err.code = 'E_X';
  Object.defineProperty(err, 'bad', {
    enumerable: true, get() { throw new Error('no'); },
  });
  throw err;
`, { eval: true }).on('error', common.mustCall((err) => {
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'with props');
  assert.strictEqual(err.code, 'E_X');
  assert.strictEqual('bad' in err, false);
}));
