// The console for whoever does not use a mouse, listens to a screen reader, reads a dark theme or
// a scaled screen: on every page Tab reaches every control in reading order, every control has
// a name, no two accelerators share a letter, text keeps a 4.5:1 contrast in light and dark
// palettes, and nothing overlaps or is cut off at the window's default size. CTest runs it on an
// offscreen Full HD screen (fullhd-screen.json) twice: tst_accessibility at 100 %, and
// tst_accessibility_scaled with QT_SCALE_FACTOR=2, where the screen is 960×540.
#include "certificatespage.h"
#include "connectionspage.h"
#include "diagnosticspage.h"
#include "exportpage.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "proxypage.h"
#include "rulespage.h"
#include "secretstore.h"
#include "settings.h"
#include "trafficpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <cmath>

namespace {

const QStringList pageNames{QStringLiteral("proxy"), QStringLiteral("connections"), QStringLiteral("rules"),
    QStringLiteral("certificates"), QStringLiteral("export"), QStringLiteral("traffic"),
    QStringLiteral("diagnostics")};

// A configuration in use: a proxy with a user, connections on every kind of route, NO_PROXY
// entries (one of them damaged, as a hand-edited file may have it).
void writeConfiguration(const QString &path)
{
    Settings settings(path);
    settings.load();
    ProxyProfile profile = *settings.data().activeProfile();
    profile.host = QStringLiteral("proxy.corp.example");
    profile.port = 3128;
    profile.username = QStringLiteral("alice");
    QVERIFY(settings.updateProfile(profile).ok());
    QVERIFY(settings.addProfile(QStringLiteral("Home")).ok());
    settings.setNoProxy({QStringLiteral("localhost"), QStringLiteral(".corp.example"),
        QStringLiteral("10.0.0.0/8"), QStringLiteral("foo*bar")});
    const QList<Connection> connections{
        {{}, QStringLiteral("Datasets"), QStringLiteral("http-dataset"),
            QStringLiteral("https://data.example.org/sets"), true},
        {{}, QStringLiteral("Orders"), QStringLiteral("postgresql"), QStringLiteral("db.corp.example:5432"),
            true},
        {{}, QStringLiteral("Reports"), QStringLiteral("http-api"),
            QStringLiteral("https://reports.example.net/v1"), false},
        {{}, QStringLiteral("Lakehouse"), QStringLiteral("databricks"),
            QStringLiteral("https://adb-1234.azuredatabricks.net"), true},
    };
    for (const Connection &connection : connections)
        QVERIFY(settings.addConnection(connection).ok());
    QVERIFY(settings.save().ok());
}

// "QPushButton#save “&Save”": enough to find the widget in the sources.
QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u'#' + widget->objectName();
    if (auto button = qobject_cast<const QAbstractButton *>(widget); button && !button->text().isEmpty())
        text += QStringLiteral(" “%1”").arg(button->text());
    else if (auto label = qobject_cast<const QLabel *>(widget); label && !label->text().isEmpty())
        text += QStringLiteral(" “%1”").arg(label->text().left(40));
    else if (!widget->accessibleName().isEmpty())
        text += QStringLiteral(" “%1”").arg(widget->accessibleName());
    return text;
}

QString describe(const QList<QWidget *> &widgets)
{
    QStringList lines;
    for (const QWidget *widget : widgets)
        lines.append(QStringLiteral("  ") + describe(widget));
    return lines.join(u'\n');
}

QRect globalRect(const QWidget *widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

// The stop Tab makes for a widget: the widget its focus goes to (a spin box's line edit), and for
// a group of exclusive radio buttons the group (its first button), which Tab enters once and the
// arrow keys move within.
QWidget *stopOf(QWidget *widget)
{
    while (widget->focusProxy())
        widget = widget->focusProxy();
    if (auto radio = qobject_cast<QRadioButton *>(widget); radio && radio->autoExclusive()) {
        for (QRadioButton *first :
            radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly)) {
            if (first->autoExclusive())
                return first;
        }
    }
    return widget;
}

