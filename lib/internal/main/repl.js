'use strict';

// `nodus` with no script on a terminal, or `nodus -i` (after the -e code,
// when given): the standalone REPL, in the global context, Ctrl+C breaking
// a running evaluation, with its history file.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');

prepareMainThreadExecution(false);

const options = internalBinding('options').getOptions();
if (options.inputType !== undefined && options.inputType !== '') {
  const { writeString } = internalBinding('stdio');
  writeString(2, 'Cannot specify --input-type for REPL\n');
  process.exit(1);
}

const repl = require('repl');
const { kStandaloneREPL } = require('internal/repl/errors');

process.stdout.write(`Welcome to nodus v${process.versions.nodus}.\n` +
                     'Type ".help" for more information.\n');
const env = process.env;
let historySize = Number(env.NODE_REPL_HISTORY_SIZE);
if (!(historySize >= 0)) historySize = 1000;
const server = repl.start({
  prompt: '> ',
  useGlobal: true,
  ignoreUndefined: false,
  breakEvalOnSigint: true,
  historySize,
  replMode: env.NODE_REPL_MODE?.toLowerCase().trim() === 'strict' ?
    repl.REPL_MODE_STRICT : repl.REPL_MODE_SLOPPY,
  [kStandaloneREPL]: true,
});
repl.repl = server;
server.setupHistory(server.terminal ? env.NODE_REPL_HISTORY : '', (err) => {
  if (err) throw err;
});
server.on('exit', () => {
  // The history file is written 15 ms after each line: let it finish.
  if (server._flushing) {
    server.pause();
    server.once('flushHistory', () => process.exit());
    return;
  }
  process.exit();
});

if (options.hasEval) {
  const { evalScript } = require('internal/process/execution');
  process._eval = options.evalSource;
  // The code sees its own `module` and `require`; the REPL keeps its own.
  const kept = ['module', 'require'].map((name) =>
    [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
  try {
    evalScript('[eval]', options.evalSource, options.print);
  } finally {
    for (const [name, desc] of kept) {
      Object.defineProperty(globalThis, name, desc);
    }
  }
}
