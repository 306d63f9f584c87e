'use strict';
// Operations on process-wide state throw ERR_WORKER_UNSUPPORTED_OPERATION in
// a worker: process.chdir(), setting the umask, and the credential setters.
// Reading the umask and the cwd works.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const attempt = (fn) => {
    try {
      return { ok: fn() };
    } catch (e) {
      return { ctor: e.constructor.name, code: e.code, message: e.message };
    }
  };
  parentPort.postMessage({
    chdir: attempt(() => process.chdir('/')),
    umask0: attempt(() => process.umask(0)),
    umaskStr: attempt(() => process.umask('022')),
    umaskRead: attempt(() => process.umask()),
    cwd: attempt(() => process.cwd()),
    credentials: ['initgroups', 'setgroups', 'setegid', 'seteuid', 'setgid',
                  'setuid'].map((name) => [name, attempt(() => process[name]())]),
  });
`, { eval: true });

const unsupported = (what) => ({
  ctor: 'TypeError',
  code: 'ERR_WORKER_UNSUPPORTED_OPERATION',
  message: `${what} is not supported in workers`,
});

w.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m.chdir, unsupported('process.chdir()'));
  assert.deepStrictEqual(m.umask0, unsupported('Setting process.umask()'));
  assert.deepStrictEqual(m.umaskStr, unsupported('Setting process.umask()'));
  // Reading: the process' umask, unchanged.
  const mask = process.umask();
  assert.deepStrictEqual(m.umaskRead, { ok: mask });
  assert.deepStrictEqual(m.cwd, { ok: process.cwd() });
  for (const [name, result] of m.credentials) {
    assert.deepStrictEqual(result, unsupported(`process.${name}()`), name);
  }
}));
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  // The main thread can still change them.
  const old = process.umask(0o022);
  assert.strictEqual(process.umask(old), 0o022);
}));
