'use strict';

// TestsStream: the object-mode Readable of { type, data } test events that
// reporters consume (and run() returns). Every event is also emitted on the
// stream under its type ('test:pass', ...).

const { Readable } = require('stream');

class TestsStream extends Readable {
  constructor() {
    super({ __proto__: null, objectMode: true, highWaterMark: 1 << 30 });
  }

  _read() {}

  pushEvent(type, data) {
    this.emit(type, data);
    this.push({ __proto__: null, type, data });
  }

  finish() {
    this.push(null);
  }
}

module.exports = { TestsStream };
