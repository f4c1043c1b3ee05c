#pragma once

#include "workorder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// A dispatcher's planning file (CSV or JSON, schema in the README "Planning files"), judged
// row by row. Pure: it takes the file's bytes and what the site knows, and returns the good
// rows as planned work orders and every problem with its line and the reason in words. The
// caller reads the file and decides what to import.
class PlanningFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanningFile)
public:
    enum class Format { Csv, Json };

    // Beyond these the file is refused as a whole: a planning is hundreds of rows, not millions.
    static constexpr qsizetype MaxBytes = 64 * 1024 * 1024;
    static constexpr int MaxRows = 100000;
    static constexpr int MaxFieldLength = 4096;

    struct Issue {
        enum class Kind {
            // The file as a whole: nothing in it can be imported.
            Empty,
            TooLarge,
            NotUtf8,
            MalformedCsv,
            MalformedJson,
            WrongShape,
            UnknownColumn,
            DuplicateColumn,
            MissingColumn,
            NoRows,
            TooManyRows,
            // One row: that row is skipped.
            WrongFieldCount,
            UnclosedQuote,
            StrayQuote,
            NotAnObject,
            UnknownField,
            WrongValueType,
            FieldTooLong,
            MissingField,
            InvalidName,
            BadDate,
            UnknownType,
            BadEmail,
            DuplicateInFile,
            DuplicateExisting,
        };
        int line = 0; // 1-based; 0 when the problem has no line (e.g. an empty file)
        Kind kind = Kind::Empty;
        QString message; // the reason, in words, naming the field and the value
        // The field or column the problem is about ("planned_date", "meta.zone"); empty when
        // it is about the row or the file as a whole.
        QString field;

        bool isFileLevel() const { return kind <= Kind::TooManyRows; }
        // A stable, untranslated name for the kind ("bad_date"), for scripts.
        static QString kindKey(Kind kind);
        // "line 12: …" or the message alone.
        QString toString() const;
    };

    struct Row {
        int line = 0; // CSV: the physical line where the record starts; JSON: the object's line
        WorkOrder workOrder;
    };

    // What the site knows, to judge the rows against.
    struct Rules {
        // The site's work order types; empty means the site does not say, and any type name
        // is taken as written.
        QSet<QString> knownTypes;
        // References of the work orders already in the store: never overwritten.
        QSet<QString> existingKeys;
        QString siteProfile;
    };

    struct Parsed {
        QList<Row> rows; // the good rows, in file order
        QList<Issue> fileErrors; // when any, `rows` is empty
        QList<Issue> rowErrors; // in line order; a row with errors is not in `rows`
        int rowCount = 0; // rows read (good and bad)
        int badRowCount = 0;

        bool ok() const { return fileErrors.isEmpty() && rowErrors.isEmpty(); }
        bool isReadable() const { return fileErrors.isEmpty(); }
        QList<Issue> allIssues() const { return fileErrors + rowErrors; }
    };

    static Parsed parse(const QByteArray &bytes, Format format, const Rules &rules);
    // From the file name's suffix (.csv, .json), case-insensitive.
    static std::optional<Format> formatFor(const QString &fileName);

    // The CSV header names (and the JSON object keys) this schema knows, required first.
    static QStringList fieldNames();
    static QStringList requiredFieldNames();
    static QString metadataColumnPrefix() { return QStringLiteral("meta."); }
};
