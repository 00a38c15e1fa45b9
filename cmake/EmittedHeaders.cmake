# The headers emitted code may include: GOPP_EMITTED_HEADERS (every
# public header, for dependencies) and GOPP_EMITTED_INCLUDES (#include
# lines of gopp/go.h and each standard package's header). Used for the
# precompiled header (tools/gopp) and the list of macros emitted names
# must avoid (codegen).
file(GLOB_RECURSE GOPP_EMITTED_HEADERS CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/runtime/include/*.h ${PROJECT_SOURCE_DIR}/stdlib/*.h)
set(GOPP_EMITTED_INCLUDES "#include \"gopp/go.h\"\n")
foreach(h ${GOPP_EMITTED_HEADERS})
  # A package's header is stdlib/<path>/<last element of path>.h.
  file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR}/stdlib ${h})
  get_filename_component(dir ${rel} DIRECTORY)
  get_filename_component(base ${rel} NAME_WE)
  get_filename_component(last ${dir} NAME)
  if(NOT rel MATCHES "^\\.\\." AND dir AND base STREQUAL last)
    string(APPEND GOPP_EMITTED_INCLUDES "#include \"${rel}\"\n")
  endif()
endforeach()
