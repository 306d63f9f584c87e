'use strict';
// process.exit() ends through process.reallyExit, which a program may
// replace; process.abort() is a plain function (no prototype, not a
// constructor) that ends the process with SIGABRT; -e and -r work in a
// deleted working directory.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

assert.strictEqual(process.abort.prototype, undefined);
assert.throws(() => new process.abort(), TypeError);

let r = spawnSync(process.execPath, ['-e', `
  process.reallyExit = (code) => { console.log('hook', code); };
  process.exit(3);
  console.log('still here');`], { encoding: 'utf8' });
assert.strictEqual(r.stdout, 'hook 3\nstill here\n');
// The exit code set by exit(3) stays when the program then ends.
assert.strictEqual(r.status, 3);

r = spawnSync(process.execPath, ['-e', 'process.abort()'],
              { encoding: 'utf8' });
assert.strictEqual(r.signal, 'SIGABRT');
assert.strictEqual(r.status, null);

tmpdir.refresh();
const gone = path.join(tmpdir.path, 'gone');
fs.mkdirSync(gone);
const preload = path.join(tmpdir.path, 'preload.js');
fs.writeFileSync(preload, 'globalThis.preloaded = 1;');
// The shell removes its working directory before it starts us.
r = spawnSync('sh', ['-c', `cd "${gone}" && rmdir "${gone}" && exec "$0" "$@"`,
                     process.execPath, '-r', preload, '-p',
                     'preloaded + " " + __filename'],
              { encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, '1 [eval]\n');
common.mustCall()();
