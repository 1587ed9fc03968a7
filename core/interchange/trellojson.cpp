#include "trellojson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Ordo::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Import", text);
}

QString folded(QString name)
{
    name = name.trimmed().toCaseFolded();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name.trimmed();
}

bool namesCriteria(const QString &checklist)
{
    static const QSet<QString> names{QStringLiteral("acceptance criteria"), QStringLiteral("acceptance criterion"),
                                     QStringLiteral("acceptance"), QStringLiteral("ac")};
    return names.contains(folded(checklist));
}

bool namesEstimate(const QString &field)
{
    static const QSet<QString> names{QStringLiteral("effort"), QStringLiteral("points"), QStringLiteral("story points"),
                                     QStringLiteral("estimate")};
    return names.contains(folded(field));
}

// Positions are numbers; anything else sorts last, in file order.
double positionOf(const QJsonObject &object)
{
    const QJsonValue pos = object.value(QLatin1String("pos"));
    return pos.isDouble() ? pos.toDouble() : std::numeric_limits<double>::infinity();
}

// The creation time a Trello id carries: its first 8 hex digits are Unix seconds.
QDateTime createdFromId(const QString &id)
{
    if (id.size() != 24)
        return {};
    bool ok = false;
    const qint64 seconds = id.left(8).toLongLong(&ok, 16);
    return ok ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

struct Checklist
{
    QString name;
    double pos = 0;
    QList<std::pair<double, std::pair<QString, bool>>> items; // pos, (name, complete)
};

} // namespace

bool isTrelloJson(const QJsonObject &board)
{
    return board.value(QLatin1String("cards")).isArray() && board.value(QLatin1String("lists")).isArray();
}

Expected<Source> readTrelloJson(const QByteArray &json, const TrelloOptions &options)
{
    // A byte order mark is no JSON, but editors write one.
    const QByteArray bom("\xEF\xBB\xBF");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.startsWith(bom) ? json.mid(bom.size()) : json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{tr("The file is not JSON Ordo can read: %1 (at byte %L2).").arg(error.errorString()).arg(error.offset)};
    if (!document.isObject())
        return Error{tr("This is not a Trello board: the JSON is not an object.")};
    return readTrelloJson(document.object(), options);
}

