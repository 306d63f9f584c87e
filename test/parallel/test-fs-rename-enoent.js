'use strict';
// rename errors name both paths: `rename 'a' -> 'b'`, with path and dest.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const from = tmpdir.resolve('from');
const to = tmpdir.resolve('to');
const expected = {
  code: 'ENOENT',
  syscall: 'rename',
  path: from,
  dest: to,
  message: `ENOENT: no such file or directory, rename '${from}' -> '${to}'`,
};
assert.throws(() => fs.renameSync(from, to), expected);
fs.rename(from, to, common.mustCall((err) => {
  assert.deepStrictEqual(Object.keys(err),
                         ['errno', 'code', 'syscall', 'path', 'dest']);
  assert.strictEqual(err.message, expected.message);
  assert.strictEqual(err.dest, to);
}));
assert.rejects(fs.promises.rename(from, to), expected).then(common.mustCall());

// And a rename that works moves the content.
fs.writeFileSync(from, 'moved');
fs.renameSync(from, to);
assert.strictEqual(fs.existsSync(from), false);
assert.strictEqual(fs.readFileSync(to, 'utf8'), 'moved');
