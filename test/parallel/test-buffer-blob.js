'use strict';
// Blob from the buffer module: parts (strings, views, ArrayBuffers, blobs,
// other values), type normalisation, endings, slice, text/arrayBuffer/bytes,
// inspection, and the argument and receiver errors.
require('../common');
const assert = require('assert');
const util = require('util');
const { Blob, Buffer } = require('buffer');

(async () => {
  const parts = ['a', new Uint8Array([98, 99]), new ArrayBuffer(2),
                 new Blob(['z']), 5, {}, new DataView(new ArrayBuffer(1))];
  const blob = new Blob(parts, { type: 'Text/Plain' });
  assert.strictEqual(blob.size, 23);
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(await blob.text(), 'abc\0\0z5[object Object]\0');
  assert.strictEqual(Object.prototype.toString.call(blob), '[object Blob]');
  assert.strictEqual(util.inspect(blob), "Blob { size: 23, type: 'text/plain' }");
  assert.strictEqual(util.inspect([blob], { depth: 0 }), '[ [Blob] ]');

  // Sources are copied at construction.
  const bytes = new Uint8Array([1, 2]);
  const copied = new Blob([bytes]);
  bytes[0] = 9;
  assert.deepStrictEqual([...await copied.bytes()], [1, 2]);

  assert.strictEqual(new Blob().size, 0);
  assert.strictEqual(new Blob(['\ud800']).size, 3);
  assert.strictEqual(new Blob([], { type: 'a\u0100' }).type, '');
  assert.strictEqual(await new Blob(new Set(['a', 'b'])).text(), 'ab');
  assert.strictEqual(await new Blob(['a\nb\r\nc'], { endings: 'native' }).text(),
                     'a\nb\nc');
  assert.strictEqual(await new Blob(['a\r\nb'], { endings: 'transparent' }).text(),
                     'a\r\nb');
  assert.strictEqual(await new Blob(['\ufeffabc']).text(), 'abc');
  assert.strictEqual(await new Blob([new Uint8Array([0xff, 0x41])]).text(), '\ufffdA');

  const ab = await new Blob(['abc']).arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString(), 'abc');

  const six = new Blob(['abcdef']);
  assert.strictEqual(await six.slice(1, -1).text(), 'bcde');
  assert.strictEqual(await six.slice(-2).text(), 'ef');
  assert.strictEqual(six.slice(4, 2).size, 0);
  assert.strictEqual(six.slice(0, 100).size, 6);
  const typed = six.slice('1', '3', 'X/Y');
  assert.strictEqual(typed.type, 'x/y');
  assert.strictEqual(typed.size, 2);
  assert.ok(typed instanceof Blob);
  assert.strictEqual(six.slice(0, 1, null).type, 'null');

  assert.deepStrictEqual(Object.keys(Blob.prototype),
                         ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']);

  const sequence = {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "sources" argument must be a sequence\./,
  };
  assert.throws(() => new Blob('abc'), sequence);
  assert.throws(() => new Blob(null), sequence);
  assert.throws(() => new Blob({}), sequence);
  assert.throws(() => new Blob([], 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be a dictionary. Received type number (1)',
  });
  assert.throws(() => new Blob([], { endings: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.endings' is invalid. Received 'x'",
  });
  const invalidThis = { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Blob' };
  assert.throws(() => Blob.prototype.slice.call({}), invalidThis);
  assert.throws(
    () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}),
    invalidThis);
  await assert.rejects(Blob.prototype.text.call({}), invalidThis);
  await assert.rejects(Blob.prototype.arrayBuffer.call({}), invalidThis);
})().then(require('../common').mustCall());
