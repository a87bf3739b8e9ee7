// Hostile text in names and properties (quotes, backslashes, newlines, ${ and %{, markup,
// right-to-left scripts, emoji) survives saving and loading, and every output escapes it: the
// Terraform files, the SVG and the PDF still parse, and reading them back gives the literal text.
#include "support/testregistry.h"
#include "designfile.h"
#include "designjson.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>

using namespace kumo;

namespace {

// one hostile text per component of the web-server template (names are short enough not to be
// shortened on the canvas)
const std::map<QString, QString> &hostileNames()
{
    static const std::map<QString, QString> names = {
        {QStringLiteral("tokyo"), QStringLiteral("a'b&c<d>")},
        {QStringLiteral("vpc"), QStringLiteral("<script>alert('x')</script>")},
        {QStringLiteral("az-a"), QStringLiteral("</text><text>x")},
        {QStringLiteral("public-a"), QStringLiteral(u"שלום مرحبا")},
        {QStringLiteral("igw"), QStringLiteral("say \"hi\" %{ if x }")},
        {QStringLiteral("web-sg"), QStringLiteral("C:\\dir\\")},
        {QStringLiteral("web"), QStringLiteral("${var.secret}")},
        {QStringLiteral("web-ip"), QStringLiteral(u"☁️🚀👩‍💻")},
        {QStringLiteral("zone"), QStringLiteral("two\nlines")},
    };
    return names;
}

const QString designName = QStringLiteral(u"\"Q\" \\ ${x} %{y} <script> </text>\nשלום 🚀");
const QString description = QStringLiteral("it's \"quoted\" \\ ${aws_instance.x.id} %{ for x in y }");

Design hostileDesign()
{
    DesignReadResult read = DesignFile::load(QStringLiteral(KUMO_TEMPLATES "/web-server.kumo"));
    if (!read.ok())
        qFatal("cannot read the template");
    Design design = *read.design;
    design.name = designName;
    for (const auto &[id, name] : hostileNames())
        design.mutableComponent(id)->name = name;
    design.mutableComponent(QStringLiteral("web-sg"))->props["description"] = description.toStdString();
    return design;
}

int runKumo(const QStringList &arguments, QString *err = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(KUMO_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        qFatal("kumo did not finish");
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

/// Reads HCL as Terraform would far enough to know its strings: comments, nesting, quoted
/// strings with escapes and templates. Returns the literal text of every quoted string that
/// has no interpolation; fails when the text does not parse.
bool hclStrings(const QString &hcl, QStringList *strings, QString *problem)
{
    QList<QChar> open;
    qsizetype i = 0;
    auto at = [&](qsizetype k) { return k < hcl.size() ? hcl.at(k) : QChar(); };
    while (i < hcl.size()) {
        const QChar c = hcl.at(i);
        if (c == u'#' || (c == u'/' && at(i + 1) == u'/')) {
            while (i < hcl.size() && hcl.at(i) != u'\n')
                ++i;
        } else if (c == u'{' || c == u'[' || c == u'(') {
            open << c;
            ++i;
        } else if (c == u'}' || c == u']' || c == u')') {
            const QChar expected = c == u'}' ? u'{' : c == u']' ? u'[' : u'(';
            if (open.isEmpty() || open.takeLast() != expected) {
                *problem = QStringLiteral("unbalanced '%1' at %2").arg(c).arg(i);
                return false;
            }
            ++i;
        } else if (c == u'<' && at(i + 1) == u'<') {
            *problem = QStringLiteral("heredoc at %1").arg(i);
            return false;
        } else if (c == u'"') {
            QString literal;
            bool interpolated = false;
            for (++i;; ++i) {
                if (i >= hcl.size() || hcl.at(i) == u'\n') {
                    *problem = QStringLiteral("string not closed on its line at %1").arg(i);
                    return false;
                }
                const QChar s = hcl.at(i);
                if (s == u'"')
                    break;
                if (s == u'\\') {
                    const QChar e = at(++i);
                    if (e == u'n') literal += u'\n';
                    else if (e == u'r') literal += u'\r';
                    else if (e == u't') literal += u'\t';
                    else if (e == u'"' || e == u'\\') literal += e;
                    else if (e == u'u') {
                        literal += QChar(hcl.mid(i + 1, 4).toUShort(nullptr, 16));
                        i += 4;
                    } else {
                        *problem = QStringLiteral("unknown escape \\%1 at %2").arg(e).arg(i);
                        return false;
                    }
                } else if ((s == u'$' || s == u'%') && at(i + 1) == s && at(i + 2) == u'{') {
                    literal += s; // $${ and %%{ stand for ${ and %{
                    ++i;
                } else if ((s == u'$' || s == u'%') && at(i + 1) == u'{') {
                    interpolated = true; // a template: skip to its end
                    int depth = 0;
                    for (++i; i < hcl.size(); ++i) {
                        if (hcl.at(i) == u'{')
                            ++depth;
                        else if (hcl.at(i) == u'}' && --depth == 0)
                            break;
                    }
                } else {
                    literal += s;
                }
            }
            ++i;
            if (!interpolated)
                *strings << literal;
        } else {
            ++i;
        }
    }
    if (!open.isEmpty()) {
        *problem = QStringLiteral("%1 unclosed").arg(open.size());
        return false;
    }
    return true;
}

/// The text content of an SVG document, one entry per <text> element; fails when it is not XML.
bool svgTexts(const QByteArray &svg, QStringList *texts, QStringList *elements, QString *problem)
{
    QXmlStreamReader xml(svg);
    QString current;
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            *elements << xml.name().toString();
            if (xml.name() == u"text") {
                inText = true;
                current.clear();
            }
        } else if (xml.isCharacters() && inText) {
            current += xml.text();
        } else if (xml.isEndElement() && xml.name() == u"text") {
            inText = false;
            *texts << current;
        }
    }
    if (xml.hasError()) {
        *problem = xml.errorString();
        return false;
    }
    return true;
}

/// Whether @p text holds the right-to-left @p word, in logical or display order, in plain
/// letters or presentation forms, with or without direction marks between the letters.
bool containsRightToLeft(const QString &text, const QString &word)
{
    QString letters = text.normalized(QString::NormalizationForm_KC);
    letters.remove(QRegularExpression(QStringLiteral("[\\x{200e}\\x{200f}\\x{202a}-\\x{202e}\\s]")));
    QString reversed;
    for (qsizetype k = word.size() - 1; k >= 0; --k)
        reversed += word.at(k);
    return letters.contains(word) || letters.contains(reversed);
}

} // namespace

