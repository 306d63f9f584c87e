'use strict';
// An unhandled rejection with a non-error: ERR_UNHANDLED_REJECTION.
Promise.reject('just a string');
