#include "decisionlog.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ordo::DecisionLog {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::DecisionLog", text);
}

QString markdownCell(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return text.trimmed();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString itemText(const Entry &entry)
{
    if (entry.itemKey.isEmpty())
        return tr("Whole backlog");
    return entry.itemTitle.isEmpty() ? entry.itemKey
                                     : QStringLiteral("%1 %2").arg(entry.itemKey, entry.itemTitle);
}

} // namespace

QString toMarkdown(const QList<Entry> &entries, const QString &productName)
{
    QString text;
    //: Heading of an exported decision log; %1 is the product name
    text += QStringLiteral("# ") + tr("Decisions: %1").arg(productName) + QStringLiteral("\n\n");
    const QStringList headers{tr("Date"), tr("Item"), tr("Decision"), tr("Reasoning"), tr("Stakeholder")};
    text += QStringLiteral("| ") + headers.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    text += QStringLiteral("|") + QStringLiteral("---|").repeated(headers.size()) + QStringLiteral("\n");
    for (const Entry &entry : entries) {
        const Decision &d = entry.decision;
        const QStringList cells{d.decidedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                markdownCell(itemText(entry)),
                                markdownCell(d.decision),
                                markdownCell(d.reasoning),
                                markdownCell(d.stakeholder)};
        text += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    if (entries.isEmpty())
        text += QStringLiteral("\n") + tr("No decisions recorded.") + QStringLiteral("\n");
    return text;
}

QString toCsv(const QList<Entry> &entries)
{
    const QString lineEnd = QStringLiteral("\r\n");
    QStringList lines;
    lines.append(QStringList{tr("Date"), tr("Item"), tr("Title"), tr("Decision"), tr("Reasoning"), tr("Stakeholder")}
                     .join(QLatin1Char(',')));
    for (const Entry &entry : entries) {
        const Decision &d = entry.decision;
        QStringList fields{d.decidedAt.toUTC().toString(Qt::ISODate),
                           entry.itemKey,
                           entry.itemTitle,
                           d.decision,
                           d.reasoning,
                           d.stakeholder};
        for (QString &field : fields)
            field = csvField(field);
        lines.append(fields.join(QLatin1Char(',')));
    }
    return lines.join(lineEnd) + lineEnd;
}

} // namespace Ordo::DecisionLog
