# newsmark_embed_data(<target> <symbol> <file>): compiles <file> into <target> as
#   extern "C" const unsigned char <symbol>[]; extern "C" const unsigned long <symbol>_size;
# so a model or lexicon ships inside the CLI and inside newsmark.wasm, with no file to find
# at run time. The bytes are turned into C at build time by cmake/embed_data_gen.cmake.
function(newsmark_embed_data target symbol file)
  set(out ${CMAKE_BINARY_DIR}/embedded/${symbol}.c)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol}
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_data_gen.cmake
    DEPENDS ${file} ${CMAKE_SOURCE_DIR}/cmake/embed_data_gen.cmake
    COMMENT "Embedding ${file} as ${symbol}")
  target_sources(${target} PRIVATE ${out})
endfunction()
