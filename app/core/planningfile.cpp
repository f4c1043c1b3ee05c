#include "planningfile.h"

#include "deepomaticname.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace {
using Issue = PlanningFile::Issue;
using Kind = PlanningFile::Issue::Kind;

const QLatin1String kReference("reference");
const QLatin1String kName("name");
const QLatin1String kPlannedDate("planned_date");
const QLatin1String kAddress("address");
const QLatin1String kTechnicianName("technician_name");
const QLatin1String kTechnicianEmail("technician_email");
const QLatin1String kTypes("types");
const QLatin1String kTags("tags");
const QLatin1String kMetadata("metadata");
const QLatin1String kWorkOrders("work_orders");

// A row as read from either format, before it is judged.
struct RawRow {
    int line = 0;
    QHash<QString, QString> text; // reference, name, planned_date, address, technician_*
    QStringList types;
    QStringList tags;
    QJsonObject metadata;
    QList<Issue> issues; // what went wrong while reading it
    // A CSV record whose quoting or field count is wrong: its fields cannot be trusted, so
    // they are not judged one by one (that would only add noise to the real problem).
    bool broken = false;
};

Issue issue(int line, Kind kind, const QString &message, const QString &field = {})
{
    return Issue{line, kind, message, field};
}

bool isTextField(const QString &name)
{
    return name == kReference || name == kName || name == kPlannedDate || name == kAddress
           || name == kTechnicianName || name == kTechnicianEmail;
}

// "a; b;;c " -> ["a", "b", "c"]
QStringList splitList(const QString &value)
{
    QStringList list;
    for (const QString &part : value.split(u';')) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !list.contains(item))
            list << item;
    }
    return list;
}

// 1-based line of a byte offset.
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    return int(std::count(bytes.cbegin(), bytes.cbegin() + offset, '\n')) + 1;
}

bool validDate(const QString &value, QDate *date)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const QRegularExpressionMatch m = shape.match(value);
    if (!m.hasMatch())
        return false;
    *date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return date->isValid();
}

bool validEmail(const QString &value)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return value.size() <= 254 && shape.match(value).hasMatch();
}

QString quoted(const QString &value)
{
    // Long or multi-line values are cut so one message stays one readable line.
    QString shown = value;
    shown.replace(u'\n', u' ').replace(u'\r', u' ');
    if (shown.size() > 60)
        shown = shown.left(57) + QStringLiteral("…");
    return u'"' + shown + u'"';
}

// ---- CSV (RFC 4180) ----

struct CsvRecord {
    int line = 0;
    QStringList fields;
    QList<Issue> problems;
    bool blank() const
    {
        return fields.size() == 1 && fields.first().isEmpty() && problems.isEmpty();
    }
};

// Reads every record of `text`, counting physical lines (CRLF, LF or a lone CR end a line).
class CsvReader
{
public:
    explicit CsvReader(const QString &text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }

