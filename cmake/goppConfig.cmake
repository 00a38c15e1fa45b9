# goppConfig.cmake — find_package(gopp) for an installed gopp (Install.cmake
# says the layout; docs/embedding.md is the user's guide).
#
# Provides:
#   GOPP_EXECUTABLE        the gopp compiler
#   gopp::runtime          the runtime and standard library, with their
#                          include directories (link it to call Go from C++)
#   gopp::runtime_race     the same for ThreadSanitizer builds (when gopp was
#                          built with its race flavour): compiles users with
#                          -fsanitize=thread -DGOPP_RACE=1
#   gopp_add_library(<target> SOURCES a.go b.go... [RACE])
#                          a static library built from one Go package: gopp
#                          runs at build time (again whenever a .go file
#                          changes) and writes <name>.h, the package's C++ API
#                          (name: the Go package's), which <target> exposes
#                          to whatever links it.
get_filename_component(_gopp_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(GOPP_EXECUTABLE "${_gopp_prefix}/bin/gopp")

include(CMakeFindDependencyMacro)
find_dependency(Threads)
find_library(GOPP_GC_LIBRARY NAMES gc)
if(NOT GOPP_GC_LIBRARY)
  set(gopp_FOUND FALSE)
  set(gopp_NOT_FOUND_MESSAGE "gopp needs the Boehm collector (Debian: libgc-dev)")
  return()
endif()

# The libraries refer to each other (the runtime calls back into fmt, os
# into the runtime): one link group.
function(_gopp_runtime_target target libdir)
  file(GLOB std "${libdir}/libgopp_std_*.a")
  add_library(${target} INTERFACE IMPORTED)
  set_target_properties(${target} PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_gopp_prefix}/include;${_gopp_prefix}/include/gopp/std"
    INTERFACE_COMPILE_FEATURES cxx_std_20
    INTERFACE_LINK_LIBRARIES
      "-Wl,--start-group;${std};${libdir}/libgopp_rt.a;-Wl,--end-group;${GOPP_GC_LIBRARY};Threads::Threads")
endfunction()

if(NOT TARGET gopp::runtime)
  _gopp_runtime_target(gopp::runtime "${_gopp_prefix}/lib/gopp")
endif()
if(NOT TARGET gopp::runtime_race AND EXISTS "${_gopp_prefix}/lib/gopp/race/libgopp_rt.a")
  _gopp_runtime_target(gopp::runtime_race "${_gopp_prefix}/lib/gopp/race")
  set_property(TARGET gopp::runtime_race APPEND PROPERTY INTERFACE_COMPILE_OPTIONS -fsanitize=thread -g1)
  set_property(TARGET gopp::runtime_race APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS GOPP_RACE=1)
  set_property(TARGET gopp::runtime_race APPEND PROPERTY INTERFACE_LINK_OPTIONS -fsanitize=thread)
endif()

function(gopp_add_library target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "RACE" "" "SOURCES")
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "gopp_add_library(${target}): no SOURCES")
  endif()
  set(sources)
  foreach(src ${ARG_SOURCES})
    get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND sources "${abs}")
  endforeach()
  # The generated files are named after the Go package: read its clause
  # (and configure again if it changes).
  list(GET sources 0 first)
  file(STRINGS "${first}" clause REGEX "^package[ \t]+[A-Za-z_][A-Za-z0-9_]*" LIMIT_COUNT 1)
  string(REGEX REPLACE "^package[ \t]+([A-Za-z_][A-Za-z0-9_]*).*" "\\1" name "${clause}")
  if(NOT name)
    message(FATAL_ERROR "gopp_add_library(${target}): no package clause in ${first}")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${first}")
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/${target}.gopp")
  set(flags)
  set(runtime gopp::runtime)
  if(ARG_RACE)
    set(flags -race)
    set(runtime gopp::runtime_race)
  endif()
  # gopp leaves unchanged files alone: the stamp says the step ran, and
  # what includes the header rebuilds only when the API changed.
  add_custom_command(
    OUTPUT "${dir}/${name}.stamp"
    BYPRODUCTS "${dir}/${name}.cpp" "${dir}/${name}.h" "${dir}/CMakeLists.txt"
    COMMAND "${GOPP_EXECUTABLE}" build -buildmode=c++ ${flags} -o "${dir}" ${sources}
    COMMAND "${CMAKE_COMMAND}" -E touch "${dir}/${name}.stamp"
    DEPENDS ${sources} "${GOPP_EXECUTABLE}"
    COMMENT "gopp: Go package ${name} to C++ (${target})"
    VERBATIM)
  add_library(${target} STATIC "${dir}/${name}.cpp" "${dir}/${name}.stamp")
  target_include_directories(${target} PUBLIC "${dir}")
  target_link_libraries(${target} PUBLIC ${runtime})
  target_compile_options(${target} PRIVATE -fno-strict-aliasing -fno-math-errno -fno-optimize-sibling-calls)
endfunction()
