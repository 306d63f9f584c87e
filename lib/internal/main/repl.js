'use strict';

// `nodus` with no script on a terminal, or `nodus -i`: the REPL, in the
// global context, with its history file.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');

prepareMainThreadExecution(false);

const repl = require('repl');
const { setupHistory } = require('internal/repl/history');

process.stdout.write(`Welcome to nodus v${process.versions.nodus}.\n` +
                     'Type ".help" for more information.\n');
const server = repl.start({
  prompt: '> ',
  useGlobal: true,
  ignoreUndefined: false,
  replMode: process.env.NODE_REPL_MODE === 'strict' ?
    repl.REPL_MODE_STRICT : repl.REPL_MODE_SLOPPY,
});
if (server.terminal) setupHistory(server);
server.on('exit', () => process.exit());

// An exception thrown later by code typed in (a timer, a callback) is
// printed like one thrown at once, and the session goes on.
process.on('uncaughtException', (err) => {
  server.clearLine?.();
  server._domain_error(err);
});
