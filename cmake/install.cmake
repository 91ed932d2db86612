# Install rules, in two components:
#   dev  the headers (the C header sipcode.h too), the exported sipcode::sipcode and sipcode::c
#        targets, the CMake package and sipcode.pc. Needs no build: `cmake --install` right after
#        configuring writes all of it.
#   cli  the sipcode command-line tool. A full install takes it only if it was built; asking for the
#        component alone (--component cli) before building it is an error that says what to run.
# The package points at wherever it was installed, whatever prefix was given at configure or at
# install time: the CMake package finds itself from its own location (so it may be moved), and
# sipcode.pc is written at install time with the prefix of that install.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(sipcode_cmake_dir "${CMAKE_INSTALL_DATADIR}/cmake/sipcode")
set(sipcode_pkgconfig_dir "${CMAKE_INSTALL_DATADIR}/pkgconfig")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/sipcode" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  COMPONENT dev)
install(FILES "${PROJECT_SOURCE_DIR}/include/sipcode.h" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" COMPONENT dev)
install(TARGETS sipcode sipcode_c EXPORT sipcodeTargets COMPONENT dev)
install(EXPORT sipcodeTargets
  NAMESPACE sipcode::
  DESTINATION "${sipcode_cmake_dir}"
  COMPONENT dev)

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/sipcodeConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/sipcodeConfig.cmake"
  INSTALL_DESTINATION "${sipcode_cmake_dir}")
# A header-only library fits any architecture: ARCH_INDEPENDENT keeps 32/64-bit consumers happy.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/sipcodeConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/sipcodeConfig.cmake" "${PROJECT_BINARY_DIR}/sipcodeConfigVersion.cmake"
  DESTINATION "${sipcode_cmake_dir}"
  COMPONENT dev)

# sipcode.pc names the prefix of the install itself: the file is written when it is installed, with
# the CMAKE_INSTALL_PREFIX of that moment (`cmake --install build --prefix <dir>` gives <dir>), so
# `pkg-config --cflags sipcode` prints `-I<dir>/include`. A tree moved after installing still works
# with `pkg-config --define-prefix`. An absolute CMAKE_INSTALL_INCLUDEDIR is written as it is.
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(SIPCODE_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(SIPCODE_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
set(SIPCODE_PC_PREFIX "@SIPCODE_PC_PREFIX@")  # left for the install step to fill in
configure_file("${PROJECT_SOURCE_DIR}/cmake/sipcode.pc.in" "${PROJECT_BINARY_DIR}/sipcode.pc.install" @ONLY)
if(IS_ABSOLUTE "${sipcode_pkgconfig_dir}")
  set(sipcode_pc_destination "${sipcode_pkgconfig_dir}")
else()
  set(sipcode_pc_destination "\${CMAKE_INSTALL_PREFIX}/${sipcode_pkgconfig_dir}")
endif()
install(CODE "
    get_filename_component(SIPCODE_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\" ABSOLUTE)  # --prefix may be relative
    configure_file(\"${PROJECT_BINARY_DIR}/sipcode.pc.install\" \"${PROJECT_BINARY_DIR}/pc/sipcode.pc\" @ONLY)
    file(INSTALL \"${PROJECT_BINARY_DIR}/pc/sipcode.pc\" DESTINATION \"${sipcode_pc_destination}\")"
  COMPONENT dev)

# The command-line tool. OPTIONAL: a full install right after configuring (the README's recipe)
# must not need a build, and skips the tool when it is not built. CMake still creates the bin
# directory for a skipped OPTIONAL file; the rule after it removes that directory again when it
# created it and it stayed empty.
if(TARGET sipcode_cli)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_BINDIR}")
    set(sipcode_bin_dir "\$ENV{DESTDIR}${CMAKE_INSTALL_BINDIR}")
  else()
    set(sipcode_bin_dir "\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}")
  endif()
  install(CODE "
    if(CMAKE_INSTALL_COMPONENT STREQUAL \"cli\" AND NOT EXISTS \"$<TARGET_FILE:sipcode_cli>\")
      message(FATAL_ERROR \"the sipcode tool is not built: run \"
        \"`cmake --build ${PROJECT_BINARY_DIR} --target sipcode_cli` before installing the cli component\")
    endif()
    set(sipcode_bin_dir_existed FALSE)
    if(IS_DIRECTORY \"${sipcode_bin_dir}\")
      set(sipcode_bin_dir_existed TRUE)
    endif()"
    COMPONENT cli)
  install(TARGETS sipcode_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT cli OPTIONAL)
  install(CODE "
    if(NOT sipcode_bin_dir_existed AND NOT EXISTS \"$<TARGET_FILE:sipcode_cli>\")
      file(GLOB sipcode_bin_entries \"${sipcode_bin_dir}/*\")
      if(NOT sipcode_bin_entries)
        file(REMOVE_RECURSE \"${sipcode_bin_dir}\")  # empty: only the directory itself
      endif()
    endif()"
    COMPONENT cli)
endif()
