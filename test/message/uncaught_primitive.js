'use strict';
// A thrown primitive: the report shows its string and the --trace-uncaught
// hint.
throw 42;
