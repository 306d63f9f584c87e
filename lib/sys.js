'use strict';

// The deprecated `sys` module: util under its old name (DEP0025).
process.emitWarning('sys is deprecated. Use util instead.',
                    'DeprecationWarning', 'DEP0025');
module.exports = require('util');
