#pragma once

#include <QPointF>
#include <QString>

#include <optional>
#include <span>

struct pj_ctx;
struct PJconsts;

/// A PROJ transformation between two CRSs, created once and reused for many points.
///
/// Axis order is always "GIS order" (longitude/easting first) whatever the CRS definition
/// says. PROJ picks the best operation available for the area of use. Each instance owns
/// its own PJ_CONTEXT, so one instance per thread is safe; an instance is not shared.
class CoordinateTransformer
{
public:
    CoordinateTransformer(const QString &sourceCrs, const QString &targetCrs);
    ~CoordinateTransformer();
    CoordinateTransformer(const CoordinateTransformer &) = delete;
    CoordinateTransformer &operator=(const CoordinateTransformer &) = delete;
    CoordinateTransformer(CoordinateTransformer &&other) noexcept;
    CoordinateTransformer &operator=(CoordinateTransformer &&other) noexcept;

    /// This thread's transformation between two CRSs (never null), created on first use and kept until
    /// the thread ends: PROJ's operation search costs milliseconds, a lookup here nothing.
    static const CoordinateTransformer *forThread(const QString &sourceCrs, const QString &targetCrs);

    bool isValid() const { return m_pj != nullptr; }
    QString errorString() const { return m_error; }
    /// PROJ's description of the chosen operation, e.g. "Inverse of Slovenia 1996 / Slovene National Grid …".
    QString operationName() const { return m_operationName; }

    /// Transforms one point; nullopt when PROJ cannot (outside the CRS's domain, NaN).
    std::optional<QPointF> transform(QPointF point) const;
    /// Transforms arrays in place; returns the number of points PROJ could not transform
    /// (those are set to infinity).
    qsizetype transform(std::span<double> xs, std::span<double> ys) const;

private:
    void reset();

    pj_ctx *m_ctx = nullptr;
    PJconsts *m_pj = nullptr;
    QString m_error;
    QString m_operationName;
};
