# tests/models/itemmodels.cmake: the item models' suites (AccountListModel, InstanceTableModel,
# InstanceFilterProxy), one executable per class. Included from tests/CMakeLists.txt, after onramp_add_qtest().
include_guard(GLOBAL)

foreach(name tst_accountlistmodel tst_instancetablemodel tst_instancefilterproxy)
    # A glob over tst_*.cpp in tests/models/CMakeLists.txt may already have made the target.
    if(NOT TARGET ${name})
        onramp_add_qtest(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp
            LIBS onramp_models Qt6::Test LABEL unit)
    endif()
endforeach()
# The proxy's suite also filters a QStandardItemModel (Qt Gui, no display needed).
if(TARGET tst_instancefilterproxy)
    target_link_libraries(tst_instancefilterproxy PRIVATE Qt6::Gui)
endif()
