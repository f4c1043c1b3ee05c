#pragma once

#include <QList>

// The timings of one side of a figure, in milliseconds. Median and minimum rather than a mean:
// a stray slow run (page cache, scheduler) must not move the figure.
class BenchSamples
{
public:
    void add(double milliseconds) { m_values << milliseconds; }
    bool isEmpty() const { return m_values.isEmpty(); }
    int count() const { return int(m_values.size()); }
    const QList<double> &values() const { return m_values; }
    double median() const;
    double min() const;

private:
    QList<double> m_values;
};
