'use strict';
// process.stdin from a file is an fs.ReadStream (fd 0, not closed at the
// end) that reads the whole file; from /dev/null it ends at once. A script
// piped to the runtime was read through process.stdin, which the script
// finds ended (no second 'end'), in utf8, with the reader's 'data'
// listener, and the source in process._eval.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const { stdin } = process;
  let text = '';
  stdin.setEncoding('utf8');
  stdin.on('data', (chunk) => { text += chunk; });
  stdin.on('end', common.mustCall(() => {
    // fd 0 is still open.
    fs.fstatSync(0);
    console.log(JSON.stringify([stdin.constructor.name, stdin.fd, text.length,
                                text.slice(0, 13)]));
  }));
  return;
}

const self = fs.readFileSync(__filename, 'utf8');
const fd = fs.openSync(__filename, 'r');
let result = common.spawnSelf([__filename, 'child'], { stdio: [fd, 'pipe', 'pipe'] });
fs.closeSync(fd);
assert.strictEqual(result.status, 0, result.stderr);
assert.deepStrictEqual(JSON.parse(result.stdout),
                       ['ReadStream', 0, self.length, "'use strict';"]);

const devNull = fs.openSync('/dev/null', 'r');
result = common.spawnSelf([__filename, 'child'], { stdio: [devNull, 'pipe', 'pipe'] });
fs.closeSync(devNull);
assert.strictEqual(result.status, 0, result.stderr);
assert.deepStrictEqual(JSON.parse(result.stdout), ['ReadStream', 0, 0, '']);

// A script read from stdin (piped, and with `-` and arguments).
const script = 'const { stdin } = process;' +
  'stdin.on("end", () => console.log("second end"));' +
  'console.log(stdin.readableEnded, stdin.readableEncoding,' +
  ' stdin.listenerCount("data"), process._eval.length, process.argv.length);';
for (const args of [[], ['-', 'a', 'b']]) {
  result = spawnSync(process.execPath, args, { input: script, encoding: 'utf8' });
  assert.strictEqual(result.status, 0, result.stderr);
  assert.strictEqual(result.stdout,
                     `true utf8 1 ${script.length} ${args.length === 0 ? 1 : 4}\n`);
}
