# Installation and the Debian package: `cmake --build build --target package` writes
# build/kumo_VERSION_ARCH.deb (CPack). The executable carries its templates, icons and
# translations; the package adds what the desktop needs: the desktop entry, the AppStream
# metainfo, the .kumo file type and the icon in the hicolor theme. `cmake --install build
# --prefix DIR` installs the same files (packaging/check-package.sh compares the two).
include(GNUInstallDirs)

# The AppStream component id (reverse DNS), which also names the desktop entry, the metainfo
# file and the Wayland app id. example.org is a placeholder, like the package contact below:
# change both when the project has an address of its own.
set(KUMO_APP_ID org.example.kumo)
# The date of the release PROJECT_VERSION, for the metainfo's <releases>.
set(KUMO_RELEASE_DATE 2026-12-01)
target_compile_definitions(kumo PRIVATE KUMO_APP_ID="${KUMO_APP_ID}")

# The desktop entry, named after the component id as AppStream expects
install(FILES ${PROJECT_SOURCE_DIR}/packaging/kumo.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        RENAME ${KUMO_APP_ID}.desktop)
configure_file(${PROJECT_SOURCE_DIR}/packaging/kumo.metainfo.xml.in ${PROJECT_BINARY_DIR}/${KUMO_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${KUMO_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/kumo-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME kumo.xml)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The icon: the SVG as the scalable one, and PNGs rendered from it at build time (with Qt Svg,
# which Kumo needs anyway) for the sizes of the hicolor theme, so they never drift from the SVG.
set(KUMO_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/kumo.svg)
set(KUMO_ICON_SIZES 16 22 24 32 48 64 128 256)
add_executable(kumo_icon_render ${PROJECT_SOURCE_DIR}/packaging/iconrender.cpp)
target_link_libraries(kumo_icon_render PRIVATE Qt6::Gui Qt6::Svg)
set(kumo_icon_pngs)
foreach(size IN LISTS KUMO_ICON_SIZES)
  list(APPEND kumo_icon_pngs ${PROJECT_BINARY_DIR}/icons/${size}x${size}/apps/kumo.png)
  install(FILES ${PROJECT_BINARY_DIR}/icons/${size}x${size}/apps/kumo.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
list(JOIN KUMO_ICON_SIZES ", " kumo_icon_sizes_text)
add_custom_command(OUTPUT ${kumo_icon_pngs}
  # (in a sanitizer build the tool is instrumented too; Qt's caches are not leaks of ours)
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
          $<TARGET_FILE:kumo_icon_render> ${KUMO_ICON_SVG} ${PROJECT_BINARY_DIR}/icons kumo ${KUMO_ICON_SIZES}
  DEPENDS kumo_icon_render ${KUMO_ICON_SVG}
  COMMENT "Rendering the application icon at ${kumo_icon_sizes_text} pixels"
  VERBATIM)
add_custom_target(kumo_icons ALL DEPENDS ${kumo_icon_pngs})
add_dependencies(kumo kumo_icons) # building kumo is enough for `cmake --install`
install(FILES ${KUMO_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Windows and macOS (packaging/README.md): a bundle on macOS, and Qt's deployment script, which
# copies the Qt libraries and plugins beside the executable. Nothing of this runs on Linux,
# where the package depends on Debian's Qt instead.
if(APPLE)
  set_target_properties(kumo PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_BUNDLE_NAME Kumo
    MACOSX_BUNDLE_GUI_IDENTIFIER ${KUMO_APP_ID}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
endif()
if(WIN32 OR APPLE)
  if(Qt6_VERSION VERSION_LESS 6.5)
    message(WARNING "Deploying Kumo on this platform needs Qt 6.5 or later (qt_generate_deploy_app_script)")
  else()
    qt_generate_deploy_app_script(TARGET kumo OUTPUT_SCRIPT kumo_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${kumo_deploy_script})
  endif()
endif()

if(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_PACKAGE_INSTALL_DIRECTORY Kumo)
  set(CPACK_PACKAGE_EXECUTABLES kumo Kumo)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB)
endif()
set(CPACK_PACKAGE_NAME kumo)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Kumo developers <kumo@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Visual AWS architecture designer with live validation and Terraform export")
set(CPACK_PACKAGE_DESCRIPTION "Kumo lets you draw regions, VPCs, availability zones, subnets and services on a
canvas, tells you while you edit what AWS would reject or what is insecure and
why, and exports Terraform configurations and PNG, SVG and PDF diagrams. The
interface speaks English and Japanese.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# libraries (Qt) are found by dpkg-shlibdeps; the font is what the canvas and the exported
# diagrams are drawn with, so that Japanese names render everywhere
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk")
# Qt's dialogs in Japanese; the file type and menu caches; Wayland without XWayland
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, shared-mime-info, desktop-file-utils, qt6-wayland")
include(CPack)