Expected<Source> readTrelloJson(const QJsonObject &board, const TrelloOptions &options)
{
    if (!isTrelloJson(board))
        return Error{tr("This is not a Trello board: it has no \"cards\" and \"lists\" arrays.")};
    Source source;
    source.format = QStringLiteral("Trello JSON");
    source.tool = QStringLiteral("trello");
    const auto note = [&source](const QString &message) { source.problems.append({0, message}); };

    // Lists: their names and board order, and which are closed.
    struct List
    {
        QString name;
        double pos = 0;
        bool closed = false;
    };
    QList<List> lists;
    QHash<QString, int> listIndex;
    for (const QJsonValue &value : board.value(QLatin1String("lists")).toArray()) {
        const QJsonObject list = value.toObject();
        const QString id = list.value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            note(tr("A list without an id was left out; its cards follow the others."));
            continue;
        }
        listIndex.insert(id, int(lists.size()));
        lists.append({list.value(QLatin1String("name")).toString().trimmed(), positionOf(list),
                      list.value(QLatin1String("closed")).toBool()});
    }
    QList<int> listOrder(lists.size());
    std::iota(listOrder.begin(), listOrder.end(), 0);
    std::stable_sort(listOrder.begin(), listOrder.end(), [&lists](int a, int b) { return lists.at(a).pos < lists.at(b).pos; });
    QHash<int, int> listRank; // by index in `lists`
    for (int rank = 0; rank < listOrder.size(); ++rank)
        listRank.insert(listOrder.at(rank), rank);

    // The custom fields that hold an estimate.
    QSet<QString> estimateFields;
    for (const QJsonValue &value : board.value(QLatin1String("customFields")).toArray()) {
        const QJsonObject field = value.toObject();
        if (namesEstimate(field.value(QLatin1String("name")).toString()))
            estimateFields.insert(field.value(QLatin1String("id")).toString());
    }

    // Checklists by card.
    QHash<QString, QList<Checklist>> checklistsOf;
    for (const QJsonValue &value : board.value(QLatin1String("checklists")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString card = object.value(QLatin1String("idCard")).toString();
        if (card.isEmpty())
            continue;
        Checklist checklist;
        checklist.name = object.value(QLatin1String("name")).toString().trimmed();
        checklist.pos = positionOf(object);
        for (const QJsonValue &itemValue : object.value(QLatin1String("checkItems")).toArray()) {
            const QJsonObject checkItem = itemValue.toObject();
            const QString name = checkItem.value(QLatin1String("name")).toString().trimmed();
            if (!name.isEmpty())
                checklist.items.append({positionOf(checkItem),
                                        {name, checkItem.value(QLatin1String("state")).toString() == QLatin1String("complete")}});
        }
        std::stable_sort(checklist.items.begin(), checklist.items.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        checklistsOf[card].append(checklist);
    }

    struct Placed
    {
        int list;
        double pos;
    };
    QList<Placed> places;
    QSet<QString> ids;
    const QJsonArray cards = board.value(QLatin1String("cards")).toArray();
    for (qsizetype n = 0; n < cards.size(); ++n) {
        if (!cards.at(n).isObject()) {
            note(tr("Card %L1 of the file is not a JSON object: it was left out.").arg(n + 1));
            continue;
        }
        const QJsonObject card = cards.at(n).toObject();
        SourceItem item;
        const QJsonValue name = card.value(QLatin1String("name"));
        item.title = name.toString().trimmed();
        if (item.title.isEmpty()) {
            note(tr("Card %L1 of the file has no name: it was left out.").arg(n + 1));
            continue;
        }
        item.key = card.value(QLatin1String("id")).toString().trimmed();
        item.id = item.key;
        if (item.key.isEmpty()) {
            note(tr("The card “%1” has no id: importing the board again will add it again.").arg(item.title));
        } else if (ids.contains(item.key)) {
            note(tr("The card “%1” appears twice: the second was left out.").arg(item.title));
            continue;
        }
        ids.insert(item.key);
        const QJsonValue description = card.value(QLatin1String("desc"));
        if (!description.isUndefined() && !description.isString() && !description.isNull())
            note(tr("The card “%1” has a description that is not text: it was left out.").arg(item.title));
        item.description = description.toString();

        const int list = listIndex.value(card.value(QLatin1String("idList")).toString(), -1);
        if (list < 0) {
            note(tr("The card “%1” is in no list of the board: it comes last, without a status.").arg(item.title));
        } else {
            item.status = lists.at(list).name;
        }
        item.archived = card.value(QLatin1String("closed")).toBool() || (list >= 0 && lists.at(list).closed);

        const QJsonValue labels = card.value(QLatin1String("labels"));
        if (!labels.isUndefined() && !labels.isArray())
            note(tr("The card “%1” has labels that are not a list: they were left out.").arg(item.title));
        for (const QJsonValue &value : labels.toArray()) {
            const QJsonObject label = value.toObject();
            QString text = label.value(QLatin1String("name")).toString().trimmed();
            if (text.isEmpty())
                text = label.value(QLatin1String("color")).toString().trimmed();
            if (!text.isEmpty() && !item.labels.contains(text))
                item.labels.append(text);
        }

        for (const QJsonValue &value : card.value(QLatin1String("customFieldItems")).toArray()) {
            const QJsonObject field = value.toObject();
            if (!estimateFields.contains(field.value(QLatin1String("idCustomField")).toString()))
                continue;
            const QJsonValue number = field.value(QLatin1String("value")).toObject().value(QLatin1String("number"));
            // Trello writes the number as text ("3"); a JSON number is taken too.
            const std::optional<double> points = number.isDouble() ? parseNumber(QString::number(number.toDouble()))
                                                                   : parseNumber(number.toString());
            if (points)
                item.estimate = points;
            else
                note(tr("The card “%1” has an estimate that is not a number: it has no estimate.").arg(item.title));
        }

        QList<Checklist> checklists = checklistsOf.value(item.key);
        std::stable_sort(checklists.begin(), checklists.end(), [](const Checklist &a, const Checklist &b) { return a.pos < b.pos; });
        QStringList others;
        for (const Checklist &checklist : std::as_const(checklists)) {
            if (options.allChecklistsAsCriteria || namesCriteria(checklist.name)) {
                for (const auto &entry : checklist.items)
                    item.criteria.append(entry.second.first);
                continue;
            }
            QStringList lines{checklist.name.isEmpty() ? tr("Checklist:") : checklist.name + QLatin1Char(':')};
            for (const auto &entry : checklist.items)
                lines.append((entry.second.second ? QLatin1String("- [x] ") : QLatin1String("- [ ] ")) + entry.second.first);
            others.append(lines.join(QLatin1Char('\n')));
        }
        if (!others.isEmpty())
            item.description += (item.description.trimmed().isEmpty() ? QString() : QStringLiteral("\n\n"))
                                + others.join(QStringLiteral("\n\n"));

        item.createdAt = createdFromId(item.key);
        const QString activity = card.value(QLatin1String("dateLastActivity")).toString();
        item.updatedAt = parseDate(activity);
        if (!activity.isEmpty() && !item.updatedAt.isValid())
            note(tr("The card “%1” has a last activity date Ordo cannot read: it was left out.").arg(item.title));

        places.append({list < 0 ? int(lists.size()) : listRank.value(list), positionOf(card)});
        source.items.append(std::move(item));
    }

    // Board order: list by list, and in each list by the cards' positions.
    QList<int> order(source.items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&places](int a, int b) {
        if (places.at(a).list != places.at(b).list)
            return places.at(a).list < places.at(b).list;
        return places.at(a).pos < places.at(b).pos;
    });
    QList<SourceItem> ordered;
    ordered.reserve(order.size());
    for (int i : order)
        ordered.append(std::move(source.items[i]));
    source.items = std::move(ordered);
    return source;
}

} // namespace Ordo::Import
