// The Japanese translation: every user-facing text is translated (the command line, whose output
// scripts read, stays English), and no translation loses or invents a placeholder.
#include "support/testregistry.h"
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or one per numerus form
    bool unfinished = false;
    bool numerus = false;
};

std::vector<Message> readTs(const QString &path)
{
    std::vector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages.push_back(current);
        }
    }
    return xml.hasError() ? std::vector<Message>() : messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void japaneseIsComplete()
    {
        const std::vector<Message> messages = readTs(QStringLiteral(KUMO_TRANSLATIONS "/kumo_ja.ts"));
        QVERIFY(messages.size() > 500);
        int checked = 0;
        for (const Message &m : messages) {
            if (m.context == QLatin1String("kumo::cli"))
                continue;
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("untranslated: ") + where));
            QVERIFY2(!m.translations.isEmpty() && !m.translations.first().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
            for (const QString &t : m.translations)
                QVERIFY2(placeholders(t) == placeholders(m.source), qPrintable(QStringLiteral("placeholders differ: ") + where + QStringLiteral(" -> ") + t));
            ++checked;
        }
        QVERIFY(checked > 500);
    }

    void englishPluralsAreComplete()
    {
        const std::vector<Message> messages = readTs(QStringLiteral(KUMO_TRANSLATIONS "/kumo_en.ts"));
        QVERIFY(messages.size() > 20);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.numerus, qPrintable(QStringLiteral("only plural forms belong here: ") + where));
            QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("untranslated: ") + where));
            QVERIFY2(m.translations.size() == 2, qPrintable(QStringLiteral("English has two forms: ") + where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.contains(QStringLiteral("(s)")), qPrintable(where));
                QVERIFY2(placeholders(t) == placeholders(m.source), qPrintable(QStringLiteral("placeholders differ: ") + where));
            }
        }
    }
};

KUMO_TEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
