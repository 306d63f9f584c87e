'use strict';
// A ReadStream opens itself ('open' with the fd, then 'ready'), is pending
// until then, and ends with 'end' then 'close' (fd released, fd = null).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const stream = fs.createReadStream(__filename);
assert.strictEqual(stream.pending, true);
assert.strictEqual(stream.fd, null);
assert.strictEqual(stream.path, __filename);
assert.strictEqual(stream.flags, 'r');
assert.strictEqual(stream.mode, 0o666);
assert.strictEqual(stream.bytesRead, 0);
assert.strictEqual(stream.autoClose, true);
assert.deepStrictEqual(
  Object.keys(stream).slice(0, 8),
  ['fd', 'path', 'flags', 'mode', 'start', 'end', 'pos', 'bytesRead']);

const events = [];
let openedFd;
stream.on('open', common.mustCall((fd) => {
  events.push('open');
  openedFd = fd;
  assert.strictEqual(typeof fd, 'number');
  assert.strictEqual(stream.fd, fd);
  assert.strictEqual(stream.pending, false);
}));
stream.on('ready', common.mustCall(() => events.push('ready')));
stream.on('data', () => {
  if (events[events.length - 1] !== 'data') events.push('data');
});
stream.on('end', common.mustCall(() => events.push('end')));
stream.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['open', 'ready', 'data', 'end', 'close']);
  assert.strictEqual(stream.bytesRead, fs.statSync(__filename).size);
  assert.strictEqual(stream.fd, null);
  assert.strictEqual(stream.destroyed, true);
  assert.throws(() => fs.fstatSync(openedFd), { code: 'EBADF' });
}));

// emitClose: false leaves out the 'close' event.
const quiet = fs.createReadStream(__filename, { emitClose: false });
quiet.on('close', common.mustNotCall());
quiet.resume();
quiet.on('end', common.mustCall());
