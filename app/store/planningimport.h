#pragma once

#include "planningfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class WorkOrderStore;

// Reads and judges a planning file against the store, then writes it in one transaction, in
// the mode the user chose: all or nothing for the file, or only the good rows. Existing
// references are duplicates, never overwritten.
class PlanningImport
{
    Q_DECLARE_TR_FUNCTIONS(PlanningImport)
public:
    enum class Mode { AllOrNothing, GoodRowsOnly };

    struct Summary {
        QStringList importedKeys; // in file order
        QList<PlanningFile::Issue> skipped; // what was not imported and why, by line
        QString error; // why nothing at all was imported; empty otherwise

        int imported() const { return int(importedKeys.size()); }
    };

    struct Judged {
        QString readError; // the file could not be read at all; empty otherwise
        PlanningFile::Parsed parsed;
    };

    // Reads `fileName` (its format from its extension, else from its first character) and
    // parses it with `rules`, every reference already in the database `databaseFile` counting
    // as taken. Opens its own connection: safe on a worker thread.
    static Judged judge(const QString &fileName, const QString &databaseFile,
                        PlanningFile::Rules rules);
    // `fileName` and `user` go into each work order's "planned" event.
    static Summary run(WorkOrderStore &store, const PlanningFile::Parsed &parsed, Mode mode,
                       const QString &fileName, const QString &user);
};
