'use strict';

// The deprecated `constants` module (DEP0008): os, fs and crypto constants
// in one object.

const { ObjectAssign, ObjectDefineProperty } = primordials;

const { os, fs } = internalBinding('constants');

const constants = {};
ObjectAssign(constants, os.dlopen, os.errno, os.priority, os.signals, fs);
ObjectDefineProperty(constants, 'UV_UDP_REUSEADDR', {
  __proto__: null, value: os.UV_UDP_REUSEADDR, enumerable: true,
  writable: false, configurable: false,
});
module.exports = constants;
