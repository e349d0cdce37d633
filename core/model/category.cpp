#include "category.h"

#include <QStringList>

#include <algorithm>

namespace RouteDesk {

Taxonomy::Taxonomy(QList<Category> categories)
    : m_categories(std::move(categories))
{ }

QStringList Taxonomy::ids() const
{
    QStringList result;
    result.reserve(m_categories.size());
    for (const Category &category : m_categories)
        result.append(category.id);
    return result;
}

bool Taxonomy::contains(const QString &id) const
{
    return find(id).has_value();
}

std::optional<Category> Taxonomy::find(const QString &id) const
{
    const auto it = std::find_if(m_categories.cbegin(), m_categories.cend(),
                                 [&id](const Category &category) { return category.id == id; });
    if (it == m_categories.cend())
        return std::nullopt;
    return *it;
}

QString Taxonomy::displayName(const QString &id) const
{
    const auto category = find(id);
    return category ? category->name : id;
}

QString Taxonomy::displayName(const QString &id, const QString &language) const
{
    const auto category = find(id);
    return category ? category->names.value(language, category->name) : id;
}

} // namespace RouteDesk
