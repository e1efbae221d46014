// A stand-in for a file manager (tests/ui/xdnd/run-xdnd-drop): a window that starts an XDND drag of the files given when the
// mouse is pressed in it.
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>
#include <QUrl>
#include <QWidget>
class Source : public QWidget {
public:
    QStringList files;
protected:
    void mousePressEvent(QMouseEvent *) override {
        auto drag = new QDrag(this);
        auto mime = new QMimeData;
        QList<QUrl> urls;
        for (const auto &f : files) urls << QUrl::fromLocalFile(f);
        mime->setUrls(urls);
        drag->setMimeData(mime);
        drag->exec(Qt::CopyAction);
    }
};
int main(int argc, char **argv) {
    QApplication app(argc, argv);
    Source w;
    w.files = app.arguments().mid(1);
    w.setWindowTitle(QStringLiteral("dragsource"));
    w.setGeometry(0, 620, 200, 70);
    w.show();
    return app.exec();
}
