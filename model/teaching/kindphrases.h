#pragma once

#include <QString>

namespace kumo {

/// How a kind is named inside a sentence, in the interface language: "an availability zone",
/// "a VPC", "an EC2 instance" in English (article and case right), the plain name in Japanese.
/// Messages are whole sentences per language built around these, never English patterns with
/// kind names pasted in.
QString kindInSentence(const QString &kind);

/// @p sentence with its first letter upper-case (English sentences that begin with a kind).
QString capitalised(QString sentence);

} // namespace kumo
