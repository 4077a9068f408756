# bench/libxml2.cmake: links libxml2 into bench_awsxml for its BM_Libxml2TextReaderBareWalk peer, when pkg-config
# finds libxml-2.0 (Debian: libxml2-dev). Without it bench_awsxml still builds, minus that benchmark.
include_guard(GLOBAL)

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(ONRAMP_LIBXML2 QUIET IMPORTED_TARGET libxml-2.0)
endif()
if(TARGET bench_awsxml AND ONRAMP_LIBXML2_FOUND)
    target_link_libraries(bench_awsxml PRIVATE PkgConfig::ONRAMP_LIBXML2)
    target_compile_definitions(bench_awsxml PRIVATE ONRAMP_BENCH_LIBXML2)
else()
    message(STATUS "libxml2 (pkg-config libxml-2.0) not found: bench_awsxml has no libxml2 peer")
endif()
