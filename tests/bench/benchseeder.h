#pragma once

#include <QString>

// Fills a fresh FieldConnect database with realistic work orders through the app's own
// WorkOrderStore, so the start-up figure reads a real file with the real schema.
class BenchSeeder
{
public:
    // Writes `count` work orders (and their "planned" events) into `databaseFile`. The values
    // vary like a real planning (statuses, progress, dates, technicians, addresses) and are the
    // same at every run (fixed random seed). False with *error set on failure.
    static bool seed(const QString &databaseFile, int count, QString *error);
};
