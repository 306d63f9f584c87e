'use strict';
// NODE_PRESERVE_SYMLINKS=1 is --preserve-symlinks: a module reached through
// a symlinked directory keeps the link's path (and so resolves its own
// dependencies from there), for the process and for a Worker given it in
// its env.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { Worker } = require('worker_threads');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const real = tmpdir.resolve('real');
fs.mkdirSync(real);
fs.writeFileSync(path.join(real, 'where.js'),
                 'module.exports = __filename;\n');
const link = tmpdir.resolve('link');
fs.symlinkSync(real, link, 'dir');
const main = tmpdir.resolve('main.js');
fs.writeFileSync(main, "console.log(require('./link/where.js'));\n");

function run(env) {
  const result = spawnSync(process.execPath, [main], {
    env: { ...process.env, ...env }, encoding: 'utf8',
  });
  assert.strictEqual(result.stderr, '');
  return result.stdout.trim();
}
assert.strictEqual(run({}), path.join(real, 'where.js'));
assert.strictEqual(run({ NODE_PRESERVE_SYMLINKS: '1' }),
                   path.join(link, 'where.js'));
assert.strictEqual(run({ NODE_PRESERVE_SYMLINKS: '0' }),
                   path.join(real, 'where.js'));

const worker = new Worker(
  `require('worker_threads').parentPort.postMessage(
     require(${JSON.stringify(path.join(link, 'where.js'))}));`,
  { eval: true, env: { NODE_PRESERVE_SYMLINKS: '1' } });
worker.on('message', common.mustCall((filename) => {
  assert.strictEqual(filename, path.join(link, 'where.js'));
}));
