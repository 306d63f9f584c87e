'use strict';
// An error from _final (passed or thrown) destroys the stream with it: no
// 'finish', end()'s callback gets the error, 'error' then 'close'.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

for (const fail of [
  (cb) => cb(new Error('final failed')),
  () => { throw new Error('final failed'); },
]) {
  const events = [];
  const w = new Writable({ write(c, e, cb) { cb(); }, final: fail });
  w.on('finish', common.mustNotCall());
  w.on('error', common.mustCall((err) => events.push(`error:${err.message}`)));
  w.on('close', common.mustCall(() => events.push('close')));
  w.end(common.mustCall((err) => {
    events.push(`end-cb:${err.message}`);
    assert.deepStrictEqual(events,
                           ['error:final failed', 'close', 'end-cb:final failed']);
  }));
}
