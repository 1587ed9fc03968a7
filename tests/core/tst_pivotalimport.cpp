#include <QTest>

class TestPivotalImport : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};

QTEST_GUILESS_MAIN(TestPivotalImport)
#include "tst_pivotalimport.moc"
