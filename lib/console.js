'use strict';

// The console module is the global console.
module.exports = require('internal/console/global');
