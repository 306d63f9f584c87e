'use strict';
// spawn + exit of `true` 500 times, 10 at a time, with stdio pipes.
const { spawn } = require('child_process');

const kTotal = 500;
let started = 0;
let exited = 0;
function next() {
  if (started === kTotal) return;
  started++;
  spawn('true').on('close', (code) => {
    if (code !== 0) throw new Error(`true exited with ${code}`);
    exited++;
    next();
  });
}
for (let i = 0; i < 10; i++) next();
process.on('exit', () => {
  if (exited !== kTotal) throw new Error(`${exited} of ${kTotal} exited`);
});
