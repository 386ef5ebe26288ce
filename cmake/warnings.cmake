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
endfunction()
