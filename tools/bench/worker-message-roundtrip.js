'use strict';
// 50,000 round trips of a small object between the main thread and a worker.
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const worker = new Worker(__filename);
  let left = +(process.env.N || 50000);
  const message = { id: 0, name: 'ping', tags: ['a', 'b'], ok: true };
  worker.on('message', (reply) => {
    if (reply.id !== message.id) throw new Error('bad reply');
    if (--left === 0) {
      worker.terminate();
      return;
    }
    message.id++;
    worker.postMessage(message);
  });
  worker.postMessage(message);
} else {
  parentPort.on('message', (message) => parentPort.postMessage(message));
}
