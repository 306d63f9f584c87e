'use strict';
// cp's filter decides per entry; the async forms await a promise from it,
// cpSync refuses one (ERR_INVALID_RETURN_VALUE).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const src = tmpdir.resolve('src');
fs.mkdirSync(src);
for (const name of ['keep.js', 'drop.txt', 'keep2.js']) {
  fs.writeFileSync(path.join(src, name), name);
}
const onlyJs = (from) => from === src || from.endsWith('.js');

fs.cpSync(src, tmpdir.resolve('sync'), { recursive: true, filter: onlyJs });
assert.deepStrictEqual(fs.readdirSync(tmpdir.resolve('sync')),
                       ['keep.js', 'keep2.js']);

assert.throws(() => fs.cpSync(src, tmpdir.resolve('bad'), {
  recursive: true, filter: async () => true,
}), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected boolean to be returned from the "filter" function but ' +
           'got an instance of Promise.',
});
assert.throws(() => fs.cpSync(src, tmpdir.resolve('bad'), { filter: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.filter" property must be of type function. ' +
           'Received type number (5)',
});

fs.promises.cp(src, tmpdir.resolve('async'), {
  recursive: true,
  filter: async (from) => onlyJs(from),
}).then(common.mustCall(() => {
  assert.deepStrictEqual(fs.readdirSync(tmpdir.resolve('async')),
                         ['keep.js', 'keep2.js']);
}));
// Filtering out the root copies nothing.
fs.cpSync(src, tmpdir.resolve('none'), { recursive: true, filter: () => false });
assert.strictEqual(fs.existsSync(tmpdir.resolve('none')), false);
