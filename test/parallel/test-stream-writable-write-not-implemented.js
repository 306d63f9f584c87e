'use strict';
// A Writable without _write or _writev throws ERR_METHOD_NOT_IMPLEMENTED
// from write(); with only _writev, single writes go through it.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

assert.throws(() => new Writable().write('x'), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  name: 'Error',
  message: 'The _write() method is not implemented',
});

const v = new Writable({
  writev: common.mustCall((chunks, cb) => {
    assert.deepStrictEqual(chunks, [{ chunk: Buffer.from('x'), encoding: 'buffer' }]);
    cb();
  }),
});
v.write('x', common.mustCall());