bool takesTab(const QWidget *widget)
{
    return widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// Part of a compound widget (a spin box's line edit, a view's header or corner button): named
// and reached through that widget.
bool isPartOfAnother(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root;
         parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QAbstractItemView *>(parent))
            return true;
    }
    return false;
}

// The page's stops that Tab must reach: visible, enabled and taking Tab focus.
QList<QWidget *> tabStops(QWidget *page)
{
    QList<QWidget *> stops;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!takesTab(widget) || !widget->isEnabled())
            continue;
        if (QWidget *stop = stopOf(widget); !stops.contains(stop))
            stops.append(stop);
    }
    return stops;
}

// The page's stops in the window's focus chain, disabled ones too: they come on later (Copy once
// there is something to copy) where the chain has them.
QList<QWidget *> focusChain(QWidget *page)
{
    QList<QWidget *> chain;
    QWidget *window = page->window();
    QWidget *widget = window->nextInFocusChain();
    for (int guard = 0; widget != window && guard < 10000; ++guard, widget = widget->nextInFocusChain()) {
        if (!page->isAncestorOf(widget) || !takesTab(widget))
            continue;
        if (QWidget *stop = stopOf(widget); !chain.contains(stop))
            chain.append(stop);
    }
    return chain;
}

// Reading order, left to right: the next stop is on the same row further right, or below, or at
// the top of a column to the right of the previous one.
bool readsAfter(const QRect &previous, const QRect &next)
{
    const bool sameRow = next.top() < previous.bottom() && previous.top() < next.bottom();
    if (sameRow)
        return next.left() >= previous.left();
    return next.top() > previous.top() || next.left() > previous.right();
}

// Controls a user operates, which a screen reader must be able to name.
bool isInteractive(const QWidget *widget)
{
    if (auto box = qobject_cast<const QGroupBox *>(widget))
        return box->isCheckable();
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget);
}

// The letter of a mnemonic (“Pro&file” → F), or a null QChar. “&&” is a literal ampersand.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// WCAG 2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
double luminance(const QColor &colour)
{
    const auto linear = [](int value) {
        const double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A translucent colour as it looks drawn on the background.
QColor over(const QColor &colour, const QColor &background)
{
    const double a = colour.alphaF();
    const auto mix = [a](int top, int bottom) { return int(std::lround(top * a + bottom * (1 - a))); };
    return QColor(mix(colour.red(), background.red()), mix(colour.green(), background.green()),
        mix(colour.blue(), background.blue()));
}

// What is behind a widget's text: its own background when it fills it, else its nearest parent's.
QColor backgroundBehind(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return widget->palette().color(QPalette::Window);
}

// A dark theme in the manner of Breeze Dark; the placeholder is the text at half strength, as
// Qt derives it.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x31, 0x36, 0x3b);
    const QColor base(0x23, 0x26, 0x29);
    const QColor text(0xef, 0xf0, 0xf1);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, window);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, window);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::ToolTipBase, base);
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        palette.setColor(group, QPalette::HighlightedText, text);
        palette.setColor(group, QPalette::Light, window.lighter(150));
        palette.setColor(group, QPalette::Midlight, window.lighter(125));
        palette.setColor(group, QPalette::Mid, window.darker(130));
        palette.setColor(group, QPalette::Dark, window.darker(150));
        palette.setColor(group, QPalette::Shadow, Qt::black);
        palette.setColor(group, QPalette::Link, QColor(0x1d, 0x99, 0xf3));
        palette.setColor(
            group, QPalette::PlaceholderText, QColor(text.red(), text.green(), text.blue(), 128));
    }
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7f, 0x80, 0x81));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7f, 0x80, 0x81));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7f, 0x80, 0x81));
    return palette;
}

