# bench_startup_floor: the empty Qt Widgets window that bench/parts/startup.py times beside the app.
find_package(Qt6 REQUIRED COMPONENTS Widgets)
add_executable(bench_startup_floor ${CMAKE_CURRENT_SOURCE_DIR}/startup_floor.cpp)
target_link_libraries(bench_startup_floor PRIVATE Qt6::Widgets)
