'use strict';
// Output order across console.log, console.error and direct writes to
// process.stdout/stderr (one pipe here for both), write callbacks, ticks,
// timers and the 'exit' event. Total output stays under a pipe's capacity,
// so no write has to wait.

process.on('exit', (code) => {
  console.log('exit event', code);
  process.stdout.write('last write\n');
});

console.log('log 1');
console.error('error 1');
process.stdout.write('stdout write\n');
process.stderr.write('stderr write\n');
process.stdout.write(Buffer.from('buffer write\n'));
process.stdout.write('callback write\n', () => console.log('write callback'));
console.log('%s %d %j', 'formatted', 42, { a: 1 });
process.nextTick(() => console.error('tick'));
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => {
  console.log('timeout');
  process.stdout.write(`${'z'.repeat(20000)}\n`);
  console.error('after big write');
  setImmediate(() => console.log('immediate'));
}, 1);
console.log('log 2');
