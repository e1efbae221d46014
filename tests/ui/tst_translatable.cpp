// Every string the console shows goes through a translator. A pseudo-translation marks each
// translated string ⟦like this⟧; the whole window is then built on a realistic configuration,
// every page visited, the menus opened and the dialogs built, and every text a user can see or
// hear (labels, buttons, titles, tool and status tips, placeholders, combo items, column
// headers, menu entries, accessible names) must have no letters outside a marker — apart from
// the user's own data.
#include "connectiondialog.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "secretstore.h"
#include "settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

namespace {

constexpr QChar Open(0x27E6); // ⟦
constexpr QChar Close(0x27E7); // ⟧

// Marks every string it is asked for, in every context (Qt's own included). A numerus form keeps
// its %n: QCoreApplication::translate puts the number in afterwards.
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return sourceText ? Open + QString::fromUtf8(sourceText) + Close : QString();
    }
};

// What is left of a text once the marked stretches are cut out. Markers nest when a translated
// string is put into another one with arg().
QString outsideMarkers(const QString &text)
{
    QString rest;
    int depth = 0;
    for (const QChar c : text) {
        if (c == Open)
            ++depth;
        else if (c == Close)
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            rest += c;
    }
    return rest;
}

bool hasLetters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

// "QPushButton#save in ProxyPage": enough to find the string in the sources.
QString describe(const QObject *object)
{
    QString text = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        text += u'#' + object->objectName();
    for (const QObject *parent = object->parent(); parent; parent = parent->parent()) {
        const QString className = QString::fromLatin1(parent->metaObject()->className());
        if (!parent->objectName().isEmpty() || !className.startsWith(u'Q')) {
            text += QStringLiteral(" in ") + className
                + (parent->objectName().isEmpty() ? QString() : u'#' + parent->objectName());
            break;
        }
    }
    return text;
}

bool isQtInternal(const QObject *object)
{
    return object->objectName().startsWith(QStringLiteral("qt_"))
        || object->objectName().startsWith(QStringLiteral("_q_"));
}

// Collects the texts of a widget tree and keeps those with letters outside the markers.
class TextCheck
{
public:
    // `data`: values the test put into the settings, which a widget may show as they are.
    explicit TextCheck(QStringList data)
        : m_data(std::move(data))
    {
    }

    void walk(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets))
            checkWidget(widget);
        QList<QAction *> actions = root->findChildren<QAction *>();
        for (QAction *action : std::as_const(actions)) {
            if (isQtInternal(action))
                continue;
            check(action, "text", action->text());
            check(action, "toolTip", action->toolTip());
            check(action, "statusTip", action->statusTip());
            check(action, "whatsThis", action->whatsThis());
        }
    }

    int checked() const { return int(m_seen.size()); }
    const QStringList &untranslated() const { return m_untranslated; }

