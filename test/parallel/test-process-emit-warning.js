'use strict';
// process.emitWarning: 'warning' events with name, code and detail, in the
// next tick; bad arguments are rejected.
const common = require('../common');
const assert = require('assert');

const seen = [];
process.removeAllListeners('warning');
process.on('warning', common.mustCall((w) => {
  assert.ok(w instanceof Error);
  seen.push([w.name, w.message, w.code, w.detail]);
}, 4));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning', 'CODE1');
process.emitWarning('with options', { type: 'OptWarning', code: 'C2',
                                      detail: 'more' });
process.emitWarning(new Error('an error'));
assert.deepStrictEqual(seen, []);

assert.throws(() => process.emitWarning(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.emitWarning('x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => process.emitWarning('x', 'T', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
});

process.on('exit', () => {
  assert.deepStrictEqual(seen, [
    ['Warning', 'plain', undefined, undefined],
    ['CustomWarning', 'typed', 'CODE1', undefined],
    ['OptWarning', 'with options', 'C2', 'more'],
    ['Error', 'an error', undefined, undefined],
  ]);
});
