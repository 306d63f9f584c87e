'use strict';
// statfs describes the file system holding a path.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const stats = fs.statfsSync(__dirname);
assert.strictEqual(stats.constructor.name, 'StatFs');
assert.deepStrictEqual(Object.keys(stats),
                       ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files',
                        'ffree']);
for (const key of Object.keys(stats)) {
  assert.strictEqual(typeof stats[key], 'number');
  assert.ok(stats[key] >= 0);
}
assert.ok(stats.bsize > 0);
assert.ok(stats.bfree <= stats.blocks);

const big = fs.statfsSync(__dirname, { bigint: true });
assert.strictEqual(typeof big.blocks, 'bigint');
assert.strictEqual(big.bsize, BigInt(stats.bsize));

assert.throws(() => fs.statfsSync('/nonexistent-nodus'), {
  code: 'ENOENT',
  syscall: 'statfs',
  message: "ENOENT: no such file or directory, statfs '/nonexistent-nodus'",
});
fs.statfs(__dirname, common.mustSucceed((s) => {
  assert.strictEqual(s.bsize, stats.bsize);
}));
fs.promises.statfs(__dirname).then(common.mustCall((s) => {
  assert.strictEqual(s.type, stats.type);
}));