private:
    void checkWidget(QWidget *widget)
    {
        if (isQtInternal(widget))
            return;
        if (widget->isWindow())
            check(widget, "windowTitle", widget->windowTitle());
        check(widget, "toolTip", widget->toolTip());
        check(widget, "statusTip", widget->statusTip());
        check(widget, "whatsThis", widget->whatsThis());
        check(widget, "accessibleName", widget->accessibleName());
        check(widget, "accessibleDescription", widget->accessibleDescription());
        if (auto label = qobject_cast<QLabel *>(widget))
            check(label, "text", label->text());
        if (auto button = qobject_cast<QAbstractButton *>(widget))
            check(button, "text", button->text());
        if (auto box = qobject_cast<QGroupBox *>(widget))
            check(box, "title", box->title());
        if (auto edit = qobject_cast<QLineEdit *>(widget))
            check(edit, "placeholderText", edit->placeholderText());
        if (auto edit = qobject_cast<QPlainTextEdit *>(widget))
            check(edit, "placeholderText", edit->placeholderText());
        if (auto edit = qobject_cast<QTextEdit *>(widget))
            check(edit, "placeholderText", edit->placeholderText());
        if (auto spin = qobject_cast<QAbstractSpinBox *>(widget))
            check(spin, "specialValueText", spin->specialValueText());
        if (auto spin = qobject_cast<QSpinBox *>(widget)) {
            check(spin, "prefix", spin->prefix());
            check(spin, "suffix", spin->suffix());
        }
        if (auto combo = qobject_cast<QComboBox *>(widget)) {
            check(combo, "placeholderText", combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i)
                check(combo, "item", combo->itemText(i));
        }
        if (auto tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(tabs, "tabText", tabs->tabText(i));
                check(tabs, "tabToolTip", tabs->tabToolTip(i));
            }
        }
        if (auto header = qobject_cast<QHeaderView *>(widget);
            header && !header->isHidden() && header->model()) {
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                check(
                    header, "header", header->model()->headerData(section, header->orientation()).toString());
                check(header, "headerToolTip",
                    header->model()->headerData(section, header->orientation(), Qt::ToolTipRole).toString());
            }
        }
        if (auto bar = qobject_cast<QStatusBar *>(widget))
            check(bar, "message", bar->currentMessage());
        // The sidebar's entries are the console's own words, not data.
        if (auto list = qobject_cast<QListWidget *>(widget); list && list->objectName() == u"navigation") {
            for (int row = 0; row < list->count(); ++row)
                check(list, "item", list->item(row)->text());
        }
        if (auto menu = qobject_cast<QMenu *>(widget))
            check(menu, "title", menu->title());
    }

    void check(const QObject *owner, const char *what, const QString &text)
    {
        if (text.isEmpty())
            return;
        const QString where = describe(owner) + u' ' + QLatin1StringView(what);
        const QString key = where + u'\n' + text;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        if (hasLetters(outsideMarkers(text)) && !m_data.contains(text) && !allowed(owner))
            m_untranslated.append(QStringLiteral("%1: \"%2\"").arg(where, text));
    }

    static bool allowed(const QObject *owner)
    {
        // Each language is named in itself, so that whoever reads it can find theirs.
        return owner->objectName() == u"language";
    }

    QStringList m_data;
    QSet<QString> m_seen;
    QStringList m_untranslated;
};

template<typename T>
T *child(QWidget &window, const char *name)
{
    T *found = window.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

} // namespace

class TestTranslatable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyTextOfTheWindowItsPagesAndMenusIsTranslated();
    void everyTextOfTheDialogsIsTranslated();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<PseudoTranslator> m_translator;
    QStringList m_data;
};

void TestTranslatable::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Written before the pseudo-translation is installed: the default profile's name is then what
    // an English first start stored, data like every other value here.
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.json")));
    m_settings->load();
    const QString defaultName = m_settings->data().activeProfile()->name;
    const auto office = m_settings->addProfile(QStringLiteral("Office"));
    QVERIFY(office.ok());
    ProxyProfile profile = *m_settings->data().profileById(office.value());
    profile.host = QStringLiteral("proxy.corp.example");
    profile.port = 3128;
    profile.username = QStringLiteral("alice");
    QVERIFY(m_settings->updateProfile(profile).ok());
    QVERIFY(m_settings->setActiveProfile(office.value()).ok());
    m_settings->setNoProxy(
        {QStringLiteral("localhost"), QStringLiteral(".corp.example"), QStringLiteral("10.0.0.0/8")});
    const QList<Connection> connections{
        {{}, QStringLiteral("Orders"), QStringLiteral("postgresql"), QStringLiteral("db.corp.example:5432"),
            true},
        {{}, QStringLiteral("Reports"), QStringLiteral("http-api"),
            QStringLiteral("https://reports.example.net/v1"), false},
        {{}, QStringLiteral("Lakehouse"), QStringLiteral("databricks"),
            QStringLiteral("https://adb-1234.azuredatabricks.net"), true},
    };
    for (const Connection &connection : connections)
        QVERIFY(m_settings->addConnection(connection).ok());
    QVERIFY(m_settings->save().ok());
    // The profile not in use is listed by its bare name; every other value is shown inside a
    // sentence (a translated one) or in a field or table cell, which are data and not looked at.
    m_data = {defaultName};

    m_translator = std::make_unique<PseudoTranslator>();
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
}

