#pragma once

// The decision store's schema history. Each entry moves a store from version-1 to version, inside the
// transaction DecisionStore::open() runs; a store records the versions it went through in schema_migrations.
//
// Adding a schema change (issue 6 will add model versions, rule suggestions and PostgreSQL roles) is one new
// entry at the end of migrations() with the next version number: its SQLite statements, its PostgreSQL
// statements (either list may be empty when a change only concerns one backend, such as GRANTs) and, for data
// that SQL alone cannot move, a hook. Never edit an entry that has shipped: stores in the field went through it.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace RouteDesk::StoreSchema {

enum class Backend { Sqlite, Postgres };

struct Migration
{
    int version = 0;
    QString description;
    QStringList sqlite; // executed in order, each one statement
    QStringList postgres;
    // Optional: runs after the statements, in the same transaction. false with *error rolls everything back.
    std::function<bool(QSqlDatabase &db, Backend backend, QString *error)> hook;
};

// Every migration, ordered by version (1, 2, 3, ...).
const QList<Migration> &migrations();
// The version of the last entry: the schema this build writes.
int latestVersion();

} // namespace RouteDesk::StoreSchema
