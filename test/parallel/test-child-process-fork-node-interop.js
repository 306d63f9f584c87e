'use strict';
// This runtime and `node` speak the same IPC protocol: a parent forks a
// child under the machine's node (execPath) and they exchange messages in
// both serializations.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    process.send({ got: message, version: process.version });
    process.disconnect();
  });
  return;
}

// The `node` on PATH, if any.
const node = (process.env.PATH || '').split(':')
  .map((dir) => path.join(dir, 'node'))
  .find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
if (node === undefined) {
  console.log('1..0 # Skipped: no node on PATH');
  return;
}

for (const serialization of ['json', 'advanced']) {
  const child = fork(__filename, ['child'], { execPath: node, serialization });
  const message = serialization === 'json' ? { n: 1, s: 'x' } :
    { n: 1, s: 'x', m: new Map([[1, 2]]), b: Buffer.from('hi') };
  child.send(message);
  child.on('message', common.mustCall((reply) => {
    assert.deepStrictEqual(reply.got, message);
    assert.match(reply.version, /^v\d+\./);
  }));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
