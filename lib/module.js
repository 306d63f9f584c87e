'use strict';

// require('module'): the CommonJS Module class and its statics.
module.exports = require('internal/modules/cjs/loader').Module;
