# `cpack -G DEB` in a build folder makes proxydeck_<version>_<arch>.deb from `cmake --install`.
# Library dependencies come from dpkg-shlibdeps; what is loaded at run time without being linked
# (the Secret Service client, the xcb platform plugin, the NTLM mechanism) is named here.
set(CPACK_PACKAGE_NAME proxydeck)
set(CPACK_PACKAGE_VENDOR "ProxyDeck")
set(CPACK_PACKAGE_CONTACT "ProxyDeck maintainers <maintainers@proxydeck.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop proxy administration console")
set(CPACK_PACKAGE_DESCRIPTION "Sets the outbound proxy once (password in the OS keychain), decides per \
connection what goes through it, imports the proxy's CA certificates, runs a local proxy engine with \
live traffic, tests connectivity step by step and exports shell, .env and tool configurations.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, gss-ntlmssp")
set(CPACK_GENERATOR DEB)
include(CPack)
