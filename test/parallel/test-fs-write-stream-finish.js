'use strict';
// A WriteStream writes chunks in order, counts bytesWritten, and ends with
// 'finish' then 'close'; the end() callback runs before 'finish'.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('out.txt');

const stream = fs.createWriteStream(file);
assert.strictEqual(stream.pending, true);
assert.strictEqual(stream.bytesWritten, 0);
assert.strictEqual(stream.flags, 'w');
assert.deepStrictEqual(
  Object.keys(stream).slice(0, 8),
  ['fd', 'path', 'flags', 'mode', 'flush', 'start', 'pos', 'bytesWritten']);
const events = [];
for (const name of ['open', 'ready', 'finish', 'close']) {
  stream.on(name, common.mustCall(() => events.push(name)));
}
assert.strictEqual(stream.write('hello '), true);
stream.write(Buffer.from('world'));
stream.write(new Uint8Array([33]));
stream.end(common.mustCall(() => events.push('end callback')));
stream.on('close', common.mustCall(() => {
  assert.deepStrictEqual(events,
                         ['open', 'ready', 'end callback', 'finish', 'close']);
  assert.strictEqual(stream.bytesWritten, 12);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello world!');
  assert.strictEqual(stream.fd, null);
}));
