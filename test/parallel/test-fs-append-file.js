'use strict';
// appendFile adds to the end (creating the file), in every form; a flag
// given as an option is used, and fds always append.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('append.txt');

fs.appendFileSync(file, 'a');
fs.appendFileSync(file, Buffer.from('b'));
fs.appendFileSync(file, '63', 'hex');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');

fs.appendFile(file, 'd', common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcd');
  fs.promises.appendFile(file, 'e').then(common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcde');
  }));
}));

const other = tmpdir.resolve('append-flag.txt');
fs.writeFileSync(other, 'x');
assert.throws(() => fs.appendFileSync(other, 'y', { flag: 'ax' }), {
  code: 'EEXIST',
});
assert.strictEqual(fs.readFileSync(other, 'utf8'), 'x');
assert.throws(() => fs.appendFileSync(other, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
});
