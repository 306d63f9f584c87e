'use strict';
// question() after close() throws ERR_USE_AFTER_CLOSE (callback API) or
// rejects with it (promises API).
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

const rl = readline.createInterface({ input: new PassThrough() });
rl.close();
assert.strictEqual(rl.closed, true);
assert.throws(() => rl.question('Q? ', common.mustNotCall()), {
  code: 'ERR_USE_AFTER_CLOSE',
  name: 'Error',
  message: 'readline was closed',
});

const rlp = readlinePromises.createInterface({ input: new PassThrough() });
rlp.close();
assert.rejects(rlp.question('Q? '), {
  code: 'ERR_USE_AFTER_CLOSE',
  name: 'Error',
  message: 'readline was closed',
}).then(common.mustCall());
