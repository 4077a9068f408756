# bench/models.cmake: benchmarks of the item models, which need onramp_models and Qt Widgets (a QTableView).
# Included from bench/CMakeLists.txt. Its bench_*.cpp glob already makes bench_instancemodel (with the aws
# libraries only); this adds what the model benchmark needs on top.
include_guard(GLOBAL)

if(NOT TARGET bench_instancemodel)
    add_executable(bench_instancemodel ${CMAKE_CURRENT_LIST_DIR}/bench_instancemodel.cpp)
    target_link_libraries(bench_instancemodel PRIVATE onramp_common benchmark::benchmark)
endif()
target_link_libraries(bench_instancemodel PRIVATE onramp_models onramp_ui Qt6::Widgets)
# bench_merge (the registry's page merge, bench/parts/merge.sh): the glob made it; it needs the registry.
target_link_libraries(bench_merge PRIVATE onramp_models Qt6::Sql)
