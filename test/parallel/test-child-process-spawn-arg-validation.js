'use strict';
// Bad arguments to spawn/exec/fork throw node's coded errors.
require('../common');
const assert = require('assert');
const cp = require('child_process');

assert.throws(() => cp.spawn(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "file" argument must be of type string. Received type number (1)',
});
assert.throws(() => cp.spawn(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'file' cannot be empty. Received ''",
});
assert.throws(() => cp.spawn('echo', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('echo', ['a\u0000b']), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'args[0]' must be a string without null bytes. " +
    "Received 'a\\x00b'",
});
assert.throws(() => cp.spawn('echo', [], { uid: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => cp.spawn('echo', [], { detached: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => cp.spawn('echo', [], { shell: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => cp.spawn('echo', [], { killSignal: 'SIGBOGUS' }), {
  code: 'ERR_UNKNOWN_SIGNAL',
});
assert.throws(() => cp.spawn('echo', [], { stdio: ['ipc', 'ipc'] }), {
  code: 'ERR_IPC_ONE_PIPE',
});
assert.throws(() => cp.spawnSync('echo', [], { stdio: ['ipc'] }), {
  code: 'ERR_IPC_SYNC_FORK',
});
assert.throws(() => cp.exec(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.execFile('echo', [], {}, 'nope'), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => cp.fork(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.fork('x.js', [], { stdio: ['pipe', 'pipe', 'pipe'] }), {
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: "Forked processes must have an IPC channel, missing value 'ipc' " +
    'in options.stdio',
});
assert.throws(() => cp.spawn('echo', [], { serialization: 'xml' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
