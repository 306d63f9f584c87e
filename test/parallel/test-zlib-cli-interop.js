'use strict';
// Interop with the gzip command-line tool both ways: our gzip output is read
// by `gzip -dc` and `zcat` (also multi-member and from a piped file), and
// gzip's output (every level) is read by gunzip/unzip.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const fs = require('fs');
const { spawnSync } = require('child_process');
const { pipeline } = require('stream');
const tmpdir = require('../common/tmpdir');

function run(cmd, args, input) {
  const r = spawnSync(cmd, args, { input, maxBuffer: 64 << 20 });
  assert.ifError(r.error);
  assert.strictEqual(r.status, 0, r.stderr && r.stderr.toString());
  return r.stdout;
}

if (spawnSync('gzip', ['--version']).error) {
  console.log('1..0 # Skipped: no gzip tool');
  process.exit(0);
}

const parts = [];
for (let i = 0; i < 20000; i++) parts.push(`line ${i} ${'abc'.repeat(i % 7)}\n`);
const input = Buffer.from(parts.join(''));

// Ours -> the tools.
for (const level of [1, 6, 9]) {
  const gz = zlib.gzipSync(input, { level });
  assert.deepStrictEqual(run('gzip', ['-dc'], gz), input);
  assert.deepStrictEqual(run('zcat', [], gz), input);
}
const twoMembers = Buffer.concat([zlib.gzipSync('first\n'),
                                  zlib.gzipSync('second\n')]);
assert.strictEqual(run('gzip', ['-dc'], twoMembers).toString(),
                   'first\nsecond\n');

// The tools -> ours.
for (const level of ['-1', '-6', '-9']) {
  const gz = run('gzip', ['-c', level], input);
  assert.deepStrictEqual(zlib.gunzipSync(gz), input);
  assert.deepStrictEqual(zlib.unzipSync(gz), input);
}
// gzip -c with a file name in the header (FNAME flag).
tmpdir.refresh();
const plain = tmpdir.resolve('plain.txt');
fs.writeFileSync(plain, input);
const named = run('gzip', ['-c', plain]);
assert.ok(named[3] & 0x08, 'FNAME set');
assert.deepStrictEqual(zlib.gunzipSync(named), input);

// A file piped through createGzip to disk; the tool tests and reads it.
const out = tmpdir.resolve('piped.gz');
pipeline(fs.createReadStream(plain), zlib.createGzip(),
         fs.createWriteStream(out), common.mustSucceed(() => {
           run('gzip', ['-t', out]);
           assert.deepStrictEqual(run('zcat', [out]), input);
         }));
