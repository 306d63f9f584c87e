'use strict';
// _construct runs on the next tick; _read waits until it has called back.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const events = [];
const r = new Readable({
  construct: common.mustCall(function(cb) {
    events.push('construct');
    assert.strictEqual(this._readableState.constructed, false);
    setImmediate(() => {
      events.push('constructed');
      cb();
    });
  }),
  read: common.mustCall(function() {
    events.push('read');
    this.push('x');
    this.push(null);
  }),
});
assert.deepStrictEqual(events, []);
r.resume();
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(events, ['construct', 'constructed', 'read']);
}));
