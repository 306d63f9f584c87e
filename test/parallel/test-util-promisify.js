'use strict';
// util.promisify(): callbacks become promises; multiple results with
// customPromisifyArgs-less functions resolve to the first; util.promisify.custom
// is used and marked; properties and the prototype are kept.
const common = require('../common');
const assert = require('assert');
const util = require('util');

function add(a, b, callback) {
  callback(null, a + b, 'ignored');
}
add.extra = 'kept';
const promisifiedAdd = util.promisify(add);
assert.strictEqual(promisifiedAdd.name, 'add');
assert.strictEqual(promisifiedAdd.length, 3);
assert.strictEqual(promisifiedAdd.extra, 'kept');
assert.strictEqual(Object.getPrototypeOf(promisifiedAdd), Object.getPrototypeOf(add));
assert.strictEqual(promisifiedAdd[util.promisify.custom], promisifiedAdd);
assert.strictEqual(util.promisify(promisifiedAdd), promisifiedAdd);
assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

const asyncFn = async function named() {};
assert.strictEqual(Object.getPrototypeOf(util.promisify(asyncFn)),
                   Object.getPrototypeOf(asyncFn));

// A custom implementation is returned as it is, and marked.
function withCustom() {}
const customImpl = () => Promise.resolve('custom');
withCustom[util.promisify.custom] = customImpl;
assert.strictEqual(util.promisify(withCustom), customImpl);
const mark = Object.getOwnPropertyDescriptor(customImpl, util.promisify.custom);
assert.deepStrictEqual(mark, {
  value: customImpl, writable: false, enumerable: false, configurable: true,
});

// `this` reaches the original.
const receiver = {
  value: 42,
  get(callback) { callback(null, this.value); },
};
receiver.getAsync = util.promisify(receiver.get);

(async () => {
  assert.strictEqual(await promisifiedAdd(1, 2), 3);
  assert.strictEqual(await receiver.getAsync(), 42);
  const failure = new Error('failure');
  await assert.rejects(util.promisify((cb) => cb(failure))(), failure);
  // Falsy errors do not reject.
  assert.strictEqual(await util.promisify((cb) => cb(null, 'v'))(), 'v');
  assert.strictEqual(await util.promisify((cb) => cb(0, 'zero'))(), 'zero');
  assert.strictEqual(await util.promisify((cb) => cb())(), undefined);
  // A synchronous throw rejects the promise.
  const thrown = new Error('sync');
  await assert.rejects(util.promisify(() => { throw thrown; })(), thrown);
  assert.strictEqual(await util.promisify(withCustom)(), 'custom');
})().then(common.mustCall());
