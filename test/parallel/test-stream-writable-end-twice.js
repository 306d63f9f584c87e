'use strict';
// end() on a finished stream gives ERR_STREAM_ALREADY_FINISHED to its
// callback; end() while ending just waits for 'finish'.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.end(common.mustCall((err) => assert.strictEqual(err, null)));
w.end(common.mustCall((err) => assert.strictEqual(err, null)));
w.on('finish', common.mustCall(() => {
  w.end(common.expectsError({
    code: 'ERR_STREAM_ALREADY_FINISHED',
    name: 'Error',
    message: 'Cannot call end after a stream was finished',
  }));
}));
