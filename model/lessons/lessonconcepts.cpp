#include "lessonconcepts.h"

#include "catalog.h"
#include "concepts.h"
#include "glossary.h"

namespace kumo {
namespace LessonConcepts {

namespace {
const Glossary::Entry *glossaryEntry(const QString &conceptId)
{
    for (const Glossary::Entry &e : Glossary::entries()) {
        if (glossaryId(e.term) == conceptId)
            return &e;
    }
    return nullptr;
}
} // namespace

QString glossaryId(const char *term)
{
    QString id;
    for (const QChar c : QString::fromUtf8(term).toLower()) {
        if (c.isLetterOrNumber())
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

QStringList glossaryIds()
{
    QStringList ids;
    for (const Glossary::Entry &e : Glossary::entries())
        ids << glossaryId(e.term);
    return ids;
}

bool isKnown(const QString &conceptId)
{
    return Catalog::instance().hasKind(conceptId) || glossaryEntry(conceptId) != nullptr;
}

QString title(const QString &conceptId)
{
    if (const KindSpec *k = Catalog::instance().kind(conceptId))
        return k->displayName();
    if (const Glossary::Entry *e = glossaryEntry(conceptId))
        return e->translatedTerm();
    return {};
}

QString explanation(const QString &conceptId)
{
    if (const Concepts::Concept *c = Concepts::forKind(conceptId))
        return c->translatedText();
    if (const KindSpec *k = Catalog::instance().kind(conceptId))
        return k->translatedSummary();
    if (const Glossary::Entry *e = glossaryEntry(conceptId))
        return e->translatedText();
    return {};
}

} // namespace LessonConcepts
} // namespace kumo
