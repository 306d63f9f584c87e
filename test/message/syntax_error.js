'use strict';
// A syntax error in the main script: file, line, caret, SyntaxError.
const ok = 1;
let broken = ;
