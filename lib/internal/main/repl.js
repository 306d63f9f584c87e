'use strict';

// `nodus` with no script on a terminal starts the REPL. The REPL is not
// built yet; say so instead of waiting on a prompt that never comes.

internalBinding('stdio').writeString(2,
  'nodus: the interactive REPL is not available yet; ' +
  'run a script (nodus file.js) or pipe code to stdin (nodus - < file.js)\n');
process.exitCode = 9;
