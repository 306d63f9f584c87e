'use strict';
// `path/posix`: the posix flavour of `path`.

module.exports = require('path').posix;
