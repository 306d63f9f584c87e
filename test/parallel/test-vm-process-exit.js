'use strict';
// process.exit() inside vm code ends the process with its code: the
// termination is not turned into an exception the caller could catch.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const run = (call) => `
  const vm = require('vm');
  try {
    ${call};
  } catch (e) {
    console.log('caught', e);
  }
  console.log('after');
`;
const script = 'console.log("in"); process.exit(7)';
for (const call of [
  `vm.runInThisContext('${script}')`,
  `vm.runInNewContext('${script}', { process, console })`,
  `new vm.Script('${script}').runInThisContext({ breakOnSigint: true })`,
]) {
  const r = spawnSync(process.execPath, ['-e', run(call)], { encoding: 'utf8' });
  assert.deepStrictEqual([r.status, r.stdout, r.stderr], [7, 'in\n', '']);
}
