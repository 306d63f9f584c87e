'use strict';

// The REPL's persistent history: ~/.nodus_repl_history, or the file named
// by NODE_REPL_HISTORY (empty or blank: none), at most
// NODE_REPL_HISTORY_SIZE entries (1000), newest first as in node's file.

const {
  ArrayPrototypeFilter,
  ArrayPrototypeJoin,
  ArrayPrototypeSlice,
  NumberParseInt,
  StringPrototypeSplit,
  StringPrototypeTrim,
} = primordials;

const fs = require('fs');
const path = require('path');
const os = require('os');

function historyPath(env) {
  const value = env.NODE_REPL_HISTORY;
  if (value !== undefined) {
    if (StringPrototypeTrim(value) === '') return null;
    return value;
  }
  let home;
  try {
    home = os.homedir();
  } catch {
    return null;
  }
  return path.join(home, '.nodus_repl_history');
}

function historySize(env) {
  const size = NumberParseInt(env.NODE_REPL_HISTORY_SIZE, 10);
  return size >= 0 ? size : 1000;
}

// Loads the history into `repl` and saves it after every line.
function setupHistory(repl, env = process.env) {
  const file = historyPath(env);
  repl.historySize = historySize(env);
  if (file === null || repl.historySize === 0) return;
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    text = '';
  }
  const lines = ArrayPrototypeFilter(StringPrototypeSplit(text, /\r?\n/),
                                     (line) => line !== '');
  repl.history = ArrayPrototypeSlice(lines, 0, repl.historySize);
  let fd = -1;
  try {
    fd = fs.openSync(file, 'a+', 0o600);
  } catch {
    repl.output.write('\nError: Could not open history file.\n' +
                      'REPL session history will not be persisted.\n');
    return;
  }
  fs.closeSync(fd);
  const save = () => {
    try {
      fs.writeFileSync(file, ArrayPrototypeJoin(repl.history, '\n') + '\n',
                       { mode: 0o600 });
    } catch {
      // A history that cannot be written is not worth interrupting for.
    }
  };
  repl.on('history', save);
}

module.exports = { setupHistory, historyPath };
