'use strict';
// A write over RLIMIT_FSIZE fails with EFBIG (SIGXFSZ is ignored, as in
// node) instead of killing the process.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

if (process.argv[2] === 'child') {
  const file = require('path').join(process.argv[3], 'big.txt');
  assert.throws(() => fs.writeFileSync(file, 'x'.repeat(1 << 16)), {
    code: 'EFBIG', syscall: 'write',
    message: 'EFBIG: file too large, write',
  });
  fs.writeFile(file, 'y'.repeat(1 << 16), common.mustCall((err) => {
    assert.strictEqual(err.code, 'EFBIG');
    console.log('done');
  }));
  return;
}
tmpdir.refresh();
const r = spawnSync('/bin/sh', ['-c', 'ulimit -f 1 && exec "$0" "$1" child "$2"',
                                process.execPath, __filename, tmpdir.path],
                    { encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, 'done\n');
assert.strictEqual(r.status, 0);
