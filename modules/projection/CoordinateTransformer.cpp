#include "CoordinateTransformer.h"

#include <proj.h>

#include <QLoggingCategory>

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <memory>

Q_LOGGING_CATEGORY(lcProjection, "ptuj.projection", QtInfoMsg)

CoordinateTransformer::CoordinateTransformer(const QString &sourceCrs, const QString &targetCrs)
    : m_ctx(proj_context_create())
{
    PJ *raw = proj_create_crs_to_crs(m_ctx, sourceCrs.toUtf8().constData(), targetCrs.toUtf8().constData(), nullptr);
    if (!raw) {
        m_error = QCoreApplication::translate("CoordinateTransformer", "PROJ cannot transform %1 to %2: %3")
                      .arg(sourceCrs, targetCrs,
                           QString::fromUtf8(proj_context_errno_string(m_ctx, proj_context_errno(m_ctx))));
        qCDebug(lcProjection) << m_error;
        return;
    }
    // Normalise to longitude/easting first so callers never deal with EPSG axis order.
    m_pj = proj_normalize_for_visualization(m_ctx, raw);
    proj_destroy(raw);
    if (!m_pj) {
        m_error = QCoreApplication::translate("CoordinateTransformer", "PROJ cannot normalise the axis order of %1 → %2").arg(sourceCrs, targetCrs);
        qCDebug(lcProjection) << m_error;
        return;
    }
    const PJ_PROJ_INFO info = proj_pj_info(m_pj);
    m_operationName = QString::fromUtf8(info.description ? info.description : "");
}

const CoordinateTransformer *CoordinateTransformer::forThread(const QString &sourceCrs, const QString &targetCrs)
{
    // One PJ_CONTEXT per transformation and thread, as the class requires.
    thread_local QHash<QString, std::shared_ptr<CoordinateTransformer>> cache;
    const QString key = sourceCrs + u'\n' + targetCrs;
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, std::make_shared<CoordinateTransformer>(sourceCrs, targetCrs));
    return it.value().get();
}

CoordinateTransformer::~CoordinateTransformer()
{
    reset();
}

CoordinateTransformer::CoordinateTransformer(CoordinateTransformer &&other) noexcept
    : m_ctx(std::exchange(other.m_ctx, nullptr))
    , m_pj(std::exchange(other.m_pj, nullptr))
    , m_error(std::move(other.m_error))
    , m_operationName(std::move(other.m_operationName))
{
}

CoordinateTransformer &CoordinateTransformer::operator=(CoordinateTransformer &&other) noexcept
{
    if (this != &other) {
        reset();
        m_ctx = std::exchange(other.m_ctx, nullptr);
        m_pj = std::exchange(other.m_pj, nullptr);
        m_error = std::move(other.m_error);
        m_operationName = std::move(other.m_operationName);
    }
    return *this;
}

void CoordinateTransformer::reset()
{
    if (m_pj)
        proj_destroy(m_pj);
    if (m_ctx)
        proj_context_destroy(m_ctx);
    m_pj = nullptr;
    m_ctx = nullptr;
}

std::optional<QPointF> CoordinateTransformer::transform(QPointF point) const
{
    if (!m_pj || !std::isfinite(point.x()) || !std::isfinite(point.y()))
        return std::nullopt;
    const PJ_COORD out = proj_trans(m_pj, PJ_FWD, proj_coord(point.x(), point.y(), 0, 0));
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y))
        return std::nullopt;
    return QPointF(out.xy.x, out.xy.y);
}

qsizetype CoordinateTransformer::transform(std::span<double> xs, std::span<double> ys) const
{
    const auto n = std::min(xs.size(), ys.size());
    if (!m_pj)
        return qsizetype(n);
    proj_trans_generic(m_pj, PJ_FWD, xs.data(), sizeof(double), n, ys.data(), sizeof(double), n,
                       nullptr, 0, 0, nullptr, 0, 0);
    qsizetype failed = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i]))
            ++failed;
    }
    return failed;
}