    CsvRecord next()
    {
        CsvRecord record;
        record.line = m_line;
        QString field;
        bool inQuotes = false;
        bool wasQuoted = false;
        bool strayReported = false;
        auto strayQuote = [&](const QString &why) {
            if (!strayReported)
                record.problems << issue(
                    record.line, Kind::StrayQuote,
                    PlanningFile::tr("Field %1: %2").arg(record.fields.size() + 1).arg(why));
            strayReported = true;
        };
        auto endField = [&] {
            record.fields << (wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        };
        const qsizetype n = m_text.size();
        while (m_pos < n) {
            const QChar c = m_text.at(m_pos);
            if (inQuotes) {
                if (c == u'"') {
                    if (m_pos + 1 < n && m_text.at(m_pos + 1) == u'"') {
                        field += u'"';
                        m_pos += 2;
                    } else {
                        inQuotes = false;
                        ++m_pos;
                    }
                } else if (c == u'\r' || c == u'\n') {
                    consumeNewline();
                    field += u'\n'; // one spelling of a line break inside a value
                } else {
                    field += c;
                    ++m_pos;
                }
                continue;
            }
            if (c == u',') {
                endField();
                ++m_pos;
            } else if (c == u'\r' || c == u'\n') {
                consumeNewline();
                endField();
                return record;
            } else if (c == u'"') {
                if (!wasQuoted && field.trimmed().isEmpty()) {
                    field.clear();
                    inQuotes = wasQuoted = true;
                } else {
                    strayQuote(PlanningFile::tr("a quote (\") inside a value that is not quoted; "
                                                "quote the whole value and double the quote "
                                                "(\"\")."));
                    field += c;
                }
                ++m_pos;
            } else {
                if (wasQuoted && !c.isSpace())
                    strayQuote(PlanningFile::tr("text after the closing quote."));
                if (!wasQuoted || !c.isSpace())
                    field += c;
                ++m_pos;
            }
        }
        if (inQuotes)
            record.problems << issue(record.line, Kind::UnclosedQuote,
                                     PlanningFile::tr("Field %1: a quoted value is never closed "
                                                      "(the rest of the file was read into it).")
                                         .arg(record.fields.size() + 1));
        endField();
        return record;
    }

private:
    void consumeNewline()
    {
        if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// ---- JSON ----

// The line of each element of the work order array: the array is the root (depth 1) or the
// value of "work_orders" in the root object (depth 2, the only key allowed there).
QList<int> elementLines(const QByteArray &bytes, int depth)
{
    QList<int> lines;
    QByteArray stack;
    bool expectValue = false;
    int line = 1;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes.at(i);
        if (c == '\n')
            ++line;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        const bool inTarget = stack.size() == depth && stack.back() == '[';
        if (inTarget && expectValue && c != ']') {
            lines << line;
            expectValue = false;
        }
        if (c == '"') {
            for (++i; i < n && bytes.at(i) != '"'; ++i) {
                if (bytes.at(i) == '\\')
                    ++i;
                else if (bytes.at(i) == '\n')
                    ++line; // invalid JSON, but keep counting honestly
            }
        } else if (c == '[' || c == '{') {
            stack.append(c);
            expectValue = stack.size() == depth && c == '[';
        } else if (c == ']' || c == '}') {
            if (!stack.isEmpty())
                stack.chop(1);
        } else if (c == ',' && inTarget) {
            expectValue = true;
        }
    }
    return lines;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return PlanningFile::tr("null");
    case QJsonValue::Bool:
        return PlanningFile::tr("a boolean");
    case QJsonValue::Double:
        return PlanningFile::tr("a number");
    case QJsonValue::String:
        return PlanningFile::tr("text");
    case QJsonValue::Array:
        return PlanningFile::tr("a list");
    case QJsonValue::Object:
        return PlanningFile::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return PlanningFile::tr("nothing");
}

QStringList jsonStringList(const QJsonValue &value, const QString &field, RawRow &row)
{
    QStringList list;
    if (value.isNull())
        return list;
    if (!value.isArray()) {
        row.issues << issue(row.line, Kind::WrongValueType,
                            PlanningFile::tr("\"%1\" must be a list of text, not %2.")
                                .arg(field, jsonTypeName(value)),
                            field);
        return list;
    }
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString()) {
            row.issues << issue(row.line, Kind::WrongValueType,
                                PlanningFile::tr("\"%1\" must be a list of text; it contains %2.")
                                    .arg(field, jsonTypeName(item)),
                                field);
            return {};
        }
        const QString text = item.toString().trimmed();
        if (!text.isEmpty() && !list.contains(text))
            list << text;
    }
    return list;
}

