# -e, -p, -pe and --print, with arguments after the code.
$NODE -e 'console.log("eval", 1 + 1)'
$NODE -p '6 * 7'
$NODE -pe '[1, "two", { three: 3 }]'
$NODE --print 'typeof require'
$NODE -p 'process.argv.length + " " + process.argv.slice(1).join(",")' a b c
$NODE -e 'console.log(process.execArgv[0], __filename, module.id)'
$NODE --eval='console.log("with equals")'
$NODE -p 'undefined'
$NODE -e 'throw new Error("from eval")' 2>&1 | head -5
echo "exit $?"
$NODE -p 'typeof path.join + " " + typeof util.inspect + " " + (require("path") === path)'
$NODE -e 'path = 1; console.log(path)'
