// Every kind has its own icon: a valid SVG tile with a white glyph, readable at 24 px, and no two
// kinds share a picture.
#include "support/testregistry.h"
#include "canvasstyle.h"
#include "catalog.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QtTest>

using namespace kumo;

namespace {
QImage render(const QString &kind, int size)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    CanvasStyle::paintIcon(&p, QRectF(0, 0, size, size), kind);
    p.end();
    return image;
}

int countPixels(const QImage &image, const std::function<bool(QColor)> &match)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += match(image.pixelColor(x, y)) ? 1 : 0;
    }
    return n;
}
} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void everyKindHasAnIcon_data()
    {
        QTest::addColumn<QString>("kind");
        for (const KindSpec &k : Catalog::instance().kinds())
            QTest::newRow(k.id.toUtf8().constData()) << k.id;
    }

    void everyKindHasAnIcon()
    {
        QFETCH(QString, kind);
        QVERIFY(CanvasStyle::hasIcon(kind));
        QSvgRenderer renderer(QStringLiteral(":/icons/%1.svg").arg(kind));
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 48, 48));
        QVERIFY(renderer.elementExists(QStringLiteral("background")));
        QVERIFY(renderer.elementExists(QStringLiteral("glyph")));
        // the glyph group spans the view box so that painting it alone lines up with the icon
        QCOMPARE(renderer.boundsOnElement(QStringLiteral("glyph")), QRectF(0, 0, 48, 48));

        // at 24 px: an opaque coloured tile with a clearly visible white glyph
        const QImage small = render(kind, 24);
        const int white = countPixels(small, [](QColor c) { return c.alpha() == 255 && c.lightness() > 210; });
        const int tile = countPixels(small, [](QColor c) { return c.alpha() == 255 && c.lightness() < 200; });
        QVERIFY2(white >= 24, qPrintable(QStringLiteral("%1 white pixels").arg(white)));
        QVERIFY2(tile >= 24 * 24 / 3, qPrintable(QStringLiteral("%1 tile pixels").arg(tile)));
        QCOMPARE(small.pixelColor(0, 0).alpha(), 0); // rounded corners
    }

    void glyphOnAnotherTile()
    {
        QImage image(40, 40, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        CanvasStyle::paintGlyph(&p, QRectF(0, 0, 40, 40), QStringLiteral("subnet"), QColor(0x3f, 0x86, 0x24));
        p.end();
        QCOMPARE(image.pixelColor(20, 4), QColor(0x3f, 0x86, 0x24)); // tile, above the glyph
        QVERIFY(countPixels(image, [](QColor c) { return c.lightness() > 235 && c.alpha() == 255; }) > 40);
    }

    void noTwoKindsLookAlike()
    {
        QHash<QByteArray, QString> seen;
        for (const KindSpec &k : Catalog::instance().kinds()) {
            const QImage image = render(k.id, 48);
            const QByteArray bytes(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
            QVERIFY2(!seen.contains(bytes), qPrintable(k.id + QStringLiteral(" looks like ") + seen.value(bytes)));
            seen.insert(bytes, k.id);
        }
    }

    void paletteIconHasEverySize()
    {
        const QIcon icon = CanvasStyle::icon(QStringLiteral("rds_instance"));
        QCOMPARE(icon.availableSizes().size(), 5);
        QCOMPARE(icon.pixmap(24, 24).size(), QSize(24, 24));
    }
};

KUMO_TEST_MAIN(TestIcons)
#include "tst_icons.moc"
