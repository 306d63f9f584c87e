'use strict';
// A signal listener alone does not keep the process alive: a child with
// only a SIGINT listener exits 0 at once.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const result = spawnSync(process.execPath, [
  '-e', 'process.on("SIGINT", () => {}); console.log("done")',
], { encoding: 'utf8', timeout: 30000 });
assert.strictEqual(result.error, undefined);
assert.strictEqual(result.status, 0);
assert.strictEqual(result.stdout, 'done\n');
