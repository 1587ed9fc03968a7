#include "jiraxml.h"

#include "interchange/htmltext.h"
#include "interchange/jirashared.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <optional>

namespace Ordo::Import {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Ordo::Import", text);
}

// Far deeper than Jira nests (a custom field's value is 7 elements down from <rss>), far less
// deep than a file written to exhaust the reader.
constexpr int maxDepth = 64;

struct CustomField
{
    QString name;
    QStringList values; // trimmed, the empty ones left out
};

// An <item> as read, before it is checked and becomes a SourceItem.
struct ItemFields
{
    SourceItem item;
    bool hasKey = false;
    QString created;
    QString updated;
    QStringList subtasks;
    QList<CustomField> customFields;
    CustomField field; // the <customfield> being read
    QString linkType;  // the name of the <issuelinktype> being read
};

// Jira's status category as its CSV export names it, from the key the XML gives.
QString statusCategoryOf(QStringView key)
{
    if (key == u"new")
        return QStringLiteral("To Do");
    if (key == u"indeterminate")
        return QStringLiteral("In Progress");
    if (key == u"done")
        return QStringLiteral("Done");
    return key.toString();
}

// Whether a rich text field holds HTML rather than plain (or wiki) text: "1 < 2" does not.
bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("<[A-Za-z/!]"));
    return text.contains(tag);
}

// The values of the first custom field of one of `names` (any case) that has any.
QStringList valuesOf(const QList<CustomField> &fields, const QStringList &names)
{
    for (const QString &name : names) {
        for (const CustomField &field : fields) {
            if (!field.values.isEmpty() && field.name.compare(name, Qt::CaseInsensitive) == 0)
                return field.values;
        }
    }
    return {};
}

QString firstOf(const QList<CustomField> &fields, const QStringList &names)
{
    return valuesOf(fields, names).value(0);
}

// The field the user chose, if they chose one; else the usual ones.
QStringList chosenOr(const QString &chosen, const QStringList &usual)
{
    return chosen.isEmpty() ? usual : QStringList{chosen};
}

Error unreadable(const QXmlStreamReader &xml)
{
    //: %1 is the XML reader's own description of the problem
    return Error{tr("This XML file cannot be read: %1 (line %2, column %3).")
                     .arg(xml.errorString())
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())};
}

// What the reading has gathered so far.
struct Reading
{
    Source source;
    QStringList ranks;
    QSet<QString> keys;
    QHash<QString, QString> epicKeys;      // by Epic Name
    CriteriaTexts criteria;                // parsed at the end, on every core
    QHash<QString, QString> subtaskParent; // by the sub-task's key
    QSet<QString> fieldNames;
    std::optional<ItemFields> item;
    QString text; // the text of the element being read
    int items = 0;
    int itemsWithKey = 0;
};

// An element inside an <item> opens, `at` its path below the item ("customfields/customfield").
void startField(Reading &reading, const QXmlStreamReader &xml, const QString &at)
{
    ItemFields &fields = *reading.item;
    if (at == QLatin1String("key")) {
        fields.hasKey = true;
        fields.item.id = xml.attributes().value(QLatin1String("id")).toString().trimmed();
    } else if (at == QLatin1String("statusCategory")) {
        fields.item.statusCategory = statusCategoryOf(xml.attributes().value(QLatin1String("key")).trimmed());
    } else if (at == QLatin1String("customfields/customfield")) {
        fields.field = {};
    } else if (at == QLatin1String("issuelinks/issuelinktype")) {
        fields.linkType.clear();
    }
}

// An element inside an <item> closes: its text is the field's value.
void endField(Reading &reading, const QString &at)
{
    ItemFields &fields = *reading.item;
    SourceItem &item = fields.item;
    const QString value = reading.text.trimmed();
    reading.text.clear();
    if (at == QLatin1String("key"))
        item.key = value;
    else if (at == QLatin1String("summary"))
        item.title = value;
    else if (at == QLatin1String("type"))
        item.type = value;
    else if (at == QLatin1String("status"))
        item.status = value;
    else if (at == QLatin1String("description"))
        item.description = plainTextFromHtml(value);
    else if (at == QLatin1String("parent"))
        item.parentKey = value;
    else if (at == QLatin1String("created"))
        fields.created = value;
    else if (at == QLatin1String("updated"))
        fields.updated = value;
    else if (at == QLatin1String("labels/label") && !value.isEmpty())
        item.labels.append(value);
    else if (at == QLatin1String("subtasks/subtask") && !value.isEmpty())
        fields.subtasks.append(value);
    else if (at == QLatin1String("issuelinks/issuelinktype/name"))
        fields.linkType = value;
    else if (at == QLatin1String("issuelinks/issuelinktype/outwardlinks/issuelink/issuekey")) {
        if (fields.linkType.compare(QLatin1String("Blocks"), Qt::CaseInsensitive) == 0 && !value.isEmpty())
            item.blocks.append(value);
    } else if (at == QLatin1String("issuelinks/issuelinktype/inwardlinks/issuelink/issuekey")) {
        if (fields.linkType.compare(QLatin1String("Blocks"), Qt::CaseInsensitive) == 0 && !value.isEmpty())
            item.blockedBy.append(value);
    } else if (at == QLatin1String("customfields/customfield/customfieldname"))
        fields.field.name = value;
    else if (at == QLatin1String("customfields/customfield/customfieldvalues/customfieldvalue") && !value.isEmpty())
        fields.field.values.append(value);
    else if (at == QLatin1String("customfields/customfield") && !fields.field.name.isEmpty()) {
        if (!reading.fieldNames.contains(fields.field.name)) {
            reading.fieldNames.insert(fields.field.name);
            reading.source.columns.append(fields.field.name);
        }
        fields.customFields.append(std::move(fields.field));
        fields.field = {};
    }
}

