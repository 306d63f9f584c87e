'use strict';
// _transform's output is read in order; _flush's output comes last, then
// 'end', and 'finish' (which waits for _flush's callback) after it.
const common = require('../common');
const assert = require('assert');
const { Transform } = require('stream');

const events = [];
const t = new Transform({
  transform(chunk, encoding, cb) {
    cb(null, chunk.toString().toUpperCase());
  },
  flush: common.mustCall(function(cb) {
    events.push('flush');
    this.push('!');
    cb(null, '?');
  }),
});
t.on('data', (chunk) => events.push(`data:${chunk}`));
t.on('finish', common.mustCall(() => events.push('finish')));
t.on('end', common.mustCall(() => events.push('end')));
t.on('close', common.mustCall(() => {
  assert.deepStrictEqual(events,
                         ['data:AB', 'data:CD', 'flush', 'data:!', 'data:?', 'end', 'finish']);
}));
t.write('ab');
t.end('cd');
