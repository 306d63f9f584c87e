'use strict';
// A failed fs.promises call has a stack with the async frames that awaited
// it (node re-takes the stack in its rejection handler), and FileHandle
// methods called on something else fail with ERR_INTERNAL_ASSERTION.
const common = require('../common');
const assert = require('assert');
const fsp = require('fs/promises');

async function myCaller() {
  await fsp.access('/nodus/does/not/exist');
}

(async () => {
  await assert.rejects(myCaller(), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.message,
                       "ENOENT: no such file or directory, access " +
                       "'/nodus/does/not/exist'");
    assert.match(err.stack, /^Error: ENOENT: no such file or directory/);
    assert.match(err.stack, /\n {4}at async Object.access \(node:internal\/fs\/promises:/);
    assert.match(err.stack, /\n {4}at async myCaller \(/);
    return true;
  });
  await assert.rejects(fsp.readFile('/nodus/nope'), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    return true;
  });
  const handle = await fsp.open(__filename);
  await assert.rejects(() => handle.stat.call({}), {
    code: 'ERR_INTERNAL_ASSERTION',
    message: /^handle must be an instance of FileHandle\n/,
  });
  await handle.close();
})().then(common.mustCall());
