'use strict';
// Errors compare name, message, cause and errors (not the stack), and
// their enumerable properties.
require('../common');
const assert = require('assert');

assert.deepStrictEqual(new Error('a'), new Error('a'));
assert.notDeepStrictEqual(new Error('a'), new Error('b'));
assert.notDeepStrictEqual(new Error('a'), new TypeError('a'));
assert.notDeepEqual(new Error('a'), new RangeError('a'));
assert.notDeepStrictEqual(new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
assert.notDeepStrictEqual(new Error('a', { cause: 1 }), new Error('a'));
assert.deepStrictEqual(new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: 1 } }));
assert.notDeepStrictEqual(new AggregateError([1], 'm'), new AggregateError([2], 'm'));
const e1 = new Error('x');
const e2 = new Error('x');
e1.code = 'A';
e2.code = 'B';
assert.notDeepStrictEqual(e1, e2);
assert.throws(() => assert.deepStrictEqual(new Error('a'), new Error('b')), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '+ [Error: a]\n- [Error: b]\n          ^',
});