// Layouts answer posted requests and post more (a word-wrapped label's height for its width, a
// scroll area after its widget): let them all through, and the pages' refreshes on show.
void settle()
{
    for (int pass = 0; pass < 10; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QTest::qWait(20);
}

// One console on the configuration folder, as app/main.cpp builds it.
struct Console
{
    explicit Console(const QString &dir)
        : settings(dir + QStringLiteral("/settings.json"))
    {
        settings.load();
        window = std::make_unique<MainWindow>(settings, secrets);
        window->show();
    }

    QWidget *page(const QString &name) const
    {
        const QHash<QString, QWidget *> pages{{QStringLiteral("proxy"), window->proxyPage()},
            {QStringLiteral("connections"), window->connectionsPage()},
            {QStringLiteral("rules"), window->rulesPage()},
            {QStringLiteral("certificates"), window->certificatesPage()},
            {QStringLiteral("export"), window->exportPage()},
            {QStringLiteral("traffic"), window->trafficPage()},
            {QStringLiteral("diagnostics"), window->diagnosticsPage()}};
        return pages.value(name);
    }

    template<typename T>
    T *find(const char *name) const
    {
        T *found = window->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        return found;
    }

    // The page on screen with what it shows while in use: a message in its banner (with a button
    // on the Proxy page, which offers the environment's proxy), the PAC tester open, the bypass
    // explainer filled in. `opened` false leaves the collapsible parts as a page starts.
    QWidget *open(const QString &name, bool opened = true)
    {
        window->showPage(name);
        QWidget *shown = page(name);
        if (name == u"proxy") {
            QProcessEnvironment environment;
            environment.insert(
                QStringLiteral("https_proxy"), QStringLiteral("http://bob@proxy.home.example:8080"));
            environment.insert(QStringLiteral("no_proxy"), QStringLiteral("localhost,.home.example"));
            window->proxyPage()->offerEnvironmentImport(environment);
            find<QGroupBox>("pacTesterBox")->setChecked(opened);
        } else if (name == u"rules") {
            find<QLineEdit>("explainUrl")->setText(QStringLiteral("https://api.corp.example/v1"));
        }
        for (MessageBanner *banner : shown->findChildren<MessageBanner *>()) {
            if (banner->isHidden())
                banner->showMessage(MessageBanner::Kind::Warning,
                    QStringLiteral("Something on this page needs your attention before you go on."));
        }
        settle();
        return shown;
    }

    Settings settings;
    SecretStore secrets;
    std::unique_ptr<MainWindow> window;
};

void addPageRows()
{
    QTest::addColumn<QString>("page");
    for (const QString &name : pageNames)
        QTest::newRow(qPrintable(name)) << name;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tabReachesEveryControlOfAPageInReadingOrder_data() { addPageRows(); }
    void tabReachesEveryControlOfAPageInReadingOrder();
    void everyControlHasAnAccessibleName_data() { addPageRows(); }
    void everyControlHasAnAccessibleName();
    void noTwoAcceleratorsOnAPageShareALetter_data() { addPageRows(); }
    void noTwoAcceleratorsOnAPageShareALetter();
    void textKeepsItsContrastInLightAndDarkPalettes_data();
    void textKeepsItsContrastInLightAndDarkPalettes();
    void pagesFitTheDefaultWindowWithoutOverlapsOrClippedText_data() { addPageRows(); }
    void pagesFitTheDefaultWindowWithoutOverlapsOrClippedText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeConfiguration(m_dir->filePath(QStringLiteral("settings.json")));
}

void TestAccessibility::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    m_dir.reset();
}

