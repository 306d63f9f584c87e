'use strict';
// WriteStream { start } writes at that offset (with flags 'r+' to keep the
// rest); flags 'a' appends; encoding sets the default for strings.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('start.txt');
fs.writeFileSync(file, '0123456789');

const patch = fs.createWriteStream(file, { flags: 'r+', start: 3 });
assert.strictEqual(patch.pos, 3);
patch.write('ab');
patch.end('c');
patch.on('close', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '012abc6789');
  assert.strictEqual(patch.bytesWritten, 3);
  const append = fs.createWriteStream(file, { flags: 'a' });
  append.end('!');
  append.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '012abc6789!');
    const hex = fs.createWriteStream(file, { encoding: 'hex' });
    hex.end('4142');
    hex.on('close', common.mustCall(() => {
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'AB');
    }));
  }));
}));
