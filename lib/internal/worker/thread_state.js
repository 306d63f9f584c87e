'use strict';

// What worker_threads tells a worker about itself; filled in by
// lib/internal/main/worker_thread.js before the worker's script runs.

module.exports = {
  parentPort: null,
  workerData: null,
  environmentData: undefined,
};
