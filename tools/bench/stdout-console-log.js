// bench-runs: 5
'use strict';
// console.log of 200,000 short lines to a file (this process's stdout,
// /dev/null under the bench runner: a synchronous SyncWriteStream) and to a
// pipe (a child of the same runtime, its stdout a net.Socket read here).
const { spawn } = require('child_process');

const lines = 200000;
if (process.argv[2] === 'child') {
  for (let i = 0; i < lines; i++) console.log('line', i, 'of the benchmark');
  return;
}

for (let i = 0; i < lines; i++) console.log('line', i, 'of the benchmark');

const child = spawn(process.execPath, [__filename, 'child'],
                    { stdio: ['ignore', 'pipe', 'inherit'] });
let bytes = 0;
child.stdout.on('data', (chunk) => { bytes += chunk.length; });
child.on('close', (code) => {
  if (code !== 0 || bytes < lines * 20) {
    throw new Error(`child exited ${code} after ${bytes} bytes`);
  }
});
