'use strict';
// setupPrimary: settings merge with the defaults, 'setup' is emitted with
// them (again by fork(), which sets up too), fork(env) passes env to the
// worker, which sees isWorker and its id but no NODE_UNIQUE_ID.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(cluster.isMaster, false);
  process.send({ id: cluster.worker.id, extra: process.env.EXTRA,
                 args: process.argv.slice(2),
                 uniqueId: process.env.NODE_UNIQUE_ID });
  cluster.worker.disconnect();
  return;
}

cluster.on('setup', common.mustCall((settings) => {
  assert.strictEqual(settings.exec, __filename);
  assert.deepStrictEqual(settings.args, ['a', 'b']);
  assert.strictEqual(settings.silent, false);
}, 2));
cluster.setupPrimary({ args: ['a', 'b'] });
assert.deepStrictEqual(cluster.settings.args, ['a', 'b']);
assert.strictEqual(cluster.settings.exec, __filename);
const worker = cluster.fork({ EXTRA: 'yes' });
assert.strictEqual(cluster.workers[worker.id], worker);
worker.on('message', common.mustCall((message) => {
  assert.deepStrictEqual(message, { id: 1, extra: 'yes', args: ['a', 'b'] });
}));
cluster.on('message', common.mustCall((w, message) => {
  assert.strictEqual(w, worker);
  assert.strictEqual(message.id, 1);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
