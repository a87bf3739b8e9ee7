#!/bin/sh
# Refreshes the translation sources (kumo_ja.ts) from the code. Run after changing user-visible
# text, then translate the new entries with Qt Linguist (linguist translations/kumo_ja.ts).
#
# The aliases teach lupdate Kumo's own markers: msg() translates a finding message and
# KUMO_RULE_TEXT() marks a rule's title and explanation (both in the "kumo::rules" context of the
# namespace they are used in); N() marks catalog text inside CatalogData ("kumo::Catalog").
set -e
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || command -v lupdate)
"$LUPDATE" -locations relative -no-obsolete \
    -tr-function-alias "tr+=msg,QT_TR_NOOP+=N,QT_TR_NOOP+=KUMO_RULE_TEXT" \
    model views app -ts translations/kumo_ja.ts
