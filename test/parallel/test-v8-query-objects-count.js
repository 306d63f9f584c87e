'use strict';
// v8.queryObjects(ctor, { format }): the live objects with ctor.prototype
// on their prototype chain, as a count or as inspect() summaries; argument
// errors; the experimental warning.
const common = require('../common');
const assert = require('assert');
const v8 = require('v8');
const vm = require('vm');
const { inspect } = require('util');

common.expectWarning('ExperimentalWarning',
                     'v8.queryObjects() is an experimental feature and ' +
                     'might change at any time');

for (const bad of [undefined, null, 1, 'A', {}]) {
  assert.throws(() => v8.queryObjects(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "constructor" argument must be of type function/,
  });
}
for (const bad of [null, 1, 'x', false]) {
  assert.throws(() => v8.queryObjects(class {}, bad), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
}
assert.throws(() => v8.queryObjects(class {}, { format: 'all' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.format' is invalid. Received 'all'",
});

class Base { constructor(v) { this.v = v; } }
class Derived extends Base {}
// Derived.prototype has Base.prototype on its chain: it counts.
assert.strictEqual(v8.queryObjects(Base), 1);
assert.deepStrictEqual(v8.queryObjects(Base, { format: 'summary' }),
                       [inspect(Derived.prototype, { depth: 0 })]);
assert.deepStrictEqual(v8.queryObjects(Derived, { format: 'summary' }), []);

const kept = [new Base(1), new Base(2)];
assert.strictEqual(v8.queryObjects(Base), 3);
assert.strictEqual(v8.queryObjects(Base, { format: 'count' }), 3);
assert.deepStrictEqual(
  v8.queryObjects(Base, { format: 'summary' }).sort(),
  [...kept, Derived.prototype].map((o) => inspect(o, { depth: 0 })).sort());

// Subclass instances count for the base too.
const child = new Derived({ deep: { deeper: 1 } });
assert.strictEqual(v8.queryObjects(Derived), 1);
assert.deepStrictEqual(v8.queryObjects(Derived, { format: 'summary' }),
                       ['Derived { v: [Object] }']);
assert.strictEqual(v8.queryObjects(Base), 4);

// Unreachable objects are not found (a full GC comes first).
(function() { for (let i = 0; i < 5; i++) new Base(i); })();
assert.strictEqual(v8.queryObjects(Base), 4);

// Plain constructor functions, and objects made by Object.create.
function Plain() {}
const plain = new Plain();
const created = Object.create(Plain.prototype);
assert.strictEqual(v8.queryObjects(Plain), 2);

// `new Plain()` run from another context still makes objects of this one
// (Plain's context creates them).
const fromOther = vm.runInNewContext('(P) => [new P(), new P()]')(Plain);
assert.strictEqual(v8.queryObjects(Plain), 4);

assert.ok(kept && child && plain && created && fromOther);
