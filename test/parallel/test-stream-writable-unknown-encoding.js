'use strict';
// An unknown encoding for write(), setDefaultEncoding() or defaultEncoding
// throws ERR_UNKNOWN_ENCODING; object mode passes encodings through as is.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write() {} });
const check = (name) => ({
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: `Unknown encoding: ${name}`,
});
assert.throws(() => w.write('x', 'bogus'), check('bogus'));
assert.throws(() => w.setDefaultEncoding('bogus'), check('bogus'));
assert.throws(() => w.setDefaultEncoding(5), check(5));
assert.throws(() => new Writable({ defaultEncoding: 'bogus' }), check('bogus'));
assert.strictEqual(w.setDefaultEncoding('HEX'), w);
assert.strictEqual(w._writableState.defaultEncoding, 'hex');

const o = new Writable({
  objectMode: true,
  write: common.mustCall((chunk, encoding, cb) => {
    assert.strictEqual(encoding, 'bogus');
    cb();
  }),
});
o.write('x', 'bogus');
