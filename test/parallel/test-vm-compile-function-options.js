'use strict';
// vm.compileFunction: params, filename and offsets, parsingContext,
// contextExtensions, and its syntax errors.
require('../common');
const assert = require('assert');
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(add(1, 2), 3);
assert.strictEqual(add.name, '');
assert.strictEqual(add.length, 2);
assert.strictEqual(add.toString(), 'function (a, b) {\nreturn a + b\n}');
assert.strictEqual(vm.compileFunction('return 7')(), 7);
assert.strictEqual(vm.compileFunction('return this', [])
                     .call('x').valueOf(), 'x');

// Compiled in the main context by default: its globals, its Array.
globalThis.compileFunctionGlobal = 'main';
assert.strictEqual(vm.compileFunction('return compileFunctionGlobal')(), 'main');
delete globalThis.compileFunctionGlobal;
assert.ok(vm.compileFunction('return []')() instanceof Array);

// parsingContext: the function belongs to that context.
const context = vm.createContext({ x: 9 });
const inContext = vm.compileFunction('return [x, []]', [],
                                     { parsingContext: context });
const [x, array] = inContext();
assert.strictEqual(x, 9);
assert.strictEqual(array instanceof Array, false);
assert.strictEqual(array instanceof vm.runInContext('Array', context), true);
context.x = 10;
assert.strictEqual(inContext()[0], 10);

// contextExtensions: objects whose properties are in scope.
const withExtensions = vm.compileFunction('return a + b', [], {
  contextExtensions: [{ a: 1 }, { b: 2 }],
});
assert.strictEqual(withExtensions(), 3);
const shadowed = vm.compileFunction('return a', ['a'], {
  contextExtensions: [{ a: 'extension' }],
});
assert.strictEqual(shadowed('param'), 'param');

// filename and offsets in stacks.
const thrower = vm.compileFunction('\nthrow new Error("cf")', [], {
  filename: 'cf.js', lineOffset: 5, columnOffset: 3,
});
assert.throws(thrower, (err) => /at cf\.js:7:7/.test(err.stack));
assert.throws(vm.compileFunction('throw new Error("x")'),
              (err) => /Error: x\n {4}at <anonymous>:1:7/.test(err.stack));

// A syntax error names the file and shows the line.
assert.throws(() => vm.compileFunction('}', [], { filename: 'bad.js' }),
              (err) => err instanceof SyntaxError &&
                       err.stack.startsWith('bad.js:1\n}\n^\n\nSyntaxError: '));