RawRow rawFromJson(const QJsonObject &object, int line)
{
    RawRow row;
    row.line = line;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (isTextField(key)) {
            if (value.isString())
                row.text.insert(key, value.toString().trimmed());
            else if (!value.isNull())
                row.issues << issue(
                    line, Kind::WrongValueType,
                    PlanningFile::tr("\"%1\" must be text, not %2.").arg(key, jsonTypeName(value)),
                    key);
        } else if (key == kTypes) {
            row.types = jsonStringList(value, key, row);
        } else if (key == kTags) {
            row.tags = jsonStringList(value, key, row);
        } else if (key == kMetadata) {
            if (value.isNull())
                continue;
            if (!value.isObject()) {
                row.issues << issue(line, Kind::WrongValueType,
                                    PlanningFile::tr("\"metadata\" must be an object, not %1.")
                                        .arg(jsonTypeName(value)),
                                    key);
                continue;
            }
            const QJsonObject meta = value.toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                const QJsonValue v = m.value();
                if (v.isArray() || v.isObject()) {
                    row.issues << issue(line, Kind::WrongValueType,
                                        PlanningFile::tr("\"metadata.%1\" must be text, a number "
                                                         "or a boolean, not %2.")
                                            .arg(m.key(), jsonTypeName(v)),
                                        key + u'.' + m.key());
                } else if (!v.isNull() && !(v.isString() && v.toString().isEmpty())) {
                    row.metadata.insert(m.key(), v);
                }
            }
        } else {
            row.issues << issue(
                line, Kind::UnknownField,
                PlanningFile::tr("Unknown field \"%1\"; the fields are: %2.")
                    .arg(key, PlanningFile::fieldNames().join(QStringLiteral(", "))),
                key);
        }
    }
    return row;
}

QString lineColumn(const QByteArray &bytes, qsizetype offset, int *line)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    *line = lineAt(bytes, offset);
    const qsizetype lineStart = bytes.lastIndexOf('\n', offset - 1) + 1;
    const int column = int(QString::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size()) + 1;
    return PlanningFile::tr("line %1, column %2").arg(*line).arg(column);
}
} // namespace

QString PlanningFile::Issue::toString() const
{
    return line > 0 ? tr("line %1: %2").arg(line).arg(message) : message;
}

QString PlanningFile::Issue::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::TooLarge:
        return QStringLiteral("too_large");
    case Kind::NotUtf8:
        return QStringLiteral("not_utf8");
    case Kind::MalformedCsv:
        return QStringLiteral("malformed_csv");
    case Kind::MalformedJson:
        return QStringLiteral("malformed_json");
    case Kind::WrongShape:
        return QStringLiteral("wrong_shape");
    case Kind::UnknownColumn:
        return QStringLiteral("unknown_column");
    case Kind::DuplicateColumn:
        return QStringLiteral("duplicate_column");
    case Kind::MissingColumn:
        return QStringLiteral("missing_column");
    case Kind::NoRows:
        return QStringLiteral("no_rows");
    case Kind::TooManyRows:
        return QStringLiteral("too_many_rows");
    case Kind::WrongFieldCount:
        return QStringLiteral("wrong_field_count");
    case Kind::UnclosedQuote:
        return QStringLiteral("unclosed_quote");
    case Kind::StrayQuote:
        return QStringLiteral("stray_quote");
    case Kind::NotAnObject:
        return QStringLiteral("not_an_object");
    case Kind::UnknownField:
        return QStringLiteral("unknown_field");
    case Kind::WrongValueType:
        return QStringLiteral("wrong_value_type");
    case Kind::FieldTooLong:
        return QStringLiteral("field_too_long");
    case Kind::MissingField:
        return QStringLiteral("missing_field");
    case Kind::InvalidName:
        return QStringLiteral("invalid_name");
    case Kind::BadDate:
        return QStringLiteral("bad_date");
    case Kind::UnknownType:
        return QStringLiteral("unknown_type");
    case Kind::BadEmail:
        return QStringLiteral("bad_email");
    case Kind::DuplicateInFile:
        return QStringLiteral("duplicate_in_file");
    case Kind::DuplicateExisting:
        return QStringLiteral("duplicate_existing");
    }
    return QStringLiteral("invalid_input");
}

QStringList PlanningFile::fieldNames()
{
    return {kReference,       kPlannedDate, kName, kAddress, kTechnicianName,
            kTechnicianEmail, kTypes,       kTags, kMetadata};
}

QStringList PlanningFile::requiredFieldNames()
{
    return {kReference, kPlannedDate};
}

std::optional<PlanningFile::Format> PlanningFile::formatFor(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Format::Json;
    return std::nullopt;
}

