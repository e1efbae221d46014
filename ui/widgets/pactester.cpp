#include "pactester.h"

#include "errortext.h"
#include "pacscript.h"
#include "pacsource.h"
#include "proxyprofile.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QThreadPool>
#include <QUrl>
#include <QVBoxLayout>

PacTester::PacTester(QWidget *parent)
    : QWidget(parent)
    , m_fromProfile(new QRadioButton(this))
    , m_fromText(new QRadioButton(tr("Pasted te&xt:"), this))
    , m_source(new QPlainTextEdit(this))
    , m_url(new QLineEdit(QStringLiteral("https://example.com/"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("pacTester"));
    m_fromProfile->setObjectName(QStringLiteral("pacFromProfile"));
    m_fromText->setObjectName(QStringLiteral("pacFromText"));
    m_source->setObjectName(QStringLiteral("pacSource"));
    m_url->setObjectName(QStringLiteral("pacTestUrl"));
    m_test->setObjectName(QStringLiteral("pacTest"));
    m_result->setObjectName(QStringLiteral("pacResult"));

    m_fromProfile->setAccessibleName(tr("Test the profile's PAC script"));
    m_fromText->setAccessibleName(tr("Test pasted PAC text"));
    m_source->setAccessibleName(tr("PAC script text"));
    m_url->setAccessibleName(tr("URL to test"));
    m_test->setAccessibleName(tr("Test the PAC script"));
    m_result->setAccessibleName(tr("PAC test result"));

    m_source->setPlaceholderText(
        tr("function FindProxyForURL(url, host) {\n    return \"PROXY proxy.example:3128; DIRECT\";\n}"));
    m_source->setTabChangesFocus(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFixedHeight(m_source->fontMetrics().lineSpacing() * 7);
    m_url->setClearButtonEnabled(true);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // QJSEngine cannot say which return statement ran; the helper calls it made, by line, show the
    // path, and the last one is the check that decided.
    m_result->setToolTip(
        tr("The answer FindProxyForURL gave, the helper functions it called on the way (line, call and "
           "result: the last one is the check that decided) and what the script passed to alert()."));
    m_fromText->setChecked(true);

    auto sourceColumn = new QVBoxLayout;
    sourceColumn->setContentsMargins(0, 0, 0, 0);
    sourceColumn->addWidget(m_fromProfile);
    sourceColumn->addWidget(m_fromText);
    sourceColumn->addWidget(m_source);
    auto urlRow = new QHBoxLayout;
    urlRow->setContentsMargins(0, 0, 0, 0);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_test);
    auto urlLabel = new QLabel(tr("UR&L to test:"), this);
    urlLabel->setBuddy(m_url);

    auto form = new QFormLayout(this);
    form->addRow(tr("Script:"), sourceColumn);
    form->addRow(urlLabel, urlRow);
    form->addRow(tr("Answer:"), m_result);

    connect(m_test, &QPushButton::clicked, this, &PacTester::test);
    connect(m_url, &QLineEdit::returnPressed, this, &PacTester::test);
    connect(m_fromProfile, &QRadioButton::toggled, this, &PacTester::updateEnabled);
    setProfileLocation(QString());
}

void PacTester::setProfileLocation(const QString &text)
{
    m_profileLocation = text.trimmed();
    // No accelerator of its own (the Proxy page has none to spare): Alt+X reaches the pair, the
    // arrow keys this one.
    m_fromProfile->setText(m_profileLocation.isEmpty()
            ? tr("The profile's PAC script (none set)")
            : tr("The profile's PAC script: %1").arg(m_profileLocation));
    updateEnabled();
}

void PacTester::updateEnabled()
{
    m_source->setEnabled(m_fromText->isChecked());
}

void PacTester::test()
{
    Outcome refused;
    const QUrl url(m_url->text().trimmed());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        refused.error
            = tr("Type the URL to test as http:// or https:// with a host, e.g. https://example.com/.");
    QUrl location;
    QString pasted;
    if (refused.error.isEmpty() && m_fromProfile->isChecked()) {
        if (m_profileLocation.isEmpty()) {
            refused.error
                = tr("The profile has no PAC script: type its URL or file in the PAC script field, or "
                     "paste the script here.");
        } else if (auto parsed = ProxyProfile::parsePacLocation(m_profileLocation)) {
            location = parsed.value();
        } else {
            refused.error = parsed.error().message;
        }
    } else if (refused.error.isEmpty()) {
        pasted = m_source->toPlainText();
        if (pasted.trimmed().isEmpty())
            refused.error = tr("Paste a PAC script (a FindProxyForURL function) to test.");
    }
    const quint64 generation = ++m_generation;
    if (!refused.error.isEmpty()) {
        m_running = false;
        showOutcome(refused);
        return;
    }

    m_running = true;
    m_result->setText(tr("Testing…"));
    ErrorText::apply(m_result, false);
    QPointer<PacTester> self(this);
    QThreadPool::globalInstance()->start([self, generation, location, pasted, url] {
        const Outcome outcome = evaluate(location, pasted, url);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, outcome] {
            if (!self || generation != self->m_generation)
                return; // a newer test, or the page is gone
            self->m_running = false;
            self->showOutcome(outcome);
        });
    });
}

// On a worker thread: the PacScript is created, used and destroyed here (it is not thread-safe).
PacTester::Outcome PacTester::evaluate(const QUrl &location, const QString &pasted, const QUrl &url)
{
    Outcome outcome;
    auto script = [&]() -> Result<PacScript> {
        if (location.isEmpty())
            return PacScript::load(pasted, QStringLiteral("pasted.pac"));
        auto loaded = PacSource::loadBlocking(location);
        if (!loaded)
            return loaded.error();
        return std::move(loaded.value().script);
    }();
    if (!script) {
        outcome.error = script.error().message;
        return outcome;
    }
    const auto answer = script.value().findProxy(url, &outcome.trace);
    outcome.alerts = script.value().alerts();
    if (!answer) {
        outcome.error = answer.error().message;
        return outcome;
    }
    QStringList entries;
    for (const PacProxy &proxy : answer.value())
        entries.append(proxy.toString());
    outcome.answer = entries.join(QStringLiteral("; "));
    return outcome;
}

void PacTester::showOutcome(const Outcome &outcome)
{
    QStringList lines{outcome.error.isEmpty() ? outcome.answer : outcome.error};
    for (qsizetype i = 0; i < outcome.trace.size(); ++i) {
        const PacTraceStep &step = outcome.trace.at(i);
        const QString text = tr("line %1: %2 → %3").arg(step.line).arg(step.call, step.result);
        lines.append(outcome.error.isEmpty() && i == outcome.trace.size() - 1 ? tr("%1 (decided)").arg(text) : text);
    }
    if (outcome.error.isEmpty() && outcome.trace.isEmpty())
        lines.append(tr("(no helper function was called: the script's own logic decided)"));
    for (const QString &alert : outcome.alerts)
        lines.append(tr("alert(): %1").arg(alert));
    m_result->setText(lines.join(u'\n'));
    ErrorText::apply(m_result, !outcome.error.isEmpty());
    Q_EMIT tested();
}
