# V8 flags pass through; a deep recursion is a RangeError, not a crash.
$NODE --stack-size=200 -e 'function f() { f() } try { f() } catch (e) { console.log(e instanceof RangeError, e.message) }'
$NODE --max-old-space-size=64 -e 'console.log("small heap ok")'
$NODE --expose-gc -e 'console.log(typeof gc)'
$NODE -e 'console.log(typeof gc)'
$NODE -e 'function f() { f() } f()' 2>&1 | grep -m1 RangeError