class TestHostileContent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("hostile.kumo"));
        QString error;
        QVERIFY2(DesignFile::save(hostileDesign(), m_path, &error), qPrintable(error));
    }

    void survivesSaveAndLoad()
    {
        const DesignReadResult read = DesignFile::load(m_path);
        QVERIFY2(read.ok(), qPrintable(read.error.toString(m_path)));
        QVERIFY(*read.design == hostileDesign());
        QCOMPARE(read.design->name, designName);
        for (const auto &[id, name] : hostileNames())
            QCOMPARE(read.design->component(id)->name, name);
        // and the file is JSON any other program reads with the same text
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const nlohmann::json json = nlohmann::json::parse(file.readAll().toStdString());
        QCOMPARE(QString::fromStdString(json["name"].get<std::string>()), designName);
    }

    void terraformKeepsTheLiteralText()
    {
        const QString out = m_dir.filePath(QStringLiteral("tf"));
        QString err;
        QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("terraform"), m_path, QStringLiteral("-o"), out, QStringLiteral("--force")}, &err), 0);
        QStringList strings;
        const QStringList files = QDir(out).entryList({QStringLiteral("*.tf")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(QDir(out).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString problem;
            QVERIFY2(hclStrings(QString::fromUtf8(file.readAll()), &strings, &problem), qPrintable(name + QStringLiteral(": ") + problem));
        }
        // the provider tags everything with the design's name, reduced to the characters IAM and
        // CloudFront accept in a tag value (letters, numbers, spaces and _.:/=+-@; worked out by hand)
        QVERIFY2(strings.contains(QStringLiteral(u"Q x y script /text שלום")), qPrintable(strings.join(QLatin1Char('|'))));
        QVERIFY(!strings.contains(designName));
        QVERIFY(strings.contains(description));
        // each resource's Name tag: the component's name in the same characters (worked out by hand)
        const std::map<QString, QString> nameTags = {{QStringLiteral("vpc"), QStringLiteral("script alert x /script")},
                                                     {QStringLiteral("public-a"), QStringLiteral(u"שלום مرحبا")},
                                                     {QStringLiteral("igw"), QStringLiteral("say hi if x")},
                                                     {QStringLiteral("web-sg"), QStringLiteral("C: dir")},
                                                     {QStringLiteral("web"), QStringLiteral("var.secret")},
                                                     {QStringLiteral("web-ip"), QStringLiteral("kumo")}}; // nothing left but symbols
        for (const auto &[id, tag] : nameTags)
            QVERIFY2(strings.contains(tag), qPrintable(id + QStringLiteral(": ") + strings.join(QLatin1Char('|'))));
    }

    void svgKeepsTheLiteralText()
    {
        const QString out = m_dir.filePath(QStringLiteral("d.svg"));
        QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("svg"), m_path, QStringLiteral("-o"), out}), 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList texts;
        QStringList elements;
        QString problem;
        QVERIFY2(svgTexts(file.readAll(), &texts, &elements, &problem), qPrintable(problem));
        QVERIFY(!elements.contains(QStringLiteral("script"))); // markup in a name stays text
        QCOMPARE(elements.count(QStringLiteral("text")), texts.size());
        const QString all = texts.join(QString());
        for (const auto &[id, name] : hostileNames()) {
            if (name.contains(u'\n')) { // drawn on one line or two, but every word is there
                for (const QString &word : name.split(u'\n'))
                    QVERIFY2(all.contains(word), qPrintable(word));
            } else if (name.isRightToLeft()) {
                // Qt's SVG generator writes right-to-left text glyph by glyph in display order,
                // in presentation forms between embedding marks: the letters are all there
                for (const QString &word : name.split(u' '))
                    QVERIFY2(containsRightToLeft(all, word), qPrintable(word));
            } else {
                QVERIFY2(texts.contains(name) || all.contains(name), qPrintable(id + QStringLiteral(": ") + name));
            }
        }
    }

    void pdfKeepsTheLiteralText()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils, installed by build.sh) reads the PDF's text back");
        const QString out = m_dir.filePath(QStringLiteral("d.pdf"));
        QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("pdf"), m_path, QStringLiteral("-o"), out}), 0);
        QProcess reader;
        reader.start(pdftotext, {QStringLiteral("-raw"), out, QStringLiteral("-")});
        QVERIFY(reader.waitForFinished(60000));
        QCOMPARE(reader.exitCode(), 0);
        const QString text = QString::fromUtf8(reader.readAllStandardOutput());
        // no font on the machine draws the emoji, so the PDF cannot hold them as text;
        // right-to-left words come back in display order, word by word
        for (const QString &id : {QStringLiteral("tokyo"), QStringLiteral("vpc"), QStringLiteral("az-a"), QStringLiteral("igw"),
                                 QStringLiteral("web-sg"), QStringLiteral("web")})
            QVERIFY2(text.contains(hostileNames().at(id)), qPrintable(id + QStringLiteral(" in:\n") + text));
        for (const QString &word : hostileNames().at(QStringLiteral("public-a")).split(u' '))
            QVERIFY2(containsRightToLeft(text, word), qPrintable(word));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

KUMO_TEST_GUILESS_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
