'use strict';
// An error from _construct (passed or thrown) destroys the stream with it;
// calling back twice is ERR_MULTIPLE_CALLBACK.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const passed = new Readable({
  construct(cb) { cb(new Error('passed')); },
  read: common.mustNotCall(),
});
passed.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'passed');
  assert.strictEqual(passed.destroyed, true);
}));
passed.resume();

const thrown = new Readable({
  construct() { throw new Error('thrown'); },
  read: common.mustNotCall(),
});
thrown.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'thrown');
}));

const twice = new Readable({
  construct(cb) { cb(); cb(); },
  read() {},
});
twice.on('error', common.expectsError({
  code: 'ERR_MULTIPLE_CALLBACK',
  name: 'Error',
  message: 'Callback called multiple times',
}));
