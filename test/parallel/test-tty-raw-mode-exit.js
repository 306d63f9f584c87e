'use strict';
// A program that leaves its terminal in raw mode gives it back in canonical
// mode when it ends: by process.exit(), by an uncaught error, or killed by
// SIGTERM (which still ends it with the signal's status).
const common = require('../common');
const assert = require('assert');
const { hasPty, runInPty, selfCommand } = require('../common/pty');

if (process.argv[2] === 'child') {
  process.stdin.setRawMode(true);
  switch (process.argv[3]) {
    case 'exit':
      process.exit(0);
      break;
    case 'throw':
      throw new Error('raw and gone');
    case 'sigterm':
      process.stdin.resume();
      process.kill(process.pid, 'SIGTERM');
      break;
  }
  return;
}

if (!hasPty()) {
  console.log('1..0 # Skipped: no pseudo-terminal (script) here');
  return;
}

const mode = "stty -a | grep -o -- '-*icanon '";
const line = ['exit', 'throw', 'sigterm'].map((how) =>
  `${selfCommand(__filename, 'child', how)} 2>/dev/null; ` +
  `echo "${how} status $?"; ${mode}`).join('; ');
const run = runInPty(line);
run.done.then(common.mustCall(({ code, output }) => {
  assert.strictEqual(code, 0, output);
  // Some shells say 'Terminated' for the killed child, others do not.
  const lines = output.split('\r\n')
    .filter((l) => l !== '' && !/^(.*: )?Terminated/.test(l));
  assert.deepStrictEqual(lines, [
    'exit status 0', 'icanon ',
    'throw status 1', 'icanon ',
    'sigterm status 143', 'icanon ',
  ]);
}));
