# What an ES module graph that fails prints: a missing export, a syntax
# error, an error thrown at top level (directly and from an import), a
# rejection from import() in CommonJS. Frames are dropped (node's and
# nodus' loaders have different internals).
cd esm
for f in no-export.mjs syntax.mjs throw.mjs import-throw.mjs; do
  $NODE $f 2>&1 | grep -v '^    at '
  echo "exit $?"
done
$NODE --input-type=module -e 'import "./syntax.mjs"' 2>&1 | grep -v '^    at '
$NODE -e 'import("./nope.mjs").catch((e) => console.log(e.code, e.message))'
