#pragma once

#include <QString>

namespace kumo::tfimport {

/// Translates a text of the import (context "kumo::tfimport"). Called qualified, as tfimport::tr(),
/// so that lupdate files every text of the import under that one context.
QString tr(const char *text, int n = -1);

} // namespace kumo::tfimport
