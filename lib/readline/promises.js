'use strict';

// require('readline/promises'): an Interface whose question() returns a
// promise (rejected with an AbortError when its signal aborts, or with
// ERR_USE_AFTER_CLOSE after close()), createInterface, and the Readline
// class of queued cursor actions.

const {
  Promise,
} = primordials;

const { AbortError } = require('internal/errors');
const { kEmptyObject } = require('internal/util');
const { validateAbortSignal } = require('internal/validators');
const {
  Interface: _Interface,
} = require('internal/readline/interface');
const {
  kQuestion,
  kQuestionCancel,
} = require('internal/readline/symbols');
const { Readline } = require('internal/readline/promises');

class Interface extends _Interface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  Readline,
  createInterface,
};