void TestTranslatable::cleanup()
{
    QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestTranslatable::everyTextOfTheWindowItsPagesAndMenusIsTranslated()
{
    SecretStore secrets;
    MainWindow window(*m_settings, secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TextCheck texts(m_data);
    // The keychain's start-up probe may put its state in the status bar and a banner.
    QTRY_VERIFY_WITH_TIMEOUT(secrets.state() != SecretStore::State::Unknown, 15000);

    for (const char *page :
        {"proxy", "connections", "rules", "certificates", "export", "traffic", "diagnostics"}) {
        window.showPage(QString::fromLatin1(page));
        QCOMPARE(window.currentPageName(), QString::fromLatin1(page));
        QTest::qWait(50); // pages refresh on show (the export preview, the anchors)
        texts.walk(&window);
    }

    // Texts that appear on the way: the PAC tester opened and run without a script, an invalid
    // port, a NO_PROXY entry with an error at a position, the bypass explainer filled in, a test
    // run without a URL.
    window.showPage(QStringLiteral("proxy"));
    child<QGroupBox>(window, "pacTesterBox")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(window, "pacTest"), Qt::LeftButton);
    QTRY_VERIFY(!child<QLabel>(window, "pacResult")->text().isEmpty());
    child<QLineEdit>(window, "port")->setText(QStringLiteral("70000"));
    QVERIFY(!child<QLabel>(window, "portError")->text().isEmpty());
    texts.walk(&window);
    window.showPage(QStringLiteral("rules"));
    child<QLineEdit>(window, "newEntry")->setText(QStringLiteral("good.example, foo*bar"));
    QVERIFY(!child<QLabel>(window, "entryError")->text().isEmpty());
    child<QLineEdit>(window, "explainUrl")->setText(QStringLiteral("https://api.corp.example/v1"));
    texts.walk(&window);
    window.showPage(QStringLiteral("diagnostics"));
    QTest::mouseClick(child<QPushButton>(window, "diagnosticsRun"), Qt::LeftButton);
    QVERIFY(!child<QLabel>(window, "diagnosticsMessage")->text().isEmpty());
    texts.walk(&window);

    // The menus, opened as a user does (a menu may fill itself when it is about to show).
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    for (QAction *action : menus) {
        QVERIFY(action->menu());
        action->menu()->popup(window.mapToGlobal(QPoint(0, 0)));
        QTest::qWait(10);
        texts.walk(action->menu());
        action->menu()->hide();
    }
    texts.walk(&window);

    qInfo("%d texts checked", texts.checked());
    QVERIFY(texts.checked() > 200);
    QVERIFY2(texts.untranslated().isEmpty(),
        qPrintable(QStringLiteral("Not translatable:\n") + texts.untranslated().join(u'\n')));
}

void TestTranslatable::everyTextOfTheDialogsIsTranslated()
{
    TextCheck texts(m_data);
    ConnectionDialog connectionDialog;
    connectionDialog.setConnection(m_settings->data().connections.constFirst());
    connectionDialog.show();
    texts.walk(&connectionDialog);
    ConnectionDialog emptyDialog; // with its validation message
    emptyDialog.show();
    texts.walk(&emptyDialog);
    for (bool trayAvailable : {true, false}) {
        PreferencesDialog preferences(m_settings->data().console, trayAvailable);
        preferences.show();
        texts.walk(&preferences);
    }
    qInfo("%d texts checked", texts.checked());
    QVERIFY(texts.checked() > 20);
    QVERIFY2(texts.untranslated().isEmpty(),
        qPrintable(QStringLiteral("Not translatable:\n") + texts.untranslated().join(u'\n')));
}

QTEST_MAIN(TestTranslatable)
#include "tst_translatable.moc"
