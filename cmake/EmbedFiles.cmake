# ppid_embed_files(OUTPUT out.cpp NAMESPACE ns FUNCTION fn FILES a b ...)
# Generates, at build time, a C++ source defining
#   std::span<const ppid::EmbeddedFile> ns::fn();
# that holds each file's name (without directory) and bytes, sorted by name, so the binary
# works with no data files beside it.
set(PPID_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/EmbedScript.cmake")

function(ppid_embed_files)
  cmake_parse_arguments(E "" "OUTPUT;NAMESPACE;FUNCTION" "FILES" ${ARGN})
  list(SORT E_FILES)
  add_custom_command(
    OUTPUT "${E_OUTPUT}"
    COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${E_OUTPUT}" "-DNAMESPACE=${E_NAMESPACE}"
            "-DFUNCTION=${E_FUNCTION}" "-DFILES=${E_FILES}" -P "${PPID_EMBED_SCRIPT}"
    DEPENDS ${E_FILES} "${PPID_EMBED_SCRIPT}"
    COMMENT "Embedding ${E_FUNCTION}"
    VERBATIM)
endfunction()
