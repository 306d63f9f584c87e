'use strict';
// The `nodus` REPL in a pseudo-terminal: prompt, coloured results,
// multi-line input, tab completion of properties, Ctrl+C (once: the hint,
// twice: exit), and the history file kept across two sessions, read back
// with the Up key. Output is awaited, never timed.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { hasPty, runInPty, shellQuote } = require('../common/pty');

if (!hasPty()) common.skip('no pseudo-terminal');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-pty-'));
const history = path.join(tmp, 'history');
const command = `NODE_REPL_HISTORY=${shellQuote(history)} ` +
  `${shellQuote(process.execPath)}`;

(async () => {
  let term = runInPty(command);
  await term.waitFor('> ');
  term.write('6 * 7\r');
  // A number in yellow.
  await term.waitFor('\x1b[33m42\x1b[39m');
  term.write('[1,\r');
  await term.waitFor('... ');
  term.write('2]\r');
  await term.waitFor('\x1b[33m2\x1b[39m ]');
  term.write('process.versio\t');
  await term.waitFor('process.version');
  term.write('s.v8 !== undefined\r');
  await term.waitFor('\x1b[33mtrue\x1b[39m');
  term.write('\x03');
  await term.waitFor('(To exit, press Ctrl+C again or Ctrl+D or type .exit)');
  term.write('\x03');
  let { code } = await term.done;
  assert.strictEqual(code, 0);
  const saved = fs.readFileSync(history, 'utf8').split('\n');
  assert.strictEqual(saved[0], 'process.versions.v8 !== undefined');
  assert.ok(saved.includes('6 * 7'), saved);

  // A second session finds the history; Ctrl+D ends it.
  term = runInPty(command);
  await term.waitFor('> ');
  term.write('\x1b[A');
  await term.waitFor('process.versions.v8 !== undefined');
  term.write('\x15throw new Error("oops")\r');
  await term.waitFor('Uncaught Error: oops');
  // The next prompt: the REPL is reading again.
  await term.waitFor('> ');
  term.write('\x04');
  ({ code } = await term.done);
  assert.strictEqual(code, 0);
  fs.rmSync(tmp, { recursive: true, force: true });
})().then(common.mustCall());
