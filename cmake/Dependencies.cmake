# Every dependency is a Debian package installed by scripts/setup.sh.

# LLVM Support: SmallVector, DenseMap, StringRef, BumpPtrAllocator, APInt...
find_package(LLVM 14 REQUIRED CONFIG HINTS /usr/lib/llvm-14/lib/cmake/llvm)
add_library(gopp_llvm INTERFACE)
target_include_directories(gopp_llvm SYSTEM INTERFACE ${LLVM_INCLUDE_DIRS})
target_compile_definitions(gopp_llvm INTERFACE ${LLVM_DEFINITIONS})
target_link_libraries(gopp_llvm INTERFACE ${LLVM_LIBRARY_DIRS}/libLLVMSupport.a
                      ${LLVM_LIBRARY_DIRS}/libLLVMDemangle.a)
find_package(Threads REQUIRED)
find_library(TINFO_LIB NAMES tinfo ncurses)
find_package(ZLIB)
target_link_libraries(gopp_llvm INTERFACE Threads::Threads ${CMAKE_DL_LIBS})
if(TINFO_LIB)
  target_link_libraries(gopp_llvm INTERFACE ${TINFO_LIB})
endif()
if(ZLIB_FOUND)
  target_link_libraries(gopp_llvm INTERFACE ZLIB::ZLIB)
endif()

# {fmt}
find_package(fmt REQUIRED)

# ANTLR 4: the generator (Debian's antlr4 script, 4.7.2) and the C++ runtime (4.9).
find_program(ANTLR4_TOOL antlr4 REQUIRED)
find_path(ANTLR4_INCLUDE_DIR antlr4-runtime.h PATH_SUFFIXES antlr4-runtime REQUIRED)
find_library(ANTLR4_RUNTIME NAMES libantlr4-runtime.a antlr4-runtime REQUIRED)
add_library(gopp_antlr INTERFACE)
target_include_directories(gopp_antlr SYSTEM INTERFACE ${ANTLR4_INCLUDE_DIR})
# The 4.9 runtime headers trip -Wattributes under C++20.
# Generated code uses u8"" literals as std::string (pre-C++20 meaning).
target_compile_options(gopp_antlr INTERFACE -Wno-attributes -fno-char8_t)
target_link_libraries(gopp_antlr INTERFACE ${ANTLR4_RUNTIME})

# GoogleTest
find_package(GTest REQUIRED)
