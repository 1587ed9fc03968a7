#include <QTest>

class TestTrelloImport : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};

QTEST_GUILESS_MAIN(TestTrelloImport)
#include "tst_trelloimport.moc"
