# Source maps on: an uncaught error in code with a source map shows the
# original file:line, source line and caret (and one blank line more), then
# the stack in original positions; the original comes from the map's
# sourcesContent or from disk.
FIXTURES=$(cd ../fixtures/source-map && pwd)
$NODE --enable-source-maps -e "Error.stackTraceLimit = 1; require('../fixtures/source-map/greet.js').greet('')" 2>&1 | sed "s|$FIXTURES|<fixtures>|g"
$NODE -e "Error.stackTraceLimit = 1; process.setSourceMapsEnabled(true); require('../fixtures/source-map/add.js').add(null)" 2>&1 | sed "s|$FIXTURES|<fixtures>|g"
$NODE --enable-source-maps ../fixtures/source-map/esm-throw.mjs 2>&1 | head -n 8 | sed "s|$FIXTURES|<fixtures>|g"
