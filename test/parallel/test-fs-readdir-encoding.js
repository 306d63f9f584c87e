'use strict';
// readdir names come in the requested encoding: UTF-8 strings by default,
// Buffers for 'buffer', and any Buffer encoding of the name's bytes.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
fs.writeFileSync(tmpdir.resolve('\u00e9t\u00e9'), '');

assert.deepStrictEqual(fs.readdirSync(tmpdir.path), ['\u00e9t\u00e9']);
assert.deepStrictEqual(fs.readdirSync(tmpdir.path, 'buffer'),
                       [Buffer.from('\u00e9t\u00e9')]);
assert.deepStrictEqual(fs.readdirSync(tmpdir.path, { encoding: 'hex' }),
                       [Buffer.from('\u00e9t\u00e9').toString('hex')]);
assert.throws(() => fs.readdirSync(tmpdir.path, 'nope'), {
  code: 'ERR_INVALID_ARG_VALUE',
});
fs.readdir(tmpdir.path, 'base64', common.mustSucceed((names) => {
  assert.deepStrictEqual(names, [Buffer.from('\u00e9t\u00e9').toString('base64')]);
}));
