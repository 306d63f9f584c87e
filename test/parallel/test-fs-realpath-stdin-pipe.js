'use strict';
// realpath of /dev/stdin when stdin is a pipe or a socket: the link chain
// ends at 'pipe:[N]' / 'socket:[N]', which lstat cannot see; node returns
// that path, sync and async alike. A regular file resolves to itself.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = `
  const fs = require('fs');
  fs.realpath('/dev/stdin', (err, p) => {
    console.log(JSON.stringify([err && err.code, p, fs.realpathSync('/dev/stdin')]));
  });`;
{
  const r = spawnSync(process.execPath, ['-e', script],
                      { input: 'x', encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  const [code, async, sync] = JSON.parse(r.stdout);
  assert.strictEqual(code, null);
  assert.match(async, /^\/proc\/\d+\/fd\/(pipe|socket):\[\d+\]$/);
  assert.strictEqual(sync, async);
}
const file = spawnSync(process.execPath, ['-e', script],
                       { stdio: [require('fs').openSync(__filename, 'r'),
                                 'pipe', 'pipe'], encoding: 'utf8' });
assert.deepStrictEqual(JSON.parse(file.stdout), [null, __filename, __filename]);
