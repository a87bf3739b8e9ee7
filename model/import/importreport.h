#pragma once

#include "importtext.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <map>
#include <vector>

namespace kumo::tfimport {

/// What happened to one resource instance of the input.
enum class Outcome { Mapped, Folded, Skipped };

/// The account of an import: every resource instance of the input is counted exactly once, as mapped
/// to a component, folded into another component's properties, or skipped with a reason.
struct ImportReport
{
    struct Entry
    {
        QString input;   ///< the file it came from
        QString address;
        QString type;
        Outcome outcome = Outcome::Skipped;
        QString detail;  ///< mapped: the component id; folded: the component it went into; skipped: why
        bool withoutKind = false; ///< skipped because Kumo has no kind for this AWS type yet
    };
    struct SecretNotCopied
    {
        QString input;
        QString address;
        QString attribute;
    };

    QStringList inputs;
    std::vector<Entry> entries;
    QStringList assumptions;
    std::vector<SecretNotCopied> secrets;
    int components = 0; ///< components in the design, regions and zones included

    // --- configurations (.tf directories): listed only when a directory was imported -------------
    struct Module
    {
        QString source;
        QString detail; ///< understood: the version assumed; unread: why
    };
    bool configurations = false;
    QStringList parseErrors;      ///< FILE:LINE:COL: message
    QStringList unknownVariables; ///< variables without a value (unknown)
    QStringList evaluationNotes;  ///< FILE:LINE:COL: what could not be evaluated (it stayed unknown)
    std::vector<Module> modulesUnderstood;
    std::vector<Module> modulesUnread;

    int count(Outcome outcome) const;
    /// Resource instances by type, for one outcome: type -> count.
    std::map<QString, int> byType(Outcome outcome) const;
    /// Skipped types that are AWS resource types Kumo has no kind for, most frequent first.
    std::vector<std::pair<QString, int>> missingKinds() const;

    nlohmann::ordered_json toJson() const;
    /// The summary printed on standard error.
    QString toText() const;
};

QString outcomeName(Outcome outcome);

} // namespace kumo::tfimport
