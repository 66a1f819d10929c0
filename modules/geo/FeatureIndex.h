#pragma once

#include "GeoFeature.h"

#include <QRectF>
#include <QString>
#include <QStringView>

#include <atomic>
#include <cstdint>
#include <vector>

/// A uniform grid over the bounding boxes of one layer's features, built once when the layer
/// loads (off the GUI thread) so that "what lies here" and "what lies in this box" look at
/// the few features of a handful of cells instead of every feature. Immutable once built:
/// any number of threads may query it at once.
class FeatureGrid
{
public:
    FeatureGrid() = default;
    explicit FeatureGrid(const QList<GeoFeature> &features);

    /// Indices (into the features it was built from) of those whose bounding box meets
    /// the box, each once, in ascending order. A zero-size box (a point) works.
    std::vector<std::uint32_t> candidates(const QRectF &box) const;
    qsizetype size() const { return qsizetype(m_boxes.size()); }

private:
    struct Box
    {
        double minX = 0, minY = 0, maxX = -1, maxY = -1; // maxX < minX: no geometry
        bool meets(const Box &o) const
        {
            return minX <= o.maxX && maxX >= o.minX && minY <= o.maxY && maxY >= o.minY;
        }
    };
    int column(double x) const;
    int row(double y) const;

    std::vector<Box> m_boxes;
    Box m_extent;
    int m_columns = 0;
    int m_rows = 0;
    double m_cellWidth = 1;
    double m_cellHeight = 1;
    std::vector<std::uint32_t> m_cellStart; // m_columns * m_rows + 1 offsets into m_items
    std::vector<std::uint32_t> m_items;
    std::vector<std::uint32_t> m_wide;      // features over too many cells: always candidates
};

/// The labels of one layer folded once (Text::fold) into one block of text, so that search
/// as you type is one linear scan of contiguous memory per keystroke, not a fold per feature.
class LabelIndex
{
public:
    LabelIndex() = default;
    /// labels[i] is the label of feature i ("" for none).
    explicit LabelIndex(const QStringList &labels);

    struct Hit
    {
        std::uint32_t feature = 0;
        bool wordStart = false; // the match starts the label or one of its words
    };
    /// Features whose folded label contains the folded needle, in feature order: at most
    /// `limit` that match at a word start and at most `limit` others. Stops early when
    /// `cancelled` turns true (then the list is incomplete).
    std::vector<Hit> find(const QString &foldedNeedle, int limit, const std::atomic_bool *cancelled = nullptr) const;
    /// Feature i's label as folded (without re-folding it).
    QStringView folded(std::uint32_t feature) const;

private:
    QString m_text;                      // folded labels, each followed by '\n'
    std::vector<std::uint32_t> m_starts; // where label i begins in m_text
};
