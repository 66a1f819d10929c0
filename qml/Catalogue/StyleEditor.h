#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

/// The style editor's state for one layer: its style as the editor changes it (Symbology
/// JSON as a map, which the dialog shows), the layer's fields, and the reads and the write
/// that go to the store on a worker. `classify` makes one class per value (categorised,
/// the most frequent first) or equal intervals between the minimum and the maximum
/// (graduated), with symbols from the layer's domain colour family; `save` checks the
/// style as any style from outside is checked and writes it (ours and QGIS's), then emits
/// `saved` so the map redraws the layer.
class StyleEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(QString layer READ layer NOTIFY loaded)
    Q_PROPERTY(QString kind READ kind NOTIFY loaded)
    Q_PROPERTY(QStringList fields READ fields NOTIFY loaded)
    Q_PROPERTY(QVariantMap style READ style NOTIFY styleChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY styleChanged)
    Q_PROPERTY(QStringList shapes READ shapes CONSTANT)
    Q_PROPERTY(QStringList dashes READ dashes CONSTANT)
    Q_PROPERTY(QStringList fills READ fills CONSTANT)
    Q_PROPERTY(QVariantList palette READ palette NOTIFY loaded)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit StyleEditor(QObject *parent = nullptr);
    ~StyleEditor() override;

    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    QString layer() const { return m_layer; }
    QString kind() const { return m_kind; }
    QStringList fields() const { return m_fields; }
    QVariantMap style() const { return m_style; }
    bool modified() const { return m_style != m_loadedStyle; }
    QStringList shapes() const;
    QStringList dashes() const;
    QStringList fills() const;
    /// Colours to pick from: the layer's domain family, then distinct colours of other hues.
    QVariantList palette() const { return m_palette; }

    /// Reads the layer's style, kind and fields.
    Q_INVOKABLE void open(const QString &storePath, const QString &layer);
    /// "single", "categorised" or "graduated"; a classified type keeps the classes until
    /// classify() makes new ones.
    Q_INVOKABLE void setType(const QString &type);
    /// New classes by a field: `count` classes for graduated (2…12), every value (at most 64,
    /// the most frequent) for categorised.
    Q_INVOKABLE void classify(const QString &field, int count = 5);
    /// Changes one key of a symbol (color, stroke, shape, dash, fill, size, width,
    /// fill_opacity) of class `index`, or of the base symbol for -1.
    Q_INVOKABLE void setSymbolValue(int index, const QString &key, const QVariant &value);
    /// A class's label in a language ("sl" or "en"), or the "other values" label for -1.
    Q_INVOKABLE void setLabel(int index, const QString &language, const QString &text);
    /// Checks and writes the style; `saved` when it is in the store.
    Q_INVOKABLE void save(const QString &author);
    /// Back to the style as it was read.
    Q_INVOKABLE void revert();

signals:
    void statusChanged();
    void loaded();
    void styleChanged();
    void saved(const QString &layer);

private:
    struct Result
    {
        enum Action { Open, Classify, Save } action = Open;
        QString error;
        QString layer, kind, domain;
        QStringList fields;
        QVariantMap style;
    };
    void run(std::function<Result()> work);
    void finish(const Result &r);
    void setStatus(Status status, const QString &error = {});

    QFutureWatcher<Result> m_watcher;
    Status m_status = Null;
    QString m_error;
    QString m_storePath, m_layer, m_kind, m_domain;
    QStringList m_fields;
    QVariantMap m_style, m_loadedStyle;
    QVariantList m_palette;
};
