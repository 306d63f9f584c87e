'use strict';
// Opening a missing file: the stream emits the open error, then 'close';
// reading a directory fails at the first read with EISDIR.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const missing = __filename + '.missing';
const stream = fs.createReadStream(missing);
const events = [];
stream.on('open', common.mustNotCall());
stream.on('error', common.mustCall((err) => {
  events.push('error');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, open '${missing}'`);
}));
stream.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['error', 'close']);
  assert.strictEqual(stream.destroyed, true);
}));

const dir = fs.createReadStream(__dirname);
dir.on('open', common.mustCall());
dir.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'read');
}));
dir.on('close', common.mustCall());
dir.resume();

// Bad flags surface as an error event too (from the deferred open).
const bad = fs.createReadStream(__filename, { flags: 'bogus' });
bad.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_VALUE');
}));
