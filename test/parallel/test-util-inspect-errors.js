'use strict';
// util.inspect() of errors: the stack, `[message]` without one, extra own
// properties, `[cause]`, `[errors]`, renamed errors and subclasses, null
// prototypes.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

// Errors with a fixed stack, so that the output does not depend on paths.
function withStack(err, frames = ['    at fn (/app/file.js:1:2)', '    at main (/app/main.js:3:4)']) {
  err.stack = [`${err.name}: ${err.message}`, ...frames].join('\n');
  return err;
}
function stackless(Ctor, message, options) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Ctor(message, options);
  Error.stackTraceLimit = limit;
  return err;
}
class MyError extends Error {}
class NamedError extends Error {
  constructor(message) {
    super(message);
    this.name = 'NamedError';
  }
}
class FooError extends TypeError {}
const renamed = withStack(new Error('renamed'));
renamed.name = 'Custom';
const renamedError = withStack(new Error('renamed'));
renamedError.name = 'CustomError';
const changedMessage = withStack(new Error('original'));
changedMessage.message = 'changed';
const noStack = new Error('no stack');
noStack.stack = undefined;
const customStack = new Error('x');
customStack.stack = 'custom stack text';
const cause = withStack(new Error('inner'), ['    at inner (/app/a.js:1:1)', '    at x (/app/b.js:2:2)', '    at y (/app/c.js:3:3)', '    at z (/app/d.js:4:4)', '    at w (/app/e.js:5:5)']);
const outer = withStack(new Error('outer', { cause }), ['    at outer (/app/o.js:9:9)', '    at x (/app/b.js:2:2)', '    at y (/app/c.js:3:3)', '    at z (/app/d.js:4:4)', '    at w (/app/e.js:5:5)']);
const nullProto = Object.setPrototypeOf(withStack(new Error('np')), null);
const aggregate = stackless(AggregateError, [stackless(Error, 'a'), stackless(TypeError, 'b')]);
aggregate.message = 'agg';
const nameFirst = new Error('m');
nameFirst.name = 'Custom';
withStack(nameFirst);
const nameFirstError = new Error('m');
nameFirstError.name = 'ValidationError';
withStack(nameFirstError);
const subRenamed = new FooError('m');
subRenamed.name = 'BarError';
withStack(subRenamed);
const framed = withStack(new Error('frames'), [
  '    at Object.format (node:util:1:1)',
  '    at x (/app/node_modules/pkg/index.js:1:1)',
  '    at y (/app/node_modules/@scope/pkg/index.js:1:1)',
  '    at z (/app/node_modules_not/index.js:1:1)',
]);
const real = new Error('real stack');
const realLines = inspect(real).split('\n');

