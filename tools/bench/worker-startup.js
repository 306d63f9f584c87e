'use strict';
// Worker start-up: 50 workers one after another, each measured from
// `new Worker` to its first message (the worker posts as soon as it runs).
const { Worker } = require('worker_threads');

let left = 50;
const next = () => {
  const worker = new Worker(
    'require("worker_threads").parentPort.postMessage("up")', { eval: true });
  worker.once('message', () => {
    worker.terminate().then(() => {
      if (--left > 0) next();
    });
  });
};
next();
