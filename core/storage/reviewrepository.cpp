#include "reviewrepository.h"

#include "database.h"
#include "sql.h"

namespace Ordo {
namespace {

const QString criterionKind = QStringLiteral("criterion");
const QString doneKind = QStringLiteral("done");

} // namespace

ReviewRepository::ReviewRepository(Database &database)
    : m_database(database)
{}

Expected<ReviewRecord> ReviewRepository::record(SprintId sprint, ItemId item) const
{
    ReviewRecord record;
    record.sprint = sprint;
    record.item = item;
    const QSqlDatabase db = m_database.connection();
    auto head = Sql::exec(db, QStringLiteral("SELECT note, rejection_reason, failed FROM review WHERE sprint_id = ? AND item_id = ?"),
                          {sprint, item});
    if (!head)
        return head.error();
    if (!head->next())
        return record;
    record.note = head->value(0).toString();
    record.rejectionReason = head->value(1).toString();
    record.failed = head->value(2).toString().split(u'\n', Qt::SkipEmptyParts);
    head->finish();
    auto verdicts = Sql::exec(db,
                              QStringLiteral("SELECT kind, position, name, match_text, met FROM review_verdict "
                                             "WHERE sprint_id = ? AND item_id = ? ORDER BY kind, position"),
                              {sprint, item});
    if (!verdicts)
        return verdicts.error();
    while (verdicts->next()) {
        const bool met = verdicts->value(4).toInt() != 0;
        if (verdicts->value(0).toString() == criterionKind) {
            record.criteria.append({verdicts->value(2).toString(), verdicts->value(3).toString(), met});
        } else {
            const int position = verdicts->value(1).toInt();
            if (position >= record.definitionOfDone.size())
                record.definitionOfDone.resize(position + 1);
            record.definitionOfDone[position] = met;
        }
    }
    return record;
}

Expected<ReviewRecord> ReviewRepository::openRejection(ItemId item) const
{
    // The newest rejection of the item, by its sprint's start. Accepting clears the reason of its
    // sprint's record; the caller shows it only while the item is not accepted.
    auto latest = Sql::exec(m_database.connection(),
                            QStringLiteral("SELECT r.sprint_id FROM review r JOIN sprint s ON s.id = r.sprint_id "
                                           "WHERE r.item_id = ? AND r.rejection_reason <> '' "
                                           "ORDER BY s.start_date DESC, s.id DESC LIMIT 1"),
                            {item});
    if (!latest)
        return latest.error();
    if (!latest->next())
        return ReviewRecord{};
    const SprintId sprint = latest->value(0).toLongLong();
    latest->finish();
    auto found = record(sprint, item);
    if (!found)
        return found.error();
    return *found;
}

Expected<QList<ReviewRecord>> ReviewRepository::notesOf(SprintId sprint) const
{
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT item_id, note, rejection_reason, failed FROM review "
                                          "WHERE sprint_id = ? AND (note <> '' OR rejection_reason <> '') ORDER BY item_id"),
                           {sprint});
    if (!query)
        return query.error();
    QList<ReviewRecord> records;
    while (query->next()) {
        ReviewRecord record;
        record.sprint = sprint;
        record.item = query->value(0).toLongLong();
        record.note = query->value(1).toString();
        record.rejectionReason = query->value(2).toString();
        record.failed = query->value(3).toString().split(u'\n', Qt::SkipEmptyParts);
        records.append(record);
    }
    return records;
}

Expected<QList<ReviewRepository::Feedback>> ReviewRepository::feedbackOf(SprintId sprint) const
{
    auto query = Sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, requester FROM item WHERE feedback_sprint_id = ? ORDER BY number"),
                           {sprint});
    if (!query)
        return query.error();
    QList<Feedback> items;
    while (query->next())
        items.append({query->value(0).toLongLong(), query->value(1).toString()});
    return items;
}

Status ReviewRepository::write(const ReviewRecord &record)
{
    const QSqlDatabase db = m_database.connection();
    // The verdict rows go with their review row.
    if (auto removed = Sql::exec(db, QStringLiteral("DELETE FROM review_verdict WHERE sprint_id = ? AND item_id = ?"),
                                 {record.sprint, record.item});
        !removed) {
        return removed.error();
    }
    if (auto removed = Sql::exec(db, QStringLiteral("DELETE FROM review WHERE sprint_id = ? AND item_id = ?"),
                                 {record.sprint, record.item});
        !removed) {
        return removed.error();
    }
    if (record.isEmpty())
        return success();
    if (auto written = Sql::exec(db,
                                 QStringLiteral("INSERT INTO review (sprint_id, item_id, note, rejection_reason, failed) "
                                                "VALUES (?, ?, ?, ?, ?)"),
                                 {record.sprint, record.item, record.note, record.rejectionReason.trimmed(),
                                  record.failed.join(u'\n')});
        !written) {
        return written.error();
    }
    const auto verdict = [&](const QString &kind, int position, const QString &name, const QString &text, bool met) -> Status {
        if (auto written = Sql::exec(db,
                                     QStringLiteral("INSERT INTO review_verdict (sprint_id, item_id, kind, position, name, "
                                                    "match_text, met) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                     {record.sprint, record.item, kind, position, name, text, met ? 1 : 0});
            !written) {
            return written.error();
        }
        return success();
    };
    for (int i = 0; i < record.criteria.size(); ++i) {
        const ReviewRecord::Criterion &c = record.criteria.at(i);
        if (auto written = verdict(criterionKind, i, c.name, c.matchText, c.met); !written)
            return written;
    }
    for (int i = 0; i < record.definitionOfDone.size(); ++i) {
        if (!record.definitionOfDone.at(i))
            continue;
        if (auto written = verdict(doneKind, i, QString(), QString(), *record.definitionOfDone.at(i)); !written)
            return written;
    }
    return success();
}

} // namespace Ordo
