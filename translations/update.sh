#!/bin/sh
# Refreshes the translation sources (kumo_ja.ts, and the English plural forms in kumo_en.ts) from the code. Run after changing user-visible
# text, then translate the new entries with Qt Linguist (linguist translations/kumo_ja.ts).
#
# The aliases teach lupdate Kumo's own markers: msg() translates a finding message and
# KUMO_RULE_TEXT() marks a rule's title and explanation (both in the "kumo::rules" context of the
# namespace they are used in); N() marks catalog text inside CatalogData ("kumo::Catalog").
set -e
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || command -v lupdate)
ALIASES="tr+=msg,QT_TR_NOOP+=N,QT_TR_NOOP+=KUMO_RULE_TEXT"
"$LUPDATE" -locations relative -no-obsolete -tr-function-alias "$ALIASES" model views app -ts translations/kumo_ja.ts
# English needs only the plural forms: "%n error(s)" becomes "1 error" / "2 errors"
"$LUPDATE" -locations relative -no-obsolete -pluralonly -tr-function-alias "$ALIASES" model views app -ts translations/kumo_en.ts
