'use strict';

// require('process') is the process object.
module.exports = process;
