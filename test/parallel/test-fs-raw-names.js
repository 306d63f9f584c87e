'use strict';
// File names that are not valid UTF-8 survive readdir in the 'buffer',
// 'latin1' and 'ucs2' encodings (sync, callback, promises, withFileTypes),
// and fs.rm / rmSync remove them.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = path.join(tmpdir.path, 'raw');
fs.mkdirSync(dir);
const raw = Buffer.from([0x3d, 0xd8, 0x04, 0xdc]);  // not UTF-8
fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), raw]), 'x');

assert.deepStrictEqual(fs.readdirSync(dir, 'buffer'), [raw]);
assert.deepStrictEqual(fs.readdirSync(dir, 'latin1'),
                       [raw.toString('latin1')]);
assert.deepStrictEqual(fs.readdirSync(dir, 'ucs2'), [raw.toString('ucs2')]);
assert.deepStrictEqual(fs.readdirSync(dir, 'hex'), ['3dd804dc']);
const [dirent] = fs.readdirSync(dir, { encoding: 'buffer',
                                       withFileTypes: true });
assert.deepStrictEqual(dirent.name, raw);
assert.ok(dirent.isFile());
// UTF-8 cannot carry it: replacement characters, as node.
assert.strictEqual(fs.readdirSync(dir)[0], Buffer.from(raw).toString());

fs.readdir(dir, 'buffer', common.mustSucceed((names) => {
  assert.deepStrictEqual(names, [raw]);
  fs.promises.readdir(dir, { encoding: 'buffer', withFileTypes: true })
    .then(common.mustCall((dirents) => {
      assert.deepStrictEqual(dirents[0].name, raw);
      assert.ok(dirents[0].isFile());
      fs.rmSync(dir, { recursive: true });
      assert.strictEqual(fs.existsSync(dir), false);
      removeAsync();
    }));
}));

function removeAsync() {
  fs.mkdirSync(dir);
  fs.mkdirSync(Buffer.concat([Buffer.from(`${dir}/`), raw]));
  fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), raw,
                                  Buffer.from('/\xff', 'latin1')]), 'y');
  fs.rm(dir, { recursive: true }, common.mustSucceed(() => {
    assert.strictEqual(fs.existsSync(dir), false);
  }));
}