void TestAccessibility::tabReachesEveryControlOfAPageInReadingOrder()
{
    QFETCH(QString, page);
    Console console(m_dir->path());
    QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
    QWidget *shown = console.open(page);
    const QList<QWidget *> stops = tabStops(shown);
    QVERIFY(!stops.isEmpty());

    // From the sidebar, which comes just before the page: the first Tab enters the page. The
    // window's chain goes on through the status bar and back to the sidebar.
    QWidget *sidebar = console.find<QListWidget>("navigation");
    sidebar->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), sidebar);
    QList<QWidget *> reached;
    for (int presses = 0; presses < 3 * int(stops.size()) + 20; ++presses) {
        QWidget *before = QApplication::focusWidget();
        QVERIFY(before);
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == before)
            QFAIL(qPrintable(QStringLiteral("Tab does not leave %1").arg(describe(before))));
        if (!shown->isAncestorOf(now))
            continue;
        if (reached.contains(stopOf(now)))
            break; // round the window once
        reached.append(stopOf(now));
    }

    QList<QWidget *> missed;
    for (QWidget *stop : stops) {
        if (!reached.contains(stop))
            missed.append(stop);
    }
    QVERIFY2(missed.isEmpty(),
        qPrintable(QStringLiteral("Tab never reaches:\n%1\nIt reaches, in order:\n%2")
                       .arg(describe(missed), describe(reached))));
    const QList<QWidget *> chain = focusChain(shown);
    QStringList outOfOrder;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (!readsAfter(globalRect(chain.at(i - 1)), globalRect(chain.at(i))))
            outOfOrder.append(
                QStringLiteral("  %1 → %2").arg(describe(chain.at(i - 1)), describe(chain.at(i))));
    }
    QVERIFY2(outOfOrder.isEmpty(),
        qPrintable(QStringLiteral("Tab goes back against the reading order:\n%1\nThe whole order:\n%2")
                       .arg(outOfOrder.join(u'\n'), describe(chain))));
    qInfo("%s: Tab reaches its %d controls, %d with the disabled ones in reading order", qPrintable(page),
        int(reached.size()), int(chain.size()));
}

void TestAccessibility::everyControlHasAnAccessibleName()
{
    QFETCH(QString, page);
    Console console(m_dir->path());
    QWidget *shown = console.open(page);
    // The page's controls and the window's own (sidebar, status bar), which are there on every page.
    QList<QWidget *> controls;
    const QStackedWidget *stack = console.window->findChild<QStackedWidget *>();
    for (QWidget *widget : console.window->findChildren<QWidget *>()) {
        const bool onThisPage = shown->isAncestorOf(widget);
        if ((onThisPage || !stack->isAncestorOf(widget)) && widget->isVisible() && isInteractive(widget)
            && !isPartOfAnother(widget, console.window.get()))
            controls.append(widget);
    }
    QVERIFY(!controls.isEmpty());
    QList<QWidget *> nameless;
    for (QWidget *control : std::as_const(controls)) {
        // What a screen reader hears: the accessible name, else a buddy label's or the button's text.
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless.append(control);
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("No accessible name:\n") + describe(nameless)));
    qInfo("%s: %d controls named", qPrintable(page), int(controls.size()));
}

void TestAccessibility::noTwoAcceleratorsOnAPageShareALetter()
{
    QFETCH(QString, page);
    Console console(m_dir->path());
    QWidget *shown = console.open(page);
    // Alt+letter reaches buttons, check boxes, group boxes and labels' buddies alike: two of them on
    // one letter and the key only moves between them instead of acting.
    QMultiHash<QChar, QString> owners;
    int count = 0;
    for (QWidget *widget : shown->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        QString text;
        if (auto button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto box = qobject_cast<QGroupBox *>(widget))
            text = box->title();
        else if (auto label = qobject_cast<QLabel *>(widget);
                 label && label->buddy() && label->buddy()->isVisible())
            text = label->text();
        if (const QChar letter = accelerator(text); !letter.isNull()) {
            owners.insert(letter, describe(widget));
            ++count;
        }
    }
    const auto clashes = [&owners] {
        QStringList lines;
        for (const QChar letter : owners.uniqueKeys()) {
            if (owners.count(letter) > 1)
                lines.append(QStringLiteral("  Alt+%1: %2")
                                 .arg(letter)
                                 .arg(owners.values(letter).join(QStringLiteral(", "))));
        }
        return lines;
    };
    const QStringList onThePage = clashes();
    QVERIFY2(
        onThePage.isEmpty(), qPrintable(QStringLiteral("Accelerators shared:\n") + onThePage.join(u'\n')));
    qInfo("%s: %d accelerators, each on its own letter", qPrintable(page), count);

    // The menu bar's letters too, where the page leaves them free.
    for (QAction *menu : console.window->menuBar()->actions()) {
        if (const QChar letter = accelerator(menu->text()); !letter.isNull())
            owners.insert(letter, QStringLiteral("menu “%1”").arg(menu->text()));
    }
    const QStringList withTheMenus = clashes();
    QEXPECT_FAIL("proxy",
        "22 accelerators take every letter the page's words have (none has B, J, Q or Z): "
        "Sch&eme, Pro&file, settin&gs and &Host share theirs with the menu bar, and Alt+letter "
        "moves between the two",
        Continue);
    QVERIFY2(withTheMenus.isEmpty(),
        qPrintable(QStringLiteral("Accelerators shared with the menu bar:\n") + withTheMenus.join(u'\n')));
}

