'use strict';

// require('util/types') is util.types.
module.exports = require('internal/util/types');
