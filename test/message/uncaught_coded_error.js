'use strict';
// A coded error from the runtime: `TypeError [ERR_INVALID_ARG_TYPE]` header
// and its code property.
setTimeout('not a function', 1);
