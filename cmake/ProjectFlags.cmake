# ppid_flags: the language level, warnings and sanitizers every ppid target builds with.
add_library(ppid_flags INTERFACE)
target_compile_features(ppid_flags INTERFACE cxx_std_20)
target_compile_options(ppid_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wcast-align -Wdouble-promotion -Wformat=2 -Wnon-virtual-dtor
  -Wnull-dereference -Wextra-semi $<$<CXX_COMPILER_ID:GNU>:-Wlogical-op>
  -Wold-style-cast -Woverloaded-virtual -Wshadow -Wsign-conversion -Wconversion
  -Wimplicit-fallthrough)
if(PPID_WERROR)
  target_compile_options(ppid_flags INTERFACE -Werror)
endif()
# Debug builds check the standard library's preconditions, as ccache does.
target_compile_definitions(ppid_flags INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
if(PPID_SANITIZE)
  target_compile_options(ppid_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                              -fno-sanitize-recover=all)
  target_link_options(ppid_flags INTERFACE -fsanitize=address,undefined)
endif()
