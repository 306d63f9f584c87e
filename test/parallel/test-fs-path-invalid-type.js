'use strict';
// A path that is not a string, Buffer or URL is ERR_INVALID_ARG_TYPE,
// named after the argument it was passed as.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

function expected(name, received) {
  return {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "${name}" argument must be of type string or an instance ` +
             `of Buffer or URL. Received ${received}`,
  };
}

assert.throws(() => fs.readFileSync({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of ' +
           'Buffer or URL. Received an instance of Object',
});
assert.throws(() => fs.statSync(5), expected('path', 'type number (5)'));
assert.throws(() => fs.statSync(undefined), expected('path', 'undefined'));
assert.throws(() => fs.statSync(null), expected('path', 'null'));
assert.throws(() => fs.renameSync(1, 'b'), expected('oldPath', 'type number (1)'));
assert.throws(() => fs.renameSync('a', 1), expected('newPath', 'type number (1)'));
assert.throws(() => fs.linkSync(true, 'b'),
              expected('existingPath', 'type boolean (true)'));
assert.throws(() => fs.symlinkSync(1, 'b'), expected('target', 'type number (1)'));
assert.throws(() => fs.copyFileSync(1, 'b'), expected('src', 'type number (1)'));
assert.throws(() => fs.copyFileSync('a', 1), expected('dest', 'type number (1)'));
assert.throws(() => fs.mkdtempSync(1), expected('prefix', 'type number (1)'));
// readlink has always called its argument oldPath.
assert.throws(() => fs.readlinkSync(1), expected('oldPath', 'type number (1)'));
assert.throws(() => fs.watch(1), expected('path', 'type number (1)'));
assert.throws(() => fs.watchFile(1, () => {}),
              expected('path', 'type number (1)'));

assert.rejects(fs.promises.readFile(5), expected('path', 'type number (5)'))
  .then(common.mustCall());
assert.rejects(fs.promises.rename('a', 1), expected('newPath', 'type number (1)'))
  .then(common.mustCall());
