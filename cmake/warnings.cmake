# Project warnings as an INTERFACE target; not exported.
add_library(ergraph_warnings INTERFACE)
target_compile_options(ergraph_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
if(ERGRAPH_WERROR)
  target_compile_options(ergraph_warnings INTERFACE -Werror)
endif()

# ergraph_library(NAME DEPS...): one static library per folder, sources globbed from the folder
# (and its sub-folders), public headers included as "folder/header.h" from the project root.
function(ergraph_library name)
  file(GLOB_RECURSE srcs CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  add_library(ergraph_${name} STATIC ${srcs})
  add_library(ergraph::${name} ALIAS ergraph_${name})
  target_include_directories(ergraph_${name} PUBLIC "${PROJECT_SOURCE_DIR}")
  target_link_libraries(ergraph_${name} PRIVATE ergraph_warnings PUBLIC ${ARGN})
  ergraph_unity(ergraph_${name})
endfunction()

# ERGRAPH_UNITY=ON (make test-sanitize): the libraries and the CLI compile as unity builds,
# several sources per compiler run, so their heavy headers (Boost.Graph, CLI11, libxml2, fmt) are
# parsed once per batch. Tests and tools stay one file per run (their helpers share names).
option(ERGRAPH_UNITY "Compile the libraries and the CLI as unity builds (faster clean builds)" OFF)
function(ergraph_unity target)
  if(ERGRAPH_UNITY)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  endif()
endfunction()