namespace {
// Judges one row and, when it is good, adds its work order to `parsed`.
class RowJudge
{
public:
    RowJudge(const PlanningFile::Rules &rules, PlanningFile::Parsed &parsed)
        : m_rules(rules)
        , m_parsed(parsed)
    {
        QStringList known(rules.knownTypes.cbegin(), rules.knownTypes.cend());
        known.sort();
        m_knownTypes = known.join(QStringLiteral(", "));
    }

    void judge(RawRow row)
    {
        ++m_parsed.rowCount;
        if (row.broken) {
            ++m_parsed.badRowCount;
            m_parsed.rowErrors << row.issues;
            return;
        }
        const int line = row.line;
        QList<Issue> &issues = row.issues;
        auto value = [&](const QString &field) { return row.text.value(field); };
        auto require = [&](const QString &field) {
            if (value(field).isEmpty())
                issues << issue(
                    line, Kind::MissingField,
                    PlanningFile::tr("The required field \"%1\" is missing or empty.").arg(field),
                    field);
        };
        for (auto it = row.text.cbegin(); it != row.text.cend(); ++it) {
            if (it.value().size() > PlanningFile::MaxFieldLength)
                issues << issue(
                    line, Kind::FieldTooLong,
                    PlanningFile::tr("\"%1\" has %2 characters; at most %3 are allowed.")
                        .arg(it.key())
                        .arg(it.value().size())
                        .arg(PlanningFile::MaxFieldLength),
                    it.key());
        }
        require(kReference);
        require(kPlannedDate);

        WorkOrder wo;
        wo.key = value(kReference);
        wo.name = value(kName).isEmpty() ? wo.key : value(kName);
        if (!wo.name.isEmpty()) {
            const QString why = DeepomaticName::validate(wo.name);
            if (!why.isEmpty())
                issues << issue(line, Kind::InvalidName,
                                PlanningFile::tr("Invalid name %1 (%2): %3")
                                    .arg(quoted(wo.name),
                                         value(kName).isEmpty()
                                             ? PlanningFile::tr("the reference is the name "
                                                                "when \"name\" is empty")
                                             : QString(kName),
                                         why),
                                value(kName).isEmpty() ? QString(kReference) : QString(kName));
        }
        const QString date = value(kPlannedDate);
        if (!date.isEmpty() && !validDate(date, &wo.plannedDate))
            issues << issue(line, Kind::BadDate,
                            PlanningFile::tr("Bad date %1 in \"planned_date\": expected an ISO "
                                             "8601 date yyyy-mm-dd, such as 2026-04-01.")
                                .arg(quoted(date)),
                            kPlannedDate);
        wo.address = value(kAddress);
        wo.technicianName = value(kTechnicianName);
        wo.technicianEmail = value(kTechnicianEmail);
        if (!wo.technicianEmail.isEmpty() && !validEmail(wo.technicianEmail))
            issues << issue(line, Kind::BadEmail,
                            PlanningFile::tr("Bad e-mail address %1 in \"technician_email\".")
                                .arg(quoted(wo.technicianEmail)),
                            kTechnicianEmail);
        for (const QString &type : std::as_const(row.types)) {
            if (!m_rules.knownTypes.isEmpty() && !m_rules.knownTypes.contains(type))
                issues << issue(line, Kind::UnknownType,
                                PlanningFile::tr("Unknown work order type %1; this site's types "
                                                 "are: %2.")
                                    .arg(quoted(type), m_knownTypes),
                                kTypes);
        }
        wo.types = row.types;
        wo.tags = row.tags;
        wo.metadata = row.metadata;
        wo.siteProfile = m_rules.siteProfile;
        wo.status = WorkOrderStatus::Planned;

        if (!wo.key.isEmpty()) {
            const auto first = m_firstLine.constFind(wo.key);
            if (first != m_firstLine.cend())
                issues << issue(line, Kind::DuplicateInFile,
                                PlanningFile::tr("Duplicate reference %1: already used on line %2.")
                                    .arg(quoted(wo.key))
                                    .arg(first.value()),
                                kReference);
            else
                m_firstLine.insert(wo.key, line);
            if (m_rules.existingKeys.contains(wo.key))
                issues << issue(line, Kind::DuplicateExisting,
                                PlanningFile::tr("Duplicate reference %1: a work order with this "
                                                 "reference already exists (it is never "
                                                 "overwritten).")
                                    .arg(quoted(wo.key)),
                                kReference);
        }

        if (issues.isEmpty()) {
            m_parsed.rows << PlanningFile::Row{line, wo};
        } else {
            ++m_parsed.badRowCount;
            m_parsed.rowErrors << issues;
        }
    }

private:
    const PlanningFile::Rules &m_rules;
    PlanningFile::Parsed &m_parsed;
    QString m_knownTypes;
    QHash<QString, int> m_firstLine;
};

void parseCsv(const QString &text, const PlanningFile::Rules &rules, PlanningFile::Parsed &parsed)
{
    CsvReader reader(text);
    CsvRecord header;
    while (!reader.atEnd()) {
        header = reader.next();
        if (!header.blank())
            break;
    }
    if (header.fields.isEmpty() || header.blank()) {
        parsed.fileErrors << issue(0, Kind::Empty, PlanningFile::tr("The file is empty."));
        return;
    }
    if (!header.problems.isEmpty()) {
        for (const Issue &p : std::as_const(header.problems))
            parsed.fileErrors << issue(
                p.line, Kind::MalformedCsv,
                PlanningFile::tr("The header row is malformed: %1").arg(p.message));
        return;
    }
    QStringList columns;
    const QStringList known = PlanningFile::fieldNames();
    const QString metaPrefix = PlanningFile::metadataColumnPrefix();
    for (const QString &raw : std::as_const(header.fields)) {
        const QString column = raw.trimmed().toLower();
        const QString where = PlanningFile::tr("column %1").arg(columns.size() + 1);
        if (column.isEmpty()) {
            parsed.fileErrors << issue(
                header.line, Kind::UnknownColumn,
                PlanningFile::tr("The header has an empty name (%1).").arg(where));
        } else if (columns.contains(column)) {
            parsed.fileErrors << issue(
                header.line, Kind::DuplicateColumn,
                PlanningFile::tr("The column \"%1\" appears twice (%2).").arg(column, where),
                column);
        } else if (column.startsWith(metaPrefix)
                       ? column.size() == metaPrefix.size()
                       : (!known.contains(column) || column == kMetadata)) {
            parsed.fileErrors << issue(
                header.line, Kind::UnknownColumn,
                PlanningFile::tr("Unknown column \"%1\" (%2); the columns are: %3, and "
                                 "meta.<key> for metadata.")
                    .arg(raw.trimmed(), where,
                         QStringList(known.mid(0, known.size() - 1)).join(QStringLiteral(", "))),
                raw.trimmed());
        }
        columns << column;
    }
    for (const QString &required : PlanningFile::requiredFieldNames()) {
        if (!columns.contains(required))
            parsed.fileErrors << issue(
                header.line, Kind::MissingColumn,
                PlanningFile::tr("The required column \"%1\" is missing.").arg(required), required);
    }
    if (!parsed.fileErrors.isEmpty())
        return;

    RowJudge judge(rules, parsed);
    while (!reader.atEnd()) {
        CsvRecord record = reader.next();
        if (record.blank())
            continue;
        if (parsed.rowCount >= PlanningFile::MaxRows) {
            parsed.fileErrors << issue(record.line, Kind::TooManyRows,
                                       PlanningFile::tr("The file has more than %1 rows; split it.")
                                           .arg(PlanningFile::MaxRows));
            return;
        }
        RawRow row;
        row.line = record.line;
        row.issues = record.problems;
        if (record.fields.size() != columns.size()) {
            row.issues << issue(record.line, Kind::WrongFieldCount,
                                PlanningFile::tr("The row has %1 fields; the header has %2.")
                                    .arg(record.fields.size())
                                    .arg(columns.size()));
        }
        row.broken = !row.issues.isEmpty();
        const qsizetype count = std::min(record.fields.size(), columns.size());
        for (qsizetype i = 0; i < count; ++i) {
            const QString &column = columns.at(i);
            const QString &value = record.fields.at(i);
            if (column == kTypes)
                row.types = splitList(value);
            else if (column == kTags)
                row.tags = splitList(value);
            else if (column.startsWith(metaPrefix)) {
                if (!value.isEmpty())
                    row.metadata.insert(column.mid(metaPrefix.size()), value);
            } else
                row.text.insert(column, value);
        }
        judge.judge(std::move(row));
    }
    if (parsed.rowCount == 0)
        parsed.fileErrors << issue(header.line, Kind::NoRows,
                                   PlanningFile::tr("The file has a header but no work orders."));
}

void parseJson(const QByteArray &bytes, const PlanningFile::Rules &rules,
               PlanningFile::Parsed &parsed)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        int line = 0;
        const QString where = lineColumn(bytes, error.offset, &line);
        parsed.fileErrors << issue(
            line, Kind::MalformedJson,
            PlanningFile::tr("The JSON is malformed at %1: %2.").arg(where, error.errorString()));
        return;
    }
    QJsonArray items;
    int depth = 1;
    const QString shape =
        PlanningFile::tr("A JSON planning is an array of work orders, or an object "
                         "{\"work_orders\": [...]}.");
    if (doc.isArray()) {
        items = doc.array();
    } else {
        const QJsonObject root = doc.object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() != kWorkOrders)
                parsed.fileErrors << issue(
                    1, Kind::WrongShape,
                    PlanningFile::tr("Unknown key \"%1\" at the top. %2").arg(it.key(), shape));
        }
        if (!root.value(kWorkOrders).isArray())
            parsed.fileErrors << issue(1, Kind::WrongShape, shape);
        if (!parsed.fileErrors.isEmpty())
            return;
        items = root.value(kWorkOrders).toArray();
        depth = 2;
    }
    if (items.isEmpty()) {
        parsed.fileErrors << issue(1, Kind::NoRows,
                                   PlanningFile::tr("The file has no work orders."));
        return;
    }
    if (items.size() > PlanningFile::MaxRows) {
        parsed.fileErrors << issue(
            1, Kind::TooManyRows,
            PlanningFile::tr("The file has more than %1 work orders; split it.")
                .arg(PlanningFile::MaxRows));
        return;
    }
    const QList<int> lines = elementLines(bytes, depth);
    RowJudge judge(rules, parsed);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int line = i < lines.size() ? lines.at(i) : 0;
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            ++parsed.rowCount;
            ++parsed.badRowCount;
            parsed.rowErrors << issue(line, Kind::NotAnObject,
                                      PlanningFile::tr("Work order %1 is %2, not an object.")
                                          .arg(i + 1)
                                          .arg(jsonTypeName(item)));
            continue;
        }
        judge.judge(rawFromJson(item.toObject(), line));
    }
}
} // namespace

