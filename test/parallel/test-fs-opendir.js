'use strict';
// opendir gives a Dir: read() / readSync() one Dirent at a time (null at
// the end), close() / closeSync(), async iteration that closes the Dir,
// and node's errors for misuse.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const names = ['a', 'b', 'c', 'dir'];
for (const name of names.slice(0, 3)) fs.writeFileSync(tmpdir.resolve(name), '');
fs.mkdirSync(tmpdir.resolve('dir'));

const dir = fs.opendirSync(tmpdir.path);
assert.ok(dir instanceof fs.Dir);
assert.strictEqual(dir.path, tmpdir.path);
const seen = [];
let entry;
while ((entry = dir.readSync()) !== null) {
  assert.ok(entry instanceof fs.Dirent);
  assert.strictEqual(entry.parentPath, tmpdir.path);
  seen.push(entry.name + (entry.isDirectory() ? '/' : ''));
}
assert.deepStrictEqual(seen.sort(), ['a', 'b', 'c', 'dir/']);
assert.strictEqual(dir.readSync(), null);
dir.closeSync();
assert.throws(() => dir.closeSync(), {
  code: 'ERR_DIR_CLOSED',
  message: 'Directory handle was closed',
});
assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => dir.read(() => {}), { code: 'ERR_DIR_CLOSED' });
dir.close(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_DIR_CLOSED');
}));
assert.rejects(dir.close(), { code: 'ERR_DIR_CLOSED' }).then(common.mustCall());

// A sync call while an async one is pending is refused.
const busy = fs.opendirSync(tmpdir.path);
busy.read(common.mustSucceed((first) => {
  assert.ok(names.includes(first.name));
  busy.close(common.mustSucceed());
}));
assert.throws(() => busy.readSync(), {
  code: 'ERR_DIR_CONCURRENT_OPERATION',
  message: 'Cannot do synchronous work on directory handle with concurrent ' +
           'asynchronous operations',
});
assert.throws(() => busy.read(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received ' +
           'type number (5)',
});

fs.opendir(tmpdir.path, common.mustSucceed(async (d) => {
  const listed = [];
  for await (const e of d) listed.push(e.name);
  assert.deepStrictEqual(listed.sort(), names);
  // Iteration closed it.
  assert.throws(() => d.readSync(), { code: 'ERR_DIR_CLOSED' });
}));
fs.promises.opendir(tmpdir.path).then(common.mustCall(async (d) => {
  const first = await d.read();
  assert.ok(names.includes(first.name));
  await d.close();
}));

assert.throws(() => fs.opendirSync(tmpdir.path, { bufferSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.bufferSize" is out of range. It must be ' +
           '>= 1 && <= 4294967295. Received 0',
});
// The callback form names the path; the sync one (node's quirk) does not.
const missing = tmpdir.resolve('missing');
fs.opendir(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'opendir');
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, opendir '${missing}'`);
}));
assert.throws(() => fs.opendirSync(missing), {
  code: 'ENOENT',
  syscall: 'opendir',
  message: 'ENOENT: no such file or directory, opendir',
});
assert.throws(() => new fs.Dir(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "handle" argument must be specified',
});
