# Install.cmake — `cmake --install build --prefix P` makes P a gopp
# installation that works without the source tree:
#   P/bin/gopp                      the compiler (finds the rest beside it)
#   P/include/gopp/*.h              the runtime's headers (gopp/go.h, gopp/embed.h)
#   P/include/gopp/std/<path>/      the standard packages' headers and Go declarations
#   P/lib/gopp/*.a                  the runtime and standard libraries (race/: -race)
#   P/lib/cmake/gopp/               the CMake package: find_package(gopp)
# (tools/gopp/Toolchain.cpp and cmake/goppConfig.cmake read this layout.)
include(CMakePackageConfigHelpers)

install(TARGETS gopp RUNTIME DESTINATION bin)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/runtime/include/gopp DESTINATION include)
# (with each package's Go declarations, which gopp's type checker reads)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/stdlib/ DESTINATION include/gopp/std
        FILES_MATCHING PATTERN "*.h" PATTERN "*.go")
install(TARGETS gopp_rt ${GOPP_STD_LIBS} ARCHIVE DESTINATION lib/gopp)
if(GOPP_RACE)
  install(TARGETS gopp_rt_race ${GOPP_STD_RACE_LIBS} ARCHIVE DESTINATION lib/gopp/race)
endif()

write_basic_package_version_file(${CMAKE_BINARY_DIR}/goppConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/goppConfig.cmake ${CMAKE_BINARY_DIR}/goppConfigVersion.cmake
        DESTINATION lib/cmake/gopp)
