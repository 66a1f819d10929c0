#include "FeatureIndex.h"

#include "Text.h"

#include <QStringView>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// A feature whose box covers more cells than this is kept aside (the municipality, a
// long river) and tested by its box on every query.
constexpr qint64 kMaxCellsPerFeature = 64;

} // namespace

FeatureGrid::FeatureGrid(const QList<GeoFeature> &features)
{
    m_boxes.resize(size_t(features.size()));
    m_extent = {std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    qsizetype withGeometry = 0;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const auto b = features.at(i).bounds();
        if (!b)
            continue;
        Box &box = m_boxes[size_t(i)];
        box = {b->left(), b->top(), b->right(), b->bottom()};
        m_extent = {std::min(m_extent.minX, box.minX), std::min(m_extent.minY, box.minY),
                    std::max(m_extent.maxX, box.maxX), std::max(m_extent.maxY, box.maxY)};
        ++withGeometry;
    }
    if (withGeometry == 0)
        return;
    // About two features per cell, cells as square as the extent allows.
    const double width = std::max(m_extent.maxX - m_extent.minX, 1e-9);
    const double height = std::max(m_extent.maxY - m_extent.minY, 1e-9);
    const double cells = std::clamp(double(withGeometry) / 2.0, 1.0, 4.0e6);
    const double side = std::sqrt(width * height / cells);
    m_columns = std::clamp(int(std::ceil(width / side)), 1, 4096);
    m_rows = std::clamp(int(std::ceil(height / side)), 1, 4096);
    m_cellWidth = width / m_columns;
    m_cellHeight = height / m_rows;

    // Counting sort into cells: count, offsets, fill.
    std::vector<std::uint32_t> count(size_t(m_columns) * size_t(m_rows) + 1, 0);
    const auto forCells = [this](const Box &b, auto &&visit) {
        const int c0 = column(b.minX), c1 = column(b.maxX), r0 = row(b.minY), r1 = row(b.maxY);
        if (qint64(c1 - c0 + 1) * qint64(r1 - r0 + 1) > kMaxCellsPerFeature)
            return false;
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                visit(size_t(r) * size_t(m_columns) + size_t(c));
        return true;
    };
    for (size_t i = 0; i < m_boxes.size(); ++i) {
        const Box &b = m_boxes[i];
        if (b.maxX < b.minX)
            continue;
        if (!forCells(b, [&count](size_t cell) { ++count[cell + 1]; }))
            m_wide.push_back(std::uint32_t(i));
    }
    for (size_t i = 1; i < count.size(); ++i)
        count[i] += count[i - 1];
    m_cellStart = count;
    m_items.resize(count.back());
    for (size_t i = 0; i < m_boxes.size(); ++i) {
        const Box &b = m_boxes[i];
        if (b.maxX < b.minX || std::binary_search(m_wide.cbegin(), m_wide.cend(), std::uint32_t(i)))
            continue;
        forCells(b, [this, &count, i](size_t cell) { m_items[count[cell]++] = std::uint32_t(i); });
    }
}

int FeatureGrid::column(double x) const
{
    return std::clamp(int((x - m_extent.minX) / m_cellWidth), 0, m_columns - 1);
}

int FeatureGrid::row(double y) const
{
    return std::clamp(int((y - m_extent.minY) / m_cellHeight), 0, m_rows - 1);
}

std::vector<std::uint32_t> FeatureGrid::candidates(const QRectF &query) const
{
    std::vector<std::uint32_t> out;
    if (m_columns == 0)
        return out;
    const Box q{std::min(query.left(), query.right()), std::min(query.top(), query.bottom()),
                std::max(query.left(), query.right()), std::max(query.top(), query.bottom())};
    if (!q.meets(m_extent))
        return out;
    for (const std::uint32_t i : m_wide) {
        if (m_boxes[i].meets(q))
            out.push_back(i);
    }
    const int c0 = column(q.minX), c1 = column(q.maxX), r0 = row(q.minY), r1 = row(q.maxY);
    for (int r = r0; r <= r1; ++r) {
        const size_t first = size_t(r) * size_t(m_columns);
        for (std::uint32_t k = m_cellStart[first + size_t(c0)]; k < m_cellStart[first + size_t(c1) + 1]; ++k) {
            const std::uint32_t i = m_items[k];
            if (m_boxes[i].meets(q))
                out.push_back(i);
        }
    }
    // A feature over several cells was found once per cell.
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

LabelIndex::LabelIndex(const QStringList &labels)
{
    m_starts.reserve(size_t(labels.size()));
    qsizetype length = 0;
    for (const QString &l : labels)
        length += l.size() + 1;
    m_text.reserve(length);
    for (const QString &label : labels) {
        m_starts.push_back(std::uint32_t(m_text.size()));
        QString folded = Text::fold(label);
        // The separator never matches: a needle cannot run from one label into the next.
        folded.replace(u'\n', u' ');
        m_text += folded;
        m_text += u'\n';
    }
}

std::vector<LabelIndex::Hit> LabelIndex::find(const QString &needle, int limit, const std::atomic_bool *cancelled) const
{
    std::vector<Hit> starts, inside;
    if (needle.isEmpty() || needle.contains(u'\n') || limit <= 0)
        return {};
    const QStringView text(m_text);
    qsizetype from = 0;
    std::uint32_t lastFeature = std::numeric_limits<std::uint32_t>::max();
    int checked = 0;
    while (int(starts.size()) < limit) {
        const qsizetype at = text.indexOf(needle, from);
        if (at < 0)
            break;
        const auto next = std::upper_bound(m_starts.cbegin(), m_starts.cend(), std::uint32_t(at));
        const auto feature = std::uint32_t(next - m_starts.cbegin() - 1);
        const bool wordStart = at == qsizetype(m_starts[feature]) || text.at(at - 1) == u' ';
        if (feature != lastFeature || wordStart) {
            // One hit per feature; a word-start match wins over an earlier one inside a word.
            if (feature == lastFeature && !inside.empty() && inside.back().feature == feature)
                inside.pop_back();
            if (wordStart)
                starts.push_back({feature, true});
            else if (int(inside.size()) < limit)
                inside.push_back({feature, false});
            lastFeature = feature;
        }
        // A word-start hit ends this feature's search; otherwise look further in its label.
        from = wordStart ? (next == m_starts.cend() ? text.size() : qsizetype(*next)) : at + 1;
        if (cancelled && (++checked & 1023) == 0 && cancelled->load(std::memory_order_relaxed))
            break;
    }
    starts.insert(starts.end(), inside.cbegin(), inside.cend());
    return starts;
}

QStringView LabelIndex::folded(std::uint32_t feature) const
{
    if (feature >= m_starts.size())
        return {};
    const qsizetype start = m_starts[feature];
    // Each label is followed by its '\n'.
    const qsizetype end = feature + 1 < m_starts.size() ? qsizetype(m_starts[feature + 1]) - 1 : m_text.size() - 1;
    return QStringView(m_text).sliced(start, end - start);
}
