#pragma once

#include "changeevent.h"
#include "design.h"

#include <QObject>
#include <QUndoStack>

namespace kumo {

/// An open design: owns the Design and its undo stack, and announces every change through
/// changed(). Edits that users make go through undo commands pushed on undoStack(); the
/// low-level edit functions below are what those commands call.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    const Design &design() const { return m_design; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const { return !m_undoStack.isClean(); }

    /// Replaces the design (new, open, recover); clears the undo history.
    void reset(Design design, const QString &filePath = {});
    /// Saves atomically and marks the document clean.
    bool save(const QString &path, QString *error = nullptr);

    // --- Low-level edits, for undo commands. Each emits changed(). ---------------------------
    void insertComponents(const std::vector<Component> &components);
    /// Removes exactly the given components (not their children) and returns them.
    std::vector<Component> takeComponents(const QStringList &ids);
    void setProperty(const QString &id, const QString &key, const nlohmann::json &value);
    void setName(const QString &id, const QString &name);
    void setGeometry(const QString &id, const std::optional<QRectF> &geometry);
    /// Several rectangles at once, told as one change (the canvas reroutes its arrows once).
    void setGeometries(const std::vector<std::pair<QString, std::optional<QRectF>>> &geometries);
    bool setParent(const QString &id, const QString &parent);
    void insertConnections(const std::vector<Connection> &connections);
    /// Sets (null: removes) one monthly usage quantity of @p id in the design's "usage" object.
    void setUsageQuantity(const QString &id, const QString &quantity, const nlohmann::json &value);
    std::vector<Connection> takeConnections(const QStringList &ids);
    /// Puts @p design in place of the current one as one edit (a command that changes many places
    /// at once, like resolving a merge conflict); keeps the undo history; emits a Reset change.
    void replaceDesign(Design design);

signals:
    void changed(const kumo::ChangeEvent &event);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    void emitChange(ChangeEvent::Type type, QStringList ids, QString property = {});

    Design m_design;
    QUndoStack m_undoStack;
    QString m_filePath;
};

} // namespace kumo
