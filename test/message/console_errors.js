'use strict';
// console.log() and console.error() of errors whose stack is fixed here:
// extra properties, causes, aggregate errors, subclasses, renamed errors,
// errors without a stack, and coded errors from the core library.
require('../common');
const util = require('util');

function fixStack(err) {
  err.stack = `${err.name}: ${err.message}\n    at f (/app/a.js:1:1)\n    at g (/app/b.js:2:2)`;
  return err;
}
function stackless(make) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = make();
  Error.stackTraceLimit = limit;
  return err;
}
class DatabaseError extends Error {}

console.log(fixStack(new Error('simple')));
console.log(fixStack(Object.assign(new RangeError('with props'), { code: 'E_RANGE', detail: { min: 0 } })));
console.log(stackless(() => new Error('no frames')));
console.log(stackless(() => new Error('outer', { cause: new TypeError('inner cause') })));
console.log(stackless(() => new AggregateError([new Error('one'), new Error('two')], 'many')));
console.log(fixStack(new DatabaseError('subclass')));
const renamed = new Error('renamed');
renamed.name = 'CustomError';
console.log(fixStack(renamed));
const noStack = new Error('stack removed');
noStack.stack = undefined;
console.log(noStack);
console.log({ nested: stackless(() => new SyntaxError('in an object')) });
console.error(stackless(() => new Error('to stderr')));
try {
  util.promisify(42);
} catch (err) {
  err.stack = err.stack.split('\n')[0];
  console.log(err);
  console.log(String(err));
}
try {
  util.getSystemErrorName(1);
} catch (err) {
  err.stack = err.stack.split('\n')[0];
  console.error(err);
}
console.log(util._errnoException(-2, 'open'));
