'use strict';
// readline on process.stdin/stdout in a real terminal: terminal mode is
// chosen from isTTY, keys are read raw (line editing with the arrow keys
// and ctrl-a, history with up), raw mode ends with the interface, and the terminal
// is back in canonical mode after the process exits.
const common = require('../common');
const assert = require('assert');
const { hasPty, runInPty, selfCommand } = require('../common/pty');

if (process.argv[2] === 'child') {
  const readline = require('readline');
  const rl = readline.createInterface({
    input: process.stdin, output: process.stdout, prompt: 'PROMPT> ',
  });
  const lines = [];
  rl.on('line', (line) => {
    lines.push([line, process.stdin.isRaw]);
    if (line === 'quit') rl.close();
    else rl.prompt();
  });
  rl.on('close', () => {
    console.log(`REPORT${JSON.stringify({
      terminal: rl.terminal, lines, rawAfterClose: process.stdin.isRaw,
    })}END`);
  });
  rl.prompt();
  return;
}

if (!hasPty()) {
  console.log('1..0 # Skipped: no pseudo-terminal (script) here');
  return;
}

const run = runInPty(
  `${selfCommand(__filename, 'child')}; stty -a | grep -o -- '-*icanon '`);
// Each key goes once the previous one has been echoed (a chunk of several
// keys would be taken for pasted text).
async function type(keys, echo) {
  run.write(keys);
  await run.waitFor(echo);
}
(async () => {
  await run.waitFor('PROMPT> ');
  // "abd", left, "c" before the d, return.
  await type('abd', 'abd');
  await type('\x1b[D', '\x1b[1D');
  await type('c', 'abcd');
  await type('\r', 'PROMPT> ');
  // "xy", ctrl-a, "z", return.
  await type('xy', 'xy');
  await type('\x01', '\x1b[2D');
  await type('z', 'zxy');
  await type('\r', 'PROMPT> ');
  // Up twice brings back the first line.
  await type('\x1b[A', 'zxy');
  await type('\x1b[A', 'abcd');
  await type('\r', 'PROMPT> ');
  run.write('quit\r');
})().then(common.mustCall());

run.done.then(common.mustCall(({ code, output }) => {
  assert.strictEqual(code, 0, output);
  const report = JSON.parse(/REPORT(.*)END/.exec(output)[1]);
  assert.deepStrictEqual(report, {
    terminal: true,
    lines: [['abcd', true], ['zxy', true], ['abcd', true], ['quit', true]],
    rawAfterClose: false,
  });
  // stty after the process: canonical mode again.
  assert.match(output, /(^|\n)icanon /);
}));
