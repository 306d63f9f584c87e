'use strict';
// The default warning printer: first warning with the --trace-warnings
// hint, codes in brackets, details on the next line.
process.emitWarning('first warning');
process.emitWarning('second warning', 'CustomWarning', 'W001');
process.emitWarning('deprecated thing', { type: 'DeprecationWarning',
                                          code: 'DEP0999',
                                          detail: 'Use the new thing.' });
