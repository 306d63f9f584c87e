'use strict';
// stream.pipeline(source, process.stdout, cb) calls cb without an error
// once everything is written, whether stdout is a pipe or a file, and
// console.log output keeps its order around it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const big = 'y'.repeat(200000);

if (process.argv[2] === 'child') {
  const { pipeline, Readable } = require('stream');
  console.log('before');
  pipeline(Readable.from(['a\n', 'b\n', `${big}\n`]), process.stdout,
           common.mustCall((err) => {
             assert.strictEqual(err, undefined);
             process.stderr.write('callback\n');
           }));
  return;
}

const expected = `before\na\nb\n${big}\n`;

let result = common.spawnSelf([__filename, 'child']);
assert.strictEqual(result.status, 0, result.stderr);
assert.strictEqual(result.stderr, 'callback\n');
assert.strictEqual(result.stdout, expected);

common.tmpdir.refresh();
const file = common.tmpdir.resolve('out.txt');
const fd = fs.openSync(file, 'w');
result = common.spawnSelf([__filename, 'child'], { stdio: ['pipe', fd, 'pipe'] });
fs.closeSync(fd);
assert.strictEqual(result.status, 0, result.stderr);
assert.strictEqual(result.stderr, 'callback\n');
assert.strictEqual(fs.readFileSync(file, 'utf8'), expected);
