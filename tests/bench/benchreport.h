#pragma once

#include "benchfigure.h"
#include "benchoptions.h"

#include <QList>
#include <QStringList>

#include <cstdio>

// Collects the figures of a run and prints them: a table for people, JSON for machines.
class BenchReport
{
public:
    explicit BenchReport(const BenchOptions &options)
        : m_options(options)
    { }

    void add(const BenchFigure &figure) { m_figures << figure; }
    // A sentence about how something was measured, printed under the table.
    void addNote(const QString &note) { m_notes << note; }
    const QList<BenchFigure> &figures() const { return m_figures; }
    bool hasErrors() const;

    void printTable(FILE *out) const;
    bool writeJson(const QString &file, QString *error) const;

private:
    BenchOptions m_options;
    QList<BenchFigure> m_figures;
    QStringList m_notes;
};
