# Installation and the Debian package: `cmake --build build --target package` writes
# build/kumo_VERSION_ARCH.deb (CPack). The executable carries its templates, icons and
# translations; the package adds the desktop entry, the .kumo file type and the icon.
include(GNUInstallDirs)

install(FILES ${PROJECT_SOURCE_DIR}/packaging/kumo.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/kumo-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME kumo.xml)
install(FILES ${PROJECT_SOURCE_DIR}/resources/kumo.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
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
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, shared-mime-info, desktop-file-utils")
include(CPack)
