'use strict';
// console.log() of functions and classes of every kind, with and without
// properties.
require('../common');

class Animal {}
class Dog extends Animal {
  static create() { return new Dog(); }
}
function withProps() {}
withProps.version = 2;
withProps.nested = { deep: { deeper: { deepest: true } } };

console.log(function named() {});
console.log(function() {});
console.log(() => {});
console.log(async function asyncNamed() {});
console.log(async () => {});
console.log(function* generator() {});
console.log(async function* asyncGenerator() {});
console.log(Animal);
console.log(Dog);
console.log(class {});
console.log(class extends Animal {});
console.log(withProps);
console.log(Math.max, Array.prototype.push);
console.log(function bound() {}.bind(null));
console.log([Animal, Dog, withProps, () => {}]);
console.log({ method() {}, arrow: () => {}, klass: class Inner {} });
console.log(Object.setPrototypeOf(function orphan() {}, null));
