# Imports V8 from Debian's libnode108 + libnode-dev, unpacked into deps/v8 by
# deps/install.sh. Only the v8:: and cppgc:: API of libnode is used.
set(NODUS_V8_ROOT ${CMAKE_CURRENT_LIST_DIR}/v8/usr)
set(NODUS_V8_LIBDIR ${NODUS_V8_ROOT}/lib/x86_64-linux-gnu)
if(NOT EXISTS ${NODUS_V8_LIBDIR}/libnode.so.108)
  message(FATAL_ERROR "V8 not found in deps/v8: run deps/install.sh (make does)")
endif()
add_library(v8 SHARED IMPORTED)
set_target_properties(v8 PROPERTIES
  IMPORTED_LOCATION ${NODUS_V8_LIBDIR}/libnode.so.108
  IMPORTED_SONAME libnode.so.108
  INTERFACE_INCLUDE_DIRECTORIES ${NODUS_V8_ROOT}/include/node
  INTERFACE_SYSTEM_INCLUDE_DIRECTORIES ${NODUS_V8_ROOT}/include/node
  # Debian's V8 is built without pointer compression and without the sandbox:
  # never define V8_COMPRESS_POINTERS / V8_ENABLE_SANDBOX.
  INTERFACE_COMPILE_DEFINITIONS "V8_DEPRECATION_WARNINGS;V8_IMMINENT_DEPRECATION_WARNINGS")