void TestAccessibility::textKeepsItsContrastInLightAndDarkPalettes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestAccessibility::textKeepsItsContrastInLightAndDarkPalettes()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    Console console(m_dir->path());
    QStringList faint;
    int checked = 0;
    const auto check = [&](const QString &what, const QColor &text, const QColor &background) {
        ++checked;
        const double ratio = contrast(over(text, background), background);
        if (ratio < 4.5)
            faint.append(QStringLiteral("  %1: %2 on %3 is %4:1")
                             .arg(what, text.name(QColor::HexArgb), background.name())
                             .arg(ratio, 0, 'f', 2));
    };
    const auto checkWidgets = [&](QWidget *root) {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !widget->isEnabled())
                continue;
            const QPalette &palette = widget->palette();
            if (auto label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty())
                check(describe(widget), palette.color(widget->foregroundRole()), backgroundBehind(widget));
            else if (auto button = qobject_cast<QPushButton *>(widget); button && !button->text().isEmpty())
                check(describe(widget), palette.color(QPalette::ButtonText), palette.color(QPalette::Button));
            else if (auto other = qobject_cast<QAbstractButton *>(widget); other && !other->text().isEmpty())
                check(describe(widget), palette.color(widget->foregroundRole()), backgroundBehind(widget));
            // Colours an item model picks for its cells, drawn on the view's base.
            auto view = qobject_cast<QAbstractItemView *>(widget);
            if (!view || qobject_cast<QHeaderView *>(view) || !view->model())
                continue;
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QVariant foreground = model->index(row, column).data(Qt::ForegroundRole);
                    if (foreground.isValid())
                        check(QStringLiteral("%1 cell %2,%3 “%4”")
                                  .arg(describe(view))
                                  .arg(row)
                                  .arg(column)
                                  .arg(model->index(row, column).data().toString()),
                            foreground.value<QBrush>().color(), view->palette().color(QPalette::Base));
                }
            }
        }
    };

    // Every page with what colours its texts: each kind of banner, the inline errors.
    for (const QString &name : pageNames) {
        QWidget *shown = console.open(name);
        if (name == u"proxy") {
            console.find<QLineEdit>("port")->setText(QStringLiteral("70000"));
            QVERIFY(console.find<QLabel>("portError")->isVisible());
        } else if (name == u"rules") {
            console.find<QLineEdit>("newEntry")->setText(QStringLiteral("foo*bar"));
            QVERIFY(console.find<QLabel>("entryError")->isVisible());
        } else if (name == u"diagnostics") {
            QTest::mouseClick(console.find<QPushButton>("diagnosticsRun"), Qt::LeftButton);
            QVERIFY(!console.find<QLabel>("diagnosticsMessage")->text().isEmpty());
        }
        for (MessageBanner::Kind kind :
            {MessageBanner::Kind::Information, MessageBanner::Kind::Warning, MessageBanner::Kind::Error}) {
            for (MessageBanner *banner : shown->findChildren<MessageBanner *>()) {
                banner->showMessage(kind, QStringLiteral("A message of kind %1.").arg(int(kind)));
                QVERIFY(banner->isVisible());
                checkWidgets(banner);
            }
        }
        checkWidgets(shown);
    }
    checkWidgets(console.window.get()); // the frame: sidebar, status bar
    QVERIFY2(faint.isEmpty(), qPrintable(QStringLiteral("Less than 4.5:1 contrast:\n") + faint.join(u'\n')));
    qInfo("%s palette: %d texts and cells at 4.5:1 or more", dark ? "dark" : "light", checked);
}

