'use strict';
// Numeric flags must be int32 and modes uint32 (ERR_OUT_OF_RANGE, in every
// form); a file readFileSync creates (flag 'a+') gets 0o666 & ~umask; read
// stream options may come through the prototype; a stream on an fd has no
// path.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

const big = 2 ** 32;
const flagsError = {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "flags" is out of range. It must be >= -2147483648' +
    ' && <= 2147483647. Received 4294967296',
};
assert.throws(() => fs.openSync(__filename, big), flagsError);
assert.throws(() => fs.open(__filename, big, common.mustNotCall()), flagsError);
assert.throws(() => fs.openSync(__filename, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "flags" is out of range. It must be an integer. ' +
    'Received 1.5',
});
assert.throws(() => fs.openSync(__filename, 0, big), {
  code: 'ERR_OUT_OF_RANGE',
});
assert.rejects(fs.promises.open(__filename, big), flagsError)
  .then(common.mustCall());

tmpdir.refresh();
for (const encoding of [undefined, 'utf8', 'latin1']) {
  const file = tmpdir.resolve(`created-${encoding}.txt`);
  assert.strictEqual(fs.readFileSync(file, { encoding, flag: 'a+' }).length, 0);
  assert.strictEqual(fs.statSync(file).mode & 0o777,
                     0o666 & ~process.umask());
}

const file = tmpdir.resolve('range.txt');
fs.writeFileSync(file, 'abcdef');
const inherited = fs.createReadStream(file, {
  __proto__: { start: 1, end: 3, encoding: 'utf8' },
});
assert.strictEqual(inherited.start, 1);
assert.strictEqual(inherited.end, 3);
let text = '';
inherited.on('data', (chunk) => { text += chunk; });
inherited.on('end', common.mustCall(() => assert.strictEqual(text, 'bcd')));

const fd = fs.openSync(file, 'r');
const onFd = fs.createReadStream('/ignored', { fd });
assert.strictEqual(onFd.path, undefined);
onFd.resume();
