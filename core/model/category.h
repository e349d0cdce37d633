#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace RouteDesk {

// One category of the workspace's taxonomy and the specialist that owns it.
struct Category
{
    QString id; // stable machine id: "billing"
    QString name; // shown to people: "Billing"
    QString description; // what belongs here and what does not
    QString specialist; // id of the specialist path that owns tickets of this category
    QMap<QString, QString> names; // language -> the name in that language ("de" -> "Abrechnung"); else `name`

    friend bool operator==(const Category &, const Category &) = default;
};

// The ordered list of categories a workspace defines.
class Taxonomy
{
public:
    Taxonomy() = default;
    explicit Taxonomy(QList<Category> categories);

    const QList<Category> &categories() const { return m_categories; }
    QStringList ids() const;
    bool contains(const QString &id) const;
    // The category with this id, or nullopt.
    std::optional<Category> find(const QString &id) const;
    // Its display name, or the id itself when unknown.
    QString displayName(const QString &id) const;
    // Its name in `language` (a code such as "de"), else its display name.
    QString displayName(const QString &id, const QString &language) const;
    bool isEmpty() const { return m_categories.isEmpty(); }

    friend bool operator==(const Taxonomy &, const Taxonomy &) = default;

private:
    QList<Category> m_categories;
};

} // namespace RouteDesk
