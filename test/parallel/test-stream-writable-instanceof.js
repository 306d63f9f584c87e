'use strict';
// A Duplex (and anything with a WritableState) is instanceof Writable,
// though it does not inherit from it; subclasses keep normal semantics.
require('../common');
const assert = require('assert');
const { Writable, Duplex, Transform, Readable } = require('stream');

assert.ok(new Duplex() instanceof Writable);
assert.ok(new Transform() instanceof Writable);
assert.ok(!(new Readable() instanceof Writable));
assert.ok(!({} instanceof Writable));
assert.ok(!(null instanceof Writable));
assert.ok(!(Object.create(Writable.prototype) instanceof Duplex));

class MyWritable extends Writable {}
assert.ok(new MyWritable() instanceof Writable);
assert.ok(!(new Duplex() instanceof MyWritable));

// Calling without new still makes a Writable.
assert.ok(Writable() instanceof Writable);
