'use strict';
// stdio: 'ignore' gives null streams; 'inherit' and fd numbers hand the
// child our descriptors (its output lands in a file we opened); a stream
// with an fd is passed as that fd.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawn, spawnSync } = require('child_process');

common.tmpdir.refresh();
const file = common.tmpdir.resolve('out.txt');

const ignored = spawn('echo', ['x'], { stdio: 'ignore' });
assert.strictEqual(ignored.stdin, null);
assert.strictEqual(ignored.stdout, null);
assert.strictEqual(ignored.stderr, null);
assert.deepStrictEqual(ignored.stdio, [null, null, null]);
ignored.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);

  const fd = fs.openSync(file, 'w');
  const child = spawn('/bin/sh', ['-c', 'echo to-file; echo err >&2'], {
    stdio: ['ignore', fd, 'pipe'],
  });
  assert.strictEqual(child.stdout, null);
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  child.on('close', common.mustCall((code) => {
    fs.closeSync(fd);
    assert.strictEqual(code, 0);
    assert.strictEqual(err, 'err\n');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'to-file\n');
  }));
}));

const sync = spawnSync('echo', ['y'], { stdio: ['ignore', 'inherit', 'pipe'] });
assert.strictEqual(sync.status, 0);
assert.strictEqual(sync.output[1], null);
assert.throws(() => spawn('true', { stdio: 'bogus' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
