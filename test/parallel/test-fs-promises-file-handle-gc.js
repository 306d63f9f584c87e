'use strict';
// A FileHandle collected while still open has its fd closed, with node's
// warning and the DEP0137 deprecation.
const common = require('../common');
const assert = require('assert');

if (process.argv[2] === 'child') {
  const fs = require('fs');
  (async () => {
    let handle = await fs.promises.open(__filename);
    const fd = handle.fd;
    process.on('exit', () => {
      // The fd was closed for us.
      assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });
      console.log(`fd ${fd}`);
    });
    handle = null;
    await new Promise((resolve) => setTimeout(resolve, 10));
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  })();
  return;
}

const child = common.spawnSelf(['--expose-gc', __filename, 'child']);
assert.strictEqual(child.status, 0, child.stderr);
const fd = /^fd (\d+)$/m.exec(child.stdout)[1];
assert.match(child.stderr,
             new RegExp(`Warning: Closing file descriptor ${fd} on garbage ` +
                        'collection'));
assert.match(child.stderr,
             /\[DEP0137\] DeprecationWarning: Closing a FileHandle object on garbage collection is deprecated\. Please close FileHandle objects explicitly using FileHandle\.prototype\.close\(\)\. In the future, an error will be thrown if a file descriptor is closed during garbage collection\./);
