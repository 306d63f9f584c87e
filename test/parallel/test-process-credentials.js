'use strict';
// process.setuid/seteuid/setgid/setegid/setgroups/initgroups: argument
// errors, unknown names (ERR_UNKNOWN_CREDENTIAL), the errno error of a
// refused call, and what root may do. Workers do not have them.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const unknown = 'nodus-no-such-name-x7';
for (const [fn, kind] of [['setuid', 'User'], ['seteuid', 'User'],
                          ['setgid', 'Group'], ['setegid', 'Group']]) {
  assert.throws(() => process[fn](unknown), {
    name: 'Error', code: 'ERR_UNKNOWN_CREDENTIAL',
    message: `${kind} identifier does not exist: ${unknown}`,
  });
  assert.throws(() => process[fn]({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "id" argument must be one of type number or string. ' +
      'Received an instance of Object',
  });
  assert.throws(() => process[fn](-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => process[fn](1.5), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => process.setgroups('0'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.setgroups([0, null]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "groups\[1\]" argument must be one of type number or string/,
});
assert.throws(() => process.setgroups([0, unknown]), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: `Group identifier does not exist: ${unknown}`,
});
assert.throws(() => process.initgroups('root', unknown), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: `Group identifier does not exist: ${unknown}`,
});
assert.throws(() => process.initgroups(), { code: 'ERR_INVALID_ARG_TYPE' });

if (process.getuid() === 0) {
  // Root keeps its ids: these succeed and change nothing.
  process.setgroups([0]);
  assert.deepStrictEqual(process.getgroups(), [0]);
  process.initgroups('root', 0);
  process.setegid(0);
  process.seteuid(0);
  // A child that gives up root cannot take it back.
  const r = spawnSync(process.execPath, ['-e', `
    process.setgid('nogroup'); process.setuid('nobody');
    try { process.setuid(0); } catch (e) {
      console.log(JSON.stringify([e.message, e.code, e.errno, e.syscall]));
    }`], { encoding: 'utf8' });
  assert.deepStrictEqual(JSON.parse(r.stdout),
                         ['EPERM, Operation not permitted', 'EPERM', 1,
                          'setuid']);
} else {
  assert.throws(() => process.setuid(0), {
    message: 'EPERM, Operation not permitted', code: 'EPERM', errno: 1,
    syscall: 'setuid',
  });
}

const { Worker } = require('worker_threads');
new Worker(`
  const assert = require('assert');
  assert.throws(() => process.setuid(0),
                { code: 'ERR_WORKER_UNSUPPORTED_OPERATION' });
  assert.strictEqual(typeof process.getuid(), 'number');
`, { eval: true }).on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
}));
