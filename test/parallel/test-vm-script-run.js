'use strict';
// vm.Script compiled once and run in this context, in a contextified object
// and in a new context; the instance's own properties; filename, lineOffset
// and columnOffset in stack traces; the module's exports.
require('../common');
const assert = require('assert');
const vm = require('vm');

assert.deepStrictEqual(Object.keys(vm), [
  'Script', 'createContext', 'createScript', 'runInContext',
  'runInNewContext', 'runInThisContext', 'isContext', 'compileFunction',
  'measureMemory', 'constants',
]);
// vm.Module and friends need --experimental-vm-modules in node 20.
assert.strictEqual(vm.Module, undefined);
assert.strictEqual(vm.SourceTextModule, undefined);
assert.strictEqual(vm.SyntheticModule, undefined);

assert.strictEqual(vm.Script.name, 'Script');
assert.strictEqual(vm.Script.length, 1);
assert.strictEqual(Object.getPrototypeOf(vm.Script).name, 'ContextifyScript');
assert.deepStrictEqual(Object.getOwnPropertyNames(vm.Script.prototype),
                       ['constructor', 'runInThisContext', 'runInContext',
                        'runInNewContext']);

// The completion value of the last statement.
globalThis.vmCounter = 0;
const script = new vm.Script('vmCounter += 1; vmCounter * 10');
assert.strictEqual(script.runInThisContext(), 10);
assert.strictEqual(script.runInThisContext(), 20);
assert.strictEqual(globalThis.vmCounter, 2);
delete globalThis.vmCounter;
assert.deepStrictEqual(Object.keys(script), ['sourceMapURL']);
assert.strictEqual(script.sourceMapURL, undefined);
assert.ok(vm.createScript('1') instanceof vm.Script);

// One script, many contexts: globals are per context.
const counter = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const a = vm.createContext({});
const b = vm.createContext({ count: 10 });
counter.runInContext(a);
counter.runInContext(a);
counter.runInContext(b);
assert.strictEqual(a.count, 2);
assert.strictEqual(b.count, 11);
assert.strictEqual(typeof globalThis.count, 'undefined');

// runInNewContext contextifies its argument, or a new object.
const sandbox = { x: 2 };
assert.strictEqual(new vm.Script('x * 21').runInNewContext(sandbox), 42);
assert.ok(vm.isContext(sandbox));
assert.strictEqual(vm.runInNewContext('typeof require'), 'undefined');
assert.strictEqual(vm.runInNewContext('this.y = 5; y + x', { x: 1 }), 6);

// The shortcuts, with options as a filename string.
assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined');
assert.strictEqual(vm.runInContext('x', vm.createContext({ x: 'c' })), 'c');
assert.throws(() => vm.runInThisContext('throw new Error("boom")', 'name.vm'),
              (err) => /name\.vm:1:7/.test(err.stack));

// Local scope is not visible.
const local = 'outer';  // eslint-disable-line no-unused-vars
assert.strictEqual(vm.runInThisContext('typeof local'), 'undefined');

// The default filename, and offsets.
assert.throws(() => vm.runInThisContext('null.x'),
              (err) => err instanceof TypeError &&
                       /at evalmachine\.<anonymous>:1:6/.test(err.stack));
assert.throws(() => vm.runInThisContext('\n\n  throw new Error("o")', {
  filename: 'offsets.js', lineOffset: 10, columnOffset: 100,
}), (err) => /offsets\.js:13:9/.test(err.stack));
assert.throws(() => vm.runInThisContext('throw new Error("o")', {
  filename: 'first-line.js', lineOffset: 3, columnOffset: 4,
}), (err) => /first-line\.js:4:11/.test(err.stack));

// A source map comment is read.
assert.strictEqual(new vm.Script('1\n//# sourceMappingURL=foo.map').sourceMapURL,
                   'foo.map');

// `this` at the top level of a script is the context's global.
assert.strictEqual(vm.runInThisContext('this'), globalThis);
