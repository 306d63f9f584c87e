'use strict';
// File from the buffer module: a Blob with a USVString name and a numeric
// lastModified, its inspection and its argument errors.
require('../common');
const assert = require('assert');
const util = require('util');
const { Blob, File } = require('buffer');

(async () => {
  const before = Date.now();
  const file = new File(['abc'], 'a.txt', { type: 'Text/Plain' });
  assert.ok(file instanceof Blob);
  assert.strictEqual(file.name, 'a.txt');
  assert.strictEqual(file.type, 'text/plain');
  assert.strictEqual(file.size, 3);
  assert.ok(file.lastModified >= before && file.lastModified <= Date.now());
  assert.strictEqual(await file.text(), 'abc');
  assert.strictEqual(Object.prototype.toString.call(file), '[object File]');
  assert.ok(file.slice(1) instanceof Blob);

  const fixed = new File(['a'], 'n', { lastModified: 5 });
  assert.strictEqual(util.inspect(fixed),
                     "File { size: 1, type: '', name: 'n', lastModified: 5 }");
  assert.strictEqual(new File([], 'n', { lastModified: 'x' }).lastModified, 0);
  assert.strictEqual(new File([], 'n', { lastModified: 12.7 }).lastModified, 12.7);
  assert.strictEqual(new File([], 'n', { lastModified: null }).lastModified, 0);
  assert.strictEqual(new File([], { toString() { return 'nm'; } }).name, 'nm');
  assert.strictEqual(new File([], '\ud800').name, '\ufffd');
  assert.strictEqual(File.length, 2);
  assert.deepStrictEqual(Object.keys(File.prototype), ['name', 'lastModified']);

  const missing = {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "fileBits" and "fileName" arguments must be specified',
  };
  assert.throws(() => new File(), missing);
  assert.throws(() => new File(['a']), missing);
  assert.throws(() => new File([], 'n', { lastModified: 1n }), TypeError);
  assert.throws(
    () => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob()),
    TypeError);
})().then(require('../common').mustCall());
