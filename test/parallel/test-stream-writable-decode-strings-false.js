'use strict';
// With decodeStrings: false, _write gets strings as they are with their
// encoding (the default one when none was given); Buffers come as 'buffer'.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const seen = [];
const w = new Writable({
  decodeStrings: false,
  defaultEncoding: 'latin1',
  write(chunk, encoding, cb) {
    seen.push([typeof chunk, String(chunk), encoding]);
    cb();
  },
});
w.write('a');
w.write('6263', 'hex');
w.write(Buffer.from('d'));
w.end(common.mustCall(() => {
  assert.deepStrictEqual(seen, [
    ['string', 'a', 'latin1'],
    ['string', '6263', 'hex'],
    ['object', 'd', 'buffer'],
  ]);
}));
