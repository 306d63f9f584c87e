'use strict';
// PassThrough outputs its input unchanged; it is a Transform and works as a
// function call too.
const common = require('../common');
const assert = require('assert');
const { PassThrough, Transform, Duplex } = require('stream');

const p = new PassThrough();
assert.ok(p instanceof Transform);
assert.ok(p instanceof Duplex);
p.write('a');
p.end(Buffer.from('b'));
p.toArray().then(common.mustCall((chunks) => {
  assert.strictEqual(Buffer.concat(chunks).toString(), 'ab');
}));

const o = PassThrough({ objectMode: true });
assert.ok(o instanceof PassThrough);
o.end({ x: 1 });
assert.deepStrictEqual(o.read(), { x: 1 });
