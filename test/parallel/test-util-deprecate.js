'use strict';
// util.deprecate(): the wrapper warns once per function, and once per code
// across functions, through process.emitWarning(); it keeps `this`, `new`
// and the prototype chain.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (warning) => {
  warnings.push([warning.name, warning.code, warning.message]);
});

const first = util.deprecate(function first(a, b) { return a + b; },
                             'first() is deprecated', 'DEP_TEST1');
const sameCode = util.deprecate(function other() { return 'other'; },
                                'other() is deprecated', 'DEP_TEST1');
const noCode = util.deprecate(function noCode() { return this; },
                              'noCode() is deprecated');

class Legacy {
  constructor(value) {
    this.value = value;
  }
  static create() { return 'static'; }
}
const DeprecatedClass = util.deprecate(Legacy, 'Legacy is deprecated', 'DEP_TEST2');

assert.strictEqual(first(1, 2), 3);
assert.strictEqual(first(3, 4), 7);
assert.strictEqual(sameCode(), 'other');
const receiver = {};
assert.strictEqual(noCode.call(receiver), receiver);
noCode();

const instance = new DeprecatedClass(5);
assert.strictEqual(instance.value, 5);
assert.ok(instance instanceof Legacy);
assert.ok(instance instanceof DeprecatedClass);
assert.strictEqual(DeprecatedClass.prototype, Legacy.prototype);
assert.strictEqual(Object.getPrototypeOf(DeprecatedClass), Legacy);
assert.strictEqual(DeprecatedClass.create(), 'static');
new DeprecatedClass(6); // eslint-disable-line no-new

// The wrapper has no name or arity of its own.
assert.strictEqual(first.name, 'deprecated');
assert.strictEqual(first.length, 0);

assert.throws(() => util.deprecate(() => {}, 'msg', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (1)',
});

// Warnings are emitted on the next tick.
assert.deepStrictEqual(warnings, []);
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'DEP_TEST1', 'first() is deprecated'],
    ['DeprecationWarning', undefined, 'noCode() is deprecated'],
    ['DeprecationWarning', 'DEP_TEST2', 'Legacy is deprecated'],
  ]);
}));
