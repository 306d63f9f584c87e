'use strict';
// Permission errors in the sync, callback, promise and stream forms:
// EACCES with node's message, errno, syscall, path and dest, on files whose
// modes deny everybody. Root ignores modes, so as root the test re-runs
// itself in a child that drops to nobody (it starts as root, reads the
// runtime and this file, then calls setuid).
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const NOBODY = 65534;

function expected(syscall, file, dest) {
  const where = dest === undefined ? `'${file}'` : `'${file}' -> '${dest}'`;
  const shape = {
    name: 'Error',
    code: 'EACCES',
    errno: os.constants.errno.EACCES * -1,
    syscall,
    path: file,
    message: `EACCES: permission denied, ${syscall} ${where}`,
  };
  if (dest !== undefined) shape.dest = dest;
  return shape;
}

function checkCallback(syscall, file, dest) {
  const shape = expected(syscall, file, dest);
  return common.mustCall((err, value) => {
    assert.strictEqual(value, undefined);
    assert.throws(() => { throw err; }, shape);
  });
}

function check(dir) {
  const secret = path.join(dir, 'secret');      // 0000
  const locked = path.join(dir, 'locked');      // 0000
  const shared = path.join(dir, 'shared');      // 0555
  const inShared = path.join(shared, 'file');   // 0644
  const fresh = path.join(shared, 'new');

  assert.throws(() => fs.openSync(secret, 'r'), expected('open', secret));
  assert.throws(() => fs.readFileSync(secret), expected('open', secret));
  assert.throws(() => fs.accessSync(secret, fs.constants.R_OK),
                expected('access', secret));
  assert.throws(() => fs.readdirSync(locked), expected('scandir', locked));
  // opendir names no path, in node too.
  assert.throws(() => fs.opendirSync(locked), {
    code: 'EACCES',
    syscall: 'opendir',
    message: 'EACCES: permission denied, opendir',
  });
  assert.throws(() => fs.writeFileSync(fresh, 'x'), expected('open', fresh));
  assert.throws(() => fs.mkdirSync(fresh), expected('mkdir', fresh));
  assert.throws(() => fs.unlinkSync(inShared), expected('unlink', inShared));
  assert.throws(() => fs.renameSync(inShared, fresh),
                expected('rename', inShared, fresh));
  assert.throws(() => fs.statSync(path.join(locked, 'x')),
                expected('stat', path.join(locked, 'x')));
  // Reading what is readable still works.
  assert.strictEqual(fs.readFileSync(inShared, 'utf8'), 'shared');

  fs.open(secret, 'r', checkCallback('open', secret));
  fs.readFile(secret, checkCallback('open', secret));
  fs.readdir(locked, checkCallback('scandir', locked));
  fs.mkdir(fresh, checkCallback('mkdir', fresh));
  fs.rename(inShared, fresh, checkCallback('rename', inShared, fresh));

  assert.rejects(fs.promises.readFile(secret), expected('open', secret))
    .then(common.mustCall());
  assert.rejects(fs.promises.writeFile(fresh, 'x'), expected('open', fresh))
    .then(common.mustCall());
  assert.rejects(fs.promises.unlink(inShared), expected('unlink', inShared))
    .then(common.mustCall());

  fs.createReadStream(secret)
    .on('data', common.mustNotCall())
    .on('error', common.mustCall((err) => {
      assert.throws(() => { throw err; }, expected('open', secret));
    }));
  // Nothing was written or removed (checked before the clean-up).
  process.prependListener('exit', () => {
    assert.strictEqual(fs.existsSync(fresh), false);
    assert.strictEqual(fs.existsSync(inShared), true);
  });
}

if (process.argv[2] === 'child') {
  process.setgid(NOBODY);
  process.setuid(NOBODY);
  check(process.argv[3]);
  return;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-eacces-'));
fs.chmodSync(dir, 0o755);
fs.writeFileSync(path.join(dir, 'secret'), 'secret', { mode: 0o000 });
fs.mkdirSync(path.join(dir, 'locked'), { mode: 0o000 });
fs.mkdirSync(path.join(dir, 'shared'));
fs.writeFileSync(path.join(dir, 'shared', 'file'), 'shared', { mode: 0o644 });
fs.chmodSync(path.join(dir, 'shared'), 0o555);
process.on('exit', () => {
  fs.chmodSync(path.join(dir, 'locked'), 0o700);
  fs.chmodSync(path.join(dir, 'shared'), 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

if (process.getuid() === 0) {
  const child = spawnSync(process.execPath, [__filename, 'child', dir],
                          { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stderr, '');
} else {
  check(dir);
}
