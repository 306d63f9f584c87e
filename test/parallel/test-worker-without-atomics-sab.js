'use strict';
// With V8's --no-harmony-atomics or --no-harmony-sharedarraybuffer the
// runtime still starts, and so do Workers, which exit with their code.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

for (const flag of ['--no-harmony-atomics', '--no-harmony-sharedarraybuffer']) {
  const result = spawnSync(process.execPath, [flag, '-e', `
    const { Worker } = require('worker_threads');
    console.log(typeof Atomics, typeof SharedArrayBuffer);
    new Worker('process.exit(2)', { eval: true })
      .on('exit', (code) => console.log('exit', code));
  `], { encoding: 'utf8' });
  assert.strictEqual(result.stderr, '');
  const expected = flag === '--no-harmony-atomics' ?
    'undefined function' : 'object undefined';
  assert.strictEqual(result.stdout, `${expected}\nexit 2\n`);
}
