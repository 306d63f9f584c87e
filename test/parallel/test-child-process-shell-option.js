'use strict';
// shell: true runs the command line through /bin/sh -c; a string names
// the shell; argv0 replaces argv[0].
const common = require('../common');
const assert = require('assert');
const { spawn, execFileSync } = require('child_process');

const child = spawn('echo $((6 * 7))', { shell: true });
assert.strictEqual(child.spawnfile, '/bin/sh');
assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo $((6 * 7))']);
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall(() => assert.strictEqual(out, '42\n')));

assert.strictEqual(
  execFileSync('echo', ['a', 'b'], { shell: '/bin/sh', encoding: 'utf8' }),
  'a b\n');
assert.strictEqual(
  execFileSync('/bin/sh', ['-c', 'echo $0'], { argv0: 'custom', encoding: 'utf8' }),
  'custom\n');