assert.strictEqual(
  inspect(withStack(new Error('boom'))),
  'Error: boom\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(
  inspect(withStack(new TypeError('bad type'))),
  'TypeError: bad type\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(inspect(stackless(Error, 'stackless')), '[Error: stackless]');
assert.strictEqual(inspect(stackless(RangeError, '')), '[RangeError]');
assert.strictEqual(inspect(noStack), '[Error: no stack]');
assert.strictEqual(inspect(customStack), '[custom stack text]');
assert.strictEqual(
  inspect(Object.assign(withStack(new Error('props')), { code: 'E_CODE', extra: { a: 1 } })),
  "Error: props\n" +
  "    at fn (/app/file.js:1:2)\n" +
  "    at main (/app/main.js:3:4) {\n" +
  "  code: 'E_CODE',\n" +
  "  extra: { a: 1 }\n" +
  "}");
assert.strictEqual(
  inspect(Object.assign(stackless(SyntaxError, 'sl'), { code: 'X' })),
  "[SyntaxError: sl] { code: 'X' }");
assert.strictEqual(
  inspect(stackless(Error, 'outer', { cause: stackless(Error, 'inner') })),
  '[Error: outer] { [cause]: [Error: inner] }');
assert.strictEqual(
  inspect(stackless(Error, 'outer', { cause: 'a reason' })),
  "[Error: outer] { [cause]: 'a reason' }");
assert.strictEqual(
  inspect(stackless(Error, 'outer', { cause: undefined })),
  '[Error: outer] { [cause]: undefined }');
assert.strictEqual(
  inspect(outer),
  'Error: outer\n' +
  '    at outer (/app/o.js:9:9)\n' +
  '    at x (/app/b.js:2:2)\n' +
  '    ... 2 lines matching cause stack trace ...\n' +
  '    at w (/app/e.js:5:5) {\n' +
  '  [cause]: Error: inner\n' +
  '      at inner (/app/a.js:1:1)\n' +
  '      at x (/app/b.js:2:2)\n' +
  '      at y (/app/c.js:3:3)\n' +
  '      at z (/app/d.js:4:4)\n' +
  '      at w (/app/e.js:5:5)\n' +
  '}');
assert.strictEqual(
  inspect(aggregate),
  '[AggregateError: agg] { [errors]: [ [Error: a], [TypeError: b] ] }');
assert.strictEqual(
  inspect(renamed),
  "Error: renamed\n" +
  "    at fn (/app/file.js:1:2)\n" +
  "    at main (/app/main.js:3:4) {\n" +
  "  name: 'Custom'\n" +
  "}");
assert.strictEqual(
  inspect(renamedError),
  "Error: renamed\n" +
  "    at fn (/app/file.js:1:2)\n" +
  "    at main (/app/main.js:3:4) {\n" +
  "  name: 'CustomError'\n" +
  "}");
assert.strictEqual(
  inspect(changedMessage),
  'Error: original\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(
  inspect(withStack(new MyError('sub'))),
  'MyError: sub\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(
  inspect(withStack(new NamedError('named'))),
  'NamedError: named\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(
  inspect(withStack(new FooError('foo'))),
  'FooError [TypeError]: foo\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(
  inspect(nullProto),
  '[Error: null prototype]: np\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(inspect(Object.create(Error.prototype)), '[Error]');
assert.strictEqual(
  inspect({ nested: stackless(Error, 'nested'), list: [stackless(RangeError, 'r')] }),
  '{ nested: [Error: nested], list: [ [RangeError: r] ] }');
assert.strictEqual(
  inspect({ a: { b: withStack(new Error('indented')) } }),
  '{\n' +
  '  a: {\n' +
  '    b: Error: indented\n' +
  '        at fn (/app/file.js:1:2)\n' +
  '        at main (/app/main.js:3:4)\n' +
  '  }\n' +
  '}');
assert.strictEqual(
  inspect(stackless(Error, 'line1\nline2')),
  '[Error: line1\n' +
  'line2]');
assert.strictEqual(
  inspect(withStack(new Error('hidden keys')), { showHidden: true }),
  "Error: hidden keys\n" +
  "    at fn (/app/file.js:1:2)\n" +
  "    at main (/app/main.js:3:4) {\n" +
  "  [stack]: 'Error: hidden keys\\n' +\n" +
  "    '    at fn (/app/file.js:1:2)\\n' +\n" +
  "    '    at main (/app/main.js:3:4)',\n" +
  "  [message]: 'hidden keys'\n" +
  "}");
assert.strictEqual(
  inspect(withStack(new Error('colors')), { colors: true }),
  'Error: colors\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(
  inspect(framed, { colors: true }),
  'Error: frames\n' +
  '\x1b[90m    at Object.format (node:util:1:1)\x1b[39m\n' +
  '    at x (/app/node_modules/\x1b[4mpkg\x1b[24m/index.js:1:1)\n' +
  '    at y (/app/node_modules/\x1b[4m@scope/pkg\x1b[24m/index.js:1:1)\n' +
  '    at z (/app/node_modules_not/index.js:1:1)');
assert.strictEqual(
  inspect(framed),
  'Error: frames\n' +
  '    at Object.format (node:util:1:1)\n' +
  '    at x (/app/node_modules/pkg/index.js:1:1)\n' +
  '    at y (/app/node_modules/@scope/pkg/index.js:1:1)\n' +
  '    at z (/app/node_modules_not/index.js:1:1)');
assert.strictEqual(
  inspect(nameFirst),
  'Custom: m\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(
  inspect(nameFirstError),
  'Error [ValidationError]: m\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(
  inspect(subRenamed),
  'FooError [BarError]: m\n' +
  '    at fn (/app/file.js:1:2)\n' +
  '    at main (/app/main.js:3:4)');
assert.strictEqual(realLines[0], 'Error: real stack');
assert.strictEqual(realLines[1].startsWith('    at '), true);
assert.strictEqual(realLines.length > 2, true);