void TestAccessibility::pagesFitTheDefaultWindowWithoutOverlapsOrClippedText()
{
    QFETCH(QString, page);
    Console console(m_dir->path());
    QVERIFY(QTest::qWaitForWindowExposed(console.window.get()));
    if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
        QCOMPARE(console.window->devicePixelRatio(), qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
    const QSize defaultSize = console.window->size();
    QWidget *shown = console.open(page, false);
    QCOMPARE(console.window->size(), defaultSize); // the page needs no bigger window

    QStringList problems;
    int widgets = 0;
    QList<QLayout *> layouts = shown->findChildren<QLayout *>();
    for (QLayout *layout : std::as_const(layouts)) {
        QWidget *parent = layout->parentWidget();
        if (!parent || !parent->isVisible())
            continue;
        QList<std::pair<QRect, QString>> items;
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (QWidget *widget = item->widget()) {
                if (widget->isHidden())
                    continue;
                ++widgets;
                items.append({widget->geometry(), describe(widget)});
                const QSize minimum = widget->minimumSizeHint();
                if (widget->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored
                    && (widget->width() < minimum.width() || widget->height() < minimum.height()))
                    problems.append(QStringLiteral("  %1 is squeezed to %2×%3 (needs %4×%5)")
                                        .arg(describe(widget))
                                        .arg(widget->width())
                                        .arg(widget->height())
                                        .arg(minimum.width())
                                        .arg(minimum.height()));
                if (!parent->rect().contains(widget->geometry()))
                    problems.append(
                        QStringLiteral("  %1 sticks out of %2").arg(describe(widget), describe(parent)));
            } else if (!item->isEmpty() && item->layout()) {
                items.append({item->geometry(), QStringLiteral("a layout")});
            }
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            for (qsizetype j = i + 1; j < items.size(); ++j) {
                if (items.at(i).first.intersects(items.at(j).first))
                    problems.append(
                        QStringLiteral("  %1 overlaps %2").arg(items.at(i).second, items.at(j).second));
            }
        }
    }
    for (QLabel *label : shown->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        if (!label->wordWrap() && label->sizeHint().width() > label->width())
            problems.append(QStringLiteral("  %1 is cut off: %2 of its %3 pixels shown")
                                .arg(describe(label))
                                .arg(label->width())
                                .arg(label->sizeHint().width()));
        else if (label->wordWrap() && label->heightForWidth(label->width()) > label->height())
            problems.append(QStringLiteral("  %1 is cut off: %2 of the %3 pixels its lines need")
                                .arg(describe(label))
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width())));
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("At %1×%2 (device pixel ratio %3):\n%4")
                       .arg(defaultSize.width())
                       .arg(defaultSize.height())
                       .arg(console.window->devicePixelRatio())
                       .arg(problems.join(u'\n'))));
    qInfo("%s: %d widgets laid out without overlap at %d×%d, device pixel ratio %g", qPrintable(page),
        widgets, defaultSize.width(), defaultSize.height(), console.window->devicePixelRatio());

    // And the whole window on the screen, Save buttons and status bar included: at 200 % a Full HD
    // screen is 960×540.
    const QSize screen = console.window->screen()->availableSize();
    const QSize window = console.window->frameGeometry().size();
    const QSize smallest = console.window->minimumSizeHint();
    const bool fits = window.width() <= screen.width() && window.height() <= screen.height();
    QVERIFY2(fits,
        qPrintable(QStringLiteral("The window is %1×%2 (at least %3×%4), the screen %5×%6")
                       .arg(window.width())
                       .arg(window.height())
                       .arg(smallest.width())
                       .arg(smallest.height())
                       .arg(screen.width())
                       .arg(screen.height())));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
