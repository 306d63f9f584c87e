'use strict';

// The FsRequest objects handed to the async functions of
// internalBinding('fs'). A request remembers what the system error needs
// (syscall, path, dest) and turns the binding's `oncomplete(errno, result)`
// into a node-style callback or a promise settlement (STYLE.md C10).

const {
  Promise,
} = primordials;

const { FsRequest } = internalBinding('fs');
const { fsError } = require('internal/fs/utils');

// callback(err) on failure; on success callback(null, map(result)), or
// just callback(null) when there is no result (node passes one argument).
function callbackRequest(callback, syscall, path, dest, map) {
  const req = new FsRequest();
  req.oncomplete = (errno, result) => {
    if (errno !== 0) {
      callback(fsError(errno, syscall, path, dest));
      return;
    }
    const value = map === undefined ? result : map(result);
    if (value === undefined) {
      callback(null);
    } else {
      callback(null, value);
    }
  };
  return req;
}

// A request whose completion calls `fn(errno, result)` as it comes.
function rawRequest(fn) {
  const req = new FsRequest();
  req.oncomplete = fn;
  return req;
}

// Runs `start(req)` and returns a promise of map(result), rejected with
// the system error.
function promiseRequest(start, syscall, path, dest, map) {
  return new Promise((resolve, reject) => {
    const req = new FsRequest();
    req.oncomplete = (errno, result) => {
      if (errno !== 0) {
        reject(fsError(errno, syscall, path, dest));
        return;
      }
      resolve(map === undefined ? result : map(result));
    };
    start(req);
  });
}

module.exports = {
  callbackRequest,
  promiseRequest,
  rawRequest,
};
