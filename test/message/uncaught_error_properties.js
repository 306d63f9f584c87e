'use strict';
// Extra properties and a cause are shown after the stack.
const err = new Error('outer', { cause: new RangeError('inner') });
err.code = 'E_CUSTOM';
err.details = { retry: false };
throw err;
