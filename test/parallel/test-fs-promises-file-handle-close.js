'use strict';
// FileHandle.close(): the fd becomes -1, a 'close' event fires, closing
// again resolves, and operations afterwards reject with EBADF 'file closed'
// naming the operation.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

(async () => {
  const handle = await fs.promises.open(__filename, 'r');
  assert.strictEqual(typeof handle.fd, 'number');
  assert.ok(handle.fd > 2);
  const fd = handle.fd;
  handle.on('close', common.mustCall());

  const closing = handle.close();
  assert.strictEqual(handle.fd, -1);
  assert.strictEqual(await closing, undefined);
  assert.strictEqual(await handle.close(), undefined);
  // The fd really is closed.
  assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });

  for (const [call, syscall] of [
    [() => handle.read(), 'read'],
    [() => handle.write('x'), 'write'],
    [() => handle.stat(), 'fstat'],
    [() => handle.truncate(), 'ftruncate'],
    [() => handle.readFile(), 'readFile'],
    [() => handle.writeFile('x'), 'writeFile'],
    [() => handle.sync(), 'fsync'],
    [() => handle.chmod(0o644), 'fchmod'],
  ]) {
    await assert.rejects(call(), (err) => {
      assert.strictEqual(err.message, 'file closed');
      assert.strictEqual(err.code, 'EBADF');
      assert.strictEqual(err.syscall, syscall);
      return true;
    });
  }

  // `close` is an own property: it can be detached.
  const other = await fs.promises.open(__filename);
  const { close } = other;
  await close();
  assert.strictEqual(other.fd, -1);

  // close() waits for operations in flight.
  const busy = await fs.promises.open(__filename);
  const reading = busy.readFile('utf8');
  await busy.close();
  assert.match(await reading, /FileHandle\.close\(\)/);
})().then(common.mustCall());
