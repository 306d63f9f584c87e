'use strict';
// The promise API never throws synchronously: bad arguments become
// rejections with the same codes as the sync API's exceptions.
const common = require('../common');
const assert = require('assert');
const fsp = require('fs/promises');

const cases = [
  [() => fsp.readFile(1.5), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.open(__filename, 'bogus'), 'ERR_INVALID_ARG_VALUE'],
  [() => fsp.open(__filename, 'r', 'x'), 'ERR_INVALID_ARG_VALUE'],
  [() => fsp.access(__filename, 8), 'ERR_OUT_OF_RANGE'],
  [() => fsp.mkdir(__dirname, { recursive: 1 }), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.writeFile(__filename + '.x', 5), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.chown(__filename, -2, 0), 'ERR_OUT_OF_RANGE'],
  [() => fsp.utimes(__filename, {}, 1), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.readdir('bad\u0000'), 'ERR_INVALID_ARG_VALUE'],
  [() => fsp.rm(5), 'ERR_INVALID_ARG_TYPE'],
  [() => fsp.cp(__dirname, __dirname + '-copy', { mode: 9 }), 'ERR_OUT_OF_RANGE'],
];

(async () => {
  for (const [call, code] of cases) {
    let promise;
    assert.doesNotThrow(() => { promise = call(); });
    assert.ok(promise instanceof Promise);
    await assert.rejects(promise, { code });
  }
})().then(common.mustCall());
