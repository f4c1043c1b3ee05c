#include "benchimport.h"

#include "benchfigure.h"
#include "benchreport.h"
#include "planningimport.h"
#include "workorderstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {
const char *const kTypes[] = {"installation", "maintenance", "raccordement", "releve-compteur"};
const char *const kTechnicians[][2] = {
    {"Camille Martin", "camille.martin@fieldconnect-demo.example"},
    {"Youssef Benali", "youssef.benali@fieldconnect-demo.example"},
    {"Léa Dubois", "lea.dubois@fieldconnect-demo.example"},
    {"Thomas Nguyen", "thomas.nguyen@fieldconnect-demo.example"},
    {"Inès Moreau", "ines.moreau@fieldconnect-demo.example"}};
const char *const kCities[] = {"Lyon", "Paris", "Bordeaux", "Lille", "Nantes", "Toulouse"};

PlanningFile::Rules sandboxRules()
{
    PlanningFile::Rules rules;
    for (const char *type : kTypes)
        rules.knownTypes << QString::fromLatin1(type);
    rules.siteProfile = QStringLiteral("sandbox");
    return rules;
}

// The baseline's parse: the CSV split into fields (quotes honoured), decoded, nothing checked. A
// floor that parsed nothing would not be doing the same job as the import.
qsizetype bareParse(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv.at(i + 1) == '"')
                field += csv.at(++i);
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\n') {
            fields << QString::fromUtf8(field);
            field.clear();
            rows << fields;
            fields.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    return rows.size();
}

// The baseline: the same rows straight into work_orders, one prepared statement, one transaction.
bool bareInsert(const QString &file, const QList<PlanningFile::Row> &rows, QString *error)
{
    const QString connection = QStringLiteral("bench-import-baseline");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
             && q.exec(QStringLiteral("PRAGMA synchronous=FULL")) && db.transaction()
             && q.prepare(QStringLiteral(
                 "INSERT INTO work_orders (key, name, site_profile, planned_date, address, "
                 "technician_name, technician_email, types, metadata, tags, status, updated) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (qsizetype i = 0; ok && i < rows.size(); ++i) {
            const WorkOrder &wo = rows.at(i).workOrder;
            q.addBindValue(wo.key);
            q.addBindValue(wo.name);
            q.addBindValue(wo.siteProfile);
            q.addBindValue(wo.plannedDate.toString(Qt::ISODate));
            q.addBindValue(wo.address);
            q.addBindValue(wo.technicianName);
            q.addBindValue(wo.technicianEmail);
            q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(wo.types))
                                                 .toJson(QJsonDocument::Compact)));
            q.addBindValue(
                QString::fromUtf8(QJsonDocument(wo.metadata).toJson(QJsonDocument::Compact)));
            q.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(wo.tags)).toJson(QJsonDocument::Compact)));
            q.addBindValue(QStringLiteral("planned"));
            q.addBindValue(now);
            ok = q.exec();
        }
        ok = ok && db.commit();
        if (!ok)
            *error = q.lastError().text() + db.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}
} // namespace

QByteArray BenchImport::planningCsv(int rows)
{
    QByteArray csv = "reference,planned_date,address,technician_name,technician_email,types,tags,"
                     "meta.customer_ref,meta.city\r\n";
    const QDate first(2026, 6, 1);
    for (int i = 0; i < rows; ++i) {
        const char *const *tech = kTechnicians[i % 5];
        const QByteArray city = kCities[i % 6];
        csv += "WO-BENCH-" + QByteArray::number(100000 + i) + ','
               + first.addDays(i / 40).toString(Qt::ISODate).toLatin1() + ",\""
               + QByteArray::number(i % 200 + 1) + " rue de la République, " + city + "\","
               + tech[0] + ',' + tech[1] + ',' + kTypes[i % 4]
               + (i % 7 == 0 ? ";releve-compteur" : "") + ',' + city.toLower() + ";bench,CUST-"
               + QByteArray::number(500000 + i) + ',' + city + "\r\n";
    }
    return csv;
}

void BenchImport::run(BenchReport *report)
{
    BenchFigure figure;
    figure.id = QStringLiteral("import");
    figure.label =
        QStringLiteral("Import a %1-row planning file (parse + store)").arg(m_options.rows);
    figure.target = BenchFigure::Target::Ratio;
    figure.targetValue = 3.0; // issue 15
    const QByteArray bytes = planningCsv(m_options.rows);
    const PlanningFile::Parsed parsedOnce =
        PlanningFile::parse(bytes, PlanningFile::Format::Csv, sandboxRules());
    if (!parsedOnce.ok() || parsedOnce.rows.size() != m_options.rows) {
        figure.error = QStringLiteral("the generated planning does not parse cleanly");
        report->add(figure);
        return;
    }
    for (int run = 0; run < m_options.repeat; ++run) {
        std::fprintf(stderr, "import: run %d of %d\n", run + 1, m_options.repeat);
        QTemporaryDir dir;
        // Both databases get their schema before the clock starts.
        const QString subjectFile = dir.filePath(QStringLiteral("subject.sqlite"));
        const QString baselineFile = dir.filePath(QStringLiteral("baseline.sqlite"));
        {
            WorkOrderStore schema;
            if (!schema.open(baselineFile)) {
                figure.error = schema.lastError();
                break;
            }
        }
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (bareParse(bytes) != m_options.rows + 1) { // with the header line
            figure.error = QStringLiteral("the baseline's parse found another row count");
            break;
        }
        if (!bareInsert(baselineFile, parsedOnce.rows, &error)) {
            figure.error = QStringLiteral("baseline insert failed: %1").arg(error);
            break;
        }
        figure.baseline.add(double(timer.nsecsElapsed()) / 1e6);

        WorkOrderStore store;
        if (!store.open(subjectFile)) {
            figure.error = store.lastError();
            break;
        }
        timer.restart();
        const PlanningFile::Parsed parsed =
            PlanningFile::parse(bytes, PlanningFile::Format::Csv, sandboxRules());
        const PlanningImport::Summary summary =
            PlanningImport::run(store, parsed, PlanningImport::Mode::AllOrNothing,
                                QStringLiteral("bench.csv"), QStringLiteral("bench"));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (summary.imported() != m_options.rows) {
            figure.error = QStringLiteral("imported %1 of %2: %3")
                               .arg(summary.imported())
                               .arg(m_options.rows)
                               .arg(summary.error);
            break;
        }
        figure.subject.add(ms);
    }
    figure.note = QStringLiteral("baseline: the file split into fields (quotes honoured, nothing "
                                 "checked), then the same rows, one prepared INSERT each in one "
                                 "transaction, no audit events");
    report->add(figure);
}
