'use strict';
// spawnSync with more output than maxBuffer: ENOBUFS, the child killed;
// within the limit the output is complete.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const over = spawnSync('/bin/sh', ['-c', 'yes | head -c 200000'],
                       { maxBuffer: 100 });
assert.strictEqual(over.error.code, 'ENOBUFS');
assert.strictEqual(over.error.message, 'spawnSync /bin/sh ENOBUFS');
assert.strictEqual(over.signal, 'SIGTERM');
assert.strictEqual(over.status, null);

const under = spawnSync('/bin/sh', ['-c', 'yes | head -c 200000'],
                        { maxBuffer: 200000, encoding: 'latin1' });
assert.strictEqual(under.error, undefined);
assert.strictEqual(under.status, 0);
assert.strictEqual(under.stdout, 'y\n'.repeat(100000));
