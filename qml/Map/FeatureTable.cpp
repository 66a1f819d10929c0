#include "FeatureTable.h"

#include "MapLayers.h"
#include "Text.h"

#include <QCollator>
#include <QSet>
#include <QGeoPath>
#include <QGeoPolygon>
#include <QGeoRectangle>

using namespace Qt::StringLiterals;

FeatureTable::FeatureTable(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FeatureTable::setMapLayers(MapLayers *layers)
{
    if (layers == m_layers)
        return;
    if (m_layers)
        disconnect(m_layers, nullptr, this, nullptr);
    m_layers = layers;
    if (m_layers) {
        connect(m_layers, &MapLayers::layersReloaded, this, &FeatureTable::rebuild);
        connect(m_layers, &MapLayers::selectionChanged, this, [this] {
            ++m_selectionRevision;
            emit selectionRevisionChanged();
            if (m_onlySelected)
                refilter();
        });
    }
    emit sourceChanged();
    rebuild();
}

void FeatureTable::setLayer(const QString &layer)
{
    if (layer == m_layer)
        return;
    m_layer = layer;
    emit sourceChanged();
    rebuild();
}

void FeatureTable::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    emit filterTextChanged();
    refilter();
}

void FeatureTable::setOnlySelected(bool only)
{
    if (only == m_onlySelected)
        return;
    m_onlySelected = only;
    emit filterTextChanged();
    refilter();
}

void FeatureTable::refilter()
{
    beginResetModel();
    applyFilterAndSort();
    endResetModel();
    emit rowsChanged();
}

qint64 FeatureTable::fidOfRow(int row) const
{
    const auto *f = features();
    return f && row >= 0 && row < m_rows.size() ? f->at(m_rows.at(row)).fid : -1;
}

bool FeatureTable::isRowSelected(int row) const
{
    return m_layers && m_layers->isSelected(m_layer, fidOfRow(row));
}

const QList<GeoFeature> *FeatureTable::features() const
{
    return m_layers ? m_layers->featuresOf(m_layer) : nullptr;
}

int FeatureTable::total() const
{
    const auto *f = features();
    return f ? int(f->size()) : 0;
}

void FeatureTable::rebuild()
{
    beginResetModel();
    m_columns.clear();
    if (const auto *f = features()) {
        // fid first, then the catalogue's fields in its order, then the other attributes as
        // they first appear; hidden and technical fields (OSM's "@id" …) are left out.
        m_columns.append(u"fid"_s);
        const CatalogueEntry *entry = m_layers->entryOf(m_layer);
        QSet<QString> present;
        for (const GeoFeature &feature : *f) {
            for (auto it = feature.attributes.cbegin(); it != feature.attributes.cend(); ++it)
                present.insert(it.key());
        }
        const auto hidden = [entry](const QString &name) {
            return entry ? entry->isHiddenField(name) : CatalogueEntry::isTechnicalField(name);
        };
        if (entry) {
            for (const FieldAlias &a : entry->fields) {
                if (present.contains(a.name) && !a.hidden && !m_columns.contains(a.name))
                    m_columns.append(a.name);
            }
        }
        for (const GeoFeature &feature : *f) {
            for (auto it = feature.attributes.cbegin(); it != feature.attributes.cend(); ++it) {
                if (!m_columns.contains(it.key()) && !hidden(it.key()))
                    m_columns.append(it.key());
            }
        }
    }
    m_sortColumn = -1;
    applyFilterAndSort();
    endResetModel();
    emit rowsChanged();
}

void FeatureTable::applyFilterAndSort()
{
    m_rows.clear();
    const auto *f = features();
    if (!f)
        return;
    const QString needle = Text::fold(m_filterText.trimmed());
    for (qsizetype i = 0; i < f->size(); ++i) {
        if (m_onlySelected && !m_layers->isSelected(m_layer, f->at(i).fid))
            continue;
        if (!needle.isEmpty()) {
            QStringList cells;
            for (const QVariant &v : f->at(i).attributes)
                cells.append(v.toString());
            if (!Text::fold(cells.join(u' ')).contains(needle))
                continue;
        }
        m_rows.append(int(i));
    }
    if (m_sortColumn < 0 || m_sortColumn >= m_columns.size())
        return;
    const QString key = m_columns.at(m_sortColumn);
    QCollator collator;
    collator.setNumericMode(true);
    const auto value = [&](int i) -> QVariant {
        return key == u"fid"_s ? QVariant(f->at(i).fid) : f->at(i).attributes.value(key);
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        const QVariant va = value(a), vb = value(b);
        const auto isNumber = [](const QVariant &v) {
            return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int;
        };
        // Numbers compare as numbers, text in Slovenian collation with digits as numbers.
        const int c = isNumber(va) && isNumber(vb)
                          ? (va.toDouble() < vb.toDouble() ? -1 : va.toDouble() > vb.toDouble() ? 1 : 0)
                          : collator.compare(va.toString(), vb.toString());
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
}

int FeatureTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeatureTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FeatureTable::data(const QModelIndex &index, int role) const
{
    const auto *f = features();
    if (!f || role != Qt::DisplayRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GeoFeature &feature = f->at(m_rows.at(index.row()));
    const QString &key = m_columns.at(index.column());
    return key == u"fid"_s ? QVariant(feature.fid) : QVariant(feature.attributes.value(key).toString());
}

QVariant FeatureTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString name = m_columns.value(section);
    if (name == u"fid"_s)
        return tr("ID");
    const CatalogueEntry *entry = m_layers ? m_layers->entryOf(m_layer) : nullptr;
    return entry ? entry->aliasOf(name, m_language) : name;
}

void FeatureTable::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

void FeatureTable::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    applyFilterAndSort();
    endResetModel();
}

void FeatureTable::sortBy(int column)
{
    sort(column, column == m_sortColumn && m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
}

int FeatureTable::rowOfFid(qint64 fid) const
{
    const auto *f = features();
    if (!f)
        return -1;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (f->at(m_rows.at(r)).fid == fid)
            return int(r);
    }
    return -1;
}

QVariantMap FeatureTable::feature(int row) const
{
    const auto *f = features();
    if (!f || row < 0 || row >= m_rows.size())
        return {};
    const GeoFeature &feature = f->at(m_rows.at(row));
    const auto box = feature.bounds();
    QVariantList polygons, lines, points;
    const auto path = [](const GeoRing &ring) {
        QList<QGeoCoordinate> out;
        for (const QPointF &p : ring)
            out.append(QGeoCoordinate(p.y(), p.x()));
        return out;
    };
    for (const GeoPolygon &p : feature.polygons)
        polygons.append(QVariant::fromValue(QGeoPolygon(path(p.value(0)))));
    for (const GeoRing &l : feature.lines)
        lines.append(QVariant::fromValue(QGeoPath(path(l))));
    for (const QPointF &p : feature.points)
        points.append(QVariant::fromValue(QGeoCoordinate(p.y(), p.x())));
    QVariantMap out{{u"fid"_s, feature.fid}, {u"layer"_s, m_layer}, {u"attributes"_s, feature.attributes},
                    {u"polygons"_s, polygons}, {u"lines"_s, lines}, {u"points"_s, points}};
    if (box) {
        out.insert(u"center"_s, QVariant::fromValue(QGeoCoordinate(box->center().y(), box->center().x())));
        out.insert(u"extent"_s, QVariant::fromValue(QGeoRectangle(QGeoCoordinate(box->bottom(), box->left()),
                                                                  QGeoCoordinate(box->top(), box->right()))));
        out.insert(u"isPoint"_s, box->width() == 0 && box->height() == 0);
    }
    return out;
}
