# Install rules: headers, the exported sipcode::sipcode target, a CMake package, a pkg-config file
# and the sipcode command-line tool.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/sipcode" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS sipcode EXPORT sipcodeTargets)
install(EXPORT sipcodeTargets
  NAMESPACE sipcode::
  DESTINATION "${CMAKE_INSTALL_DATADIR}/cmake/sipcode")

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/sipcodeConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/sipcodeConfig.cmake"
  INSTALL_DESTINATION "${CMAKE_INSTALL_DATADIR}/cmake/sipcode")
# A header-only library fits any architecture: ARCH_INDEPENDENT keeps 32/64-bit consumers happy.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/sipcodeConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/sipcodeConfig.cmake" "${PROJECT_BINARY_DIR}/sipcodeConfigVersion.cmake"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/cmake/sipcode")

configure_file("${PROJECT_SOURCE_DIR}/cmake/sipcode.pc.in" "${PROJECT_BINARY_DIR}/sipcode.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/sipcode.pc" DESTINATION "${CMAKE_INSTALL_DATADIR}/pkgconfig")

# The command-line tool, when it is built.
if(TARGET sipcode_cli)
  install(TARGETS sipcode_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()
