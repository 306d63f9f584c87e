'use strict';

// The hooks thread's stdout and stderr. The main thread sleeps while
// hooks run: what they (and the -r preloads run before them) print goes
// straight to the process's fds 1 and 2, in order with the main thread's.

const { ObjectDefineProperty } = primordials;

function useProcessStdio() {
  const { Writable } = require('stream');
  const { writeSync } = require('fs');
  for (const { 0: name, 1: fd } of [['stdout', 1], ['stderr', 2]]) {
    const stream = new Writable({
      write(chunk, encoding, callback) {
        try {
          writeSync(fd, chunk);
        } catch {
          // A closed stdio drops what hooks print.
        }
        callback();
      },
    });
    stream.fd = fd;
    ObjectDefineProperty(process, name, {
      __proto__: null, configurable: true, enumerable: true,
      get() { return stream; },
    });
  }
}

module.exports = { useProcessStdio };
