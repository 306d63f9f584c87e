'use strict';
// fs.watch with { recursive: true } takes only booleans for recursive and
// persistent; a write stream on a FileHandle with { flush: true } syncs it
// before closing.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
for (const [options, name] of [[{ recursive: '1' }, 'recursive'],
                               [{ recursive: true, persistent: 1 },
                                'persistent']]) {
  assert.throws(() => fs.watch(tmpdir.path, options), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: new RegExp(`^The "options\\.${name}" property must be of ` +
                        'type boolean'),
  });
}
fs.watch(tmpdir.path, { recursive: false, persistent: false }).close();

(async () => {
  const file = tmpdir.resolve('flushed.txt');
  const handle = await fs.promises.open(file, 'w');
  let synced = 0;
  const sync = handle.sync;
  handle.sync = function() { synced++; return sync.call(this); };
  const stream = fs.createWriteStream(null, { fd: handle, flush: true });
  stream.end('data', common.mustCall());
  stream.on('close', common.mustCall(() => {
    assert.strictEqual(synced, 1);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'data');
  }));
})().then(common.mustCall());
