'use strict';
// displayErrors puts "file:line / source / caret" on top of the stack of
// errors thrown by vm code (compile errors always); an uncaught one is
// reported with that source once, not twice.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

if (process.argv[2] === 'child') {
  vm.runInNewContext('var a = 1;\nnull.x', {}, { filename: 'uncaught.js' });
  return;
}

assert.throws(() => vm.runInThisContext('\n\nthrow new Error("x")',
                                        { filename: 'f.js' }),
              (err) => err.stack.startsWith(
                'f.js:3\nthrow new Error("x")\n^\n\nError: x\n    at f.js:3:7\n'));
// Not with displayErrors: false.
assert.throws(() => vm.runInThisContext('throw new Error("y")',
                                        { filename: 'g.js',
                                          displayErrors: false }),
              (err) => err.stack.startsWith('Error: y\n    at g.js:1:7\n'));
// In another context, and with offsets (the caret ignores the column
// offset of the first line).
const context = vm.createContext({});
assert.throws(() => vm.runInContext(' throw new Error()', context, {
  filename: 'expected-filename.js', lineOffset: 32, columnOffset: 123,
}), (err) => /^expected-filename\.js:33\n throw new Error\(\)\n \^\n/
  .test(err.stack) && /at expected-filename\.js:33:131/.test(err.stack));
// Syntax errors: always, with the caret under the token.
for (const displayErrors of [true, false]) {
  assert.throws(() => vm.runInThisContext('\n  foo bar', {
    filename: 'syntax.js', displayErrors,
  }), (err) => err instanceof SyntaxError &&
    err.stack.startsWith('syntax.js:2\n  foo bar\n      ^^^\n\nSyntaxError: '));
}
// Thrown primitives and errors without a stack are left alone.
assert.throws(() => vm.runInThisContext('throw 1'), (err) => err === 1);
// Decorated once even when rethrown through another vm run.
const ctx = vm.createContext({ vm });
assert.throws(() => vm.runInContext(
  'vm.runInThisContext("throw new Error(\'inner\')", "inner.js")', ctx,
  { filename: 'outer.js' }),
(err) => err.stack.startsWith('inner.js:1\n') &&
  !err.stack.includes('outer.js:1\n'));

const child = common.spawnSelf([__filename, 'child']);
assert.strictEqual(child.status, 1);
const stderr = child.stderr;
assert.ok(stderr.startsWith('uncaught.js:2\nnull.x\n     ^\n\nTypeError: ' +
                            "Cannot read properties of null (reading 'x')\n" +
                            '    at uncaught.js:2:6\n'), stderr);
assert.strictEqual(stderr.split('uncaught.js:2\n').length, 2);