void finishItem(Reading &reading, ItemFields &fields)
{
    SourceItem &item = fields.item;
    ++reading.items;
    if (fields.hasKey)
        ++reading.itemsWithKey;
    if (item.title.isEmpty()) {
        reading.source.problems.append({item.line, tr("No summary: the item was skipped.")});
        return;
    }
    if (!item.key.isEmpty() && reading.keys.contains(item.key)) {
        reading.source.problems.append({item.line, tr("%1 appears again: the later item was skipped.").arg(item.key)});
        return;
    }
    reading.keys.insert(item.key);
    const ReadOptions &options = reading.source.read;
    const QList<CustomField> &custom = fields.customFields;
    Jira::readEstimate(reading.source, item,
                       firstOf(custom, chosenOr(options.estimateColumn, {QStringLiteral("Story Points"),
                                                                         QStringLiteral("Story point estimate")})));
    if (item.parentKey.isEmpty())
        item.parentKey = firstOf(custom, {QStringLiteral("Epic Link")});
    item.sprints = valuesOf(custom, {QStringLiteral("Sprint")});
    const QString criteria = firstOf(custom, chosenOr(options.criteriaColumn, {QStringLiteral("Acceptance Criteria")}));
    reading.criteria.add(reading.source.items.size(), looksLikeHtml(criteria) ? plainTextFromHtml(criteria) : criteria);
    Jira::readDate(reading.source, item.line, fields.created, item.createdAt);
    Jira::readDate(reading.source, item.line, fields.updated, item.updatedAt);
    // An epic's Epic Name stands in its children's Epic Link in some Server exports.
    if (const QString name = firstOf(custom, {QStringLiteral("Epic Name")}); !name.isEmpty() && !item.key.isEmpty())
        reading.epicKeys.insert(name, item.key);
    if (!item.key.isEmpty()) {
        for (const QString &subtask : std::as_const(fields.subtasks))
            reading.subtaskParent.insert(subtask, item.key);
    }
    reading.ranks.append(firstOf(custom, {QStringLiteral("Rank")}));
    reading.source.items.append(std::move(item));
}

} // namespace

bool isJiraXml(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            return xml.name() == QLatin1String("rss");
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
    return false;
}

Expected<Source> readJiraXml(const QByteArray &bytes, const ReadOptions &options)
{
    Reading reading;
    reading.source.format = QStringLiteral("Jira XML");
    reading.source.tool = QStringLiteral("jira");
    reading.source.read = options;
    QXmlStreamReader xml(bytes);
    QStringList path; // the open elements, from <rss> down
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return Error{tr("This XML file declares a document type (line %1). Jira's export never does, and Ordo "
                            "does not read one: its entities could expand without end.")
                             .arg(xml.lineNumber())};
        case QXmlStreamReader::StartElement: {
            const QString name = xml.name().toString();
            if (path.isEmpty() && name != QLatin1String("rss")) {
                return Error{tr("This XML file is not a Jira export: it starts with <%1>, where Jira's XML export "
                                "starts with <rss>.")
                                 .arg(name)};
            }
            if (path.size() >= maxDepth) {
                return Error{tr("This XML file nests its elements more than %1 deep (line %2), which no Jira export "
                                "does: it was not read.")
                                 .arg(maxDepth)
                                 .arg(xml.lineNumber())};
            }
            path.append(name);
            reading.text.clear();
            if (path.size() == 3 && path.at(1) == QLatin1String("channel") && name == QLatin1String("item")) {
                reading.item.emplace();
                reading.item->item.line = int(xml.lineNumber());
            } else if (reading.item && path.size() > 3) {
                startField(reading, xml, path.mid(3).join(QLatin1Char('/')));
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (reading.item)
                reading.text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (reading.item && path.size() == 3) {
                finishItem(reading, *reading.item);
                reading.item.reset();
            } else if (reading.item && path.size() > 3) {
                endField(reading, path.mid(3).join(QLatin1Char('/')));
            }
            path.removeLast();
            break;
        default: // the declaration, comments, processing instructions
            break;
        }
    }
    if (xml.hasError())
        return unreadable(xml);
    if (reading.items > 0 && reading.itemsWithKey == 0)
        return Error{tr("This RSS feed is not a Jira export: its items have no Jira key.")};

    for (SourceItem &item : reading.source.items) {
        if (item.parentKey.isEmpty())
            item.parentKey = reading.subtaskParent.value(item.key);
    }
    reading.criteria.parseInto(reading.source.items);
    Jira::finish(reading.source, reading.ranks, reading.epicKeys);
    return std::move(reading.source);
}

} // namespace Ordo::Import
