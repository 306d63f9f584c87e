# A script from stdin: piped, or with '-' and arguments.
echo 'console.log("from stdin", __filename)' | $NODE
echo 'console.log(process.argv.slice(1))' | $NODE - x y
echo 'console.log(1 + 1)' | $NODE -p