PlanningFile::Parsed PlanningFile::parse(const QByteArray &input, Format format, const Rules &rules)
{
    Parsed parsed;
    if (input.size() > MaxBytes) {
        parsed.fileErrors << issue(0, Kind::TooLarge,
                                   tr("The file has %1 bytes; a planning file may have at most %2.")
                                       .arg(input.size())
                                       .arg(MaxBytes));
        return parsed;
    }
    // A UTF-8 byte order mark is allowed (spreadsheets write one) and is not part of the text.
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    if (bytes.trimmed().isEmpty()) {
        parsed.fileErrors << issue(0, Kind::Empty, tr("The file is empty."));
        return parsed;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the first line that does not decode, to say where.
        int line = 1;
        qsizetype start = 0;
        while (start <= bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded =
                lineDecoder.decode(QByteArrayView(bytes).sliced(start, end - start));
            if (lineDecoder.hasError())
                break;
            ++line;
            start = end + 1;
        }
        parsed.fileErrors << issue(line, Kind::NotUtf8,
                                   tr("The file is not UTF-8 text (first bad bytes on line %1); "
                                      "save it as UTF-8 (CSV UTF-8 in a spreadsheet).")
                                       .arg(line));
        return parsed;
    }
    if (format == Format::Csv)
        parseCsv(text, rules, parsed);
    else
        parseJson(bytes, rules, parsed);
    if (!parsed.fileErrors.isEmpty()) {
        parsed.rows.clear();
        parsed.rowErrors.clear();
    }
    return parsed;
}
