'use strict';
// readlink returns a link's target in the requested encoding; a file that
// is not a link is EINVAL.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const link = tmpdir.resolve('link');
fs.symlinkSync('caf\u00e9', link);

assert.strictEqual(fs.readlinkSync(link), 'caf\u00e9');
assert.deepStrictEqual(fs.readlinkSync(link, 'buffer'), Buffer.from('caf\u00e9'));
assert.strictEqual(fs.readlinkSync(link, { encoding: 'hex' }),
                   Buffer.from('caf\u00e9').toString('hex'));
assert.throws(() => fs.readlinkSync(__filename), {
  code: 'EINVAL',
  syscall: 'readlink',
  message: `EINVAL: invalid argument, readlink '${__filename}'`,
});
fs.readlink(link, common.mustSucceed((target) => {
  assert.strictEqual(target, 'caf\u00e9');
}));
fs.promises.readlink(link, 'buffer').then(common.mustCall((target) => {
  assert.deepStrictEqual(target, Buffer.from('caf\u00e9'));
}));
