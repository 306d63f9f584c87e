'use strict';
// Buffers are paths (their bytes are the name): writing, reading, stat,
// readdir and errors all accept them.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const name = tmpdir.resolve('buffer-path.txt');
const bufferPath = Buffer.from(name);

fs.writeFileSync(bufferPath, 'bytes');
assert.strictEqual(fs.readFileSync(bufferPath, 'utf8'), 'bytes');
assert.strictEqual(fs.readFileSync(bufferPath).toString(), 'bytes');
assert.strictEqual(fs.statSync(bufferPath).size, 5);
assert.deepStrictEqual(fs.readdirSync(Buffer.from(tmpdir.path)),
                       ['buffer-path.txt']);
assert.deepStrictEqual(
  fs.readdirSync(tmpdir.path, { encoding: 'buffer' }),
  [Buffer.from('buffer-path.txt')]);

// A Uint8Array is as good as a Buffer.
assert.strictEqual(fs.readFileSync(new Uint8Array(bufferPath), 'utf8'),
                   'bytes');

const missing = Buffer.from(tmpdir.resolve('missing'));
assert.throws(() => fs.statSync(missing), {
  code: 'ENOENT',
  message: `ENOENT: no such file or directory, stat '${missing}'`,
  path: missing.toString(),
});

fs.readFile(bufferPath, 'utf8', common.mustSucceed((text) => {
  assert.strictEqual(text, 'bytes');
}));
