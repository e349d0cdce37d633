#pragma once

// Internal to core/learn: the logging category and how a refused privilege is told apart and worded.

#include <QLoggingCategory>
#include <QSqlError>
#include <QString>

namespace RouteDesk {

Q_DECLARE_LOGGING_CATEGORY(lcLearn)

// True when the database refused a privilege (PostgreSQL's insufficient_privilege, SQLSTATE 42501).
bool isPermissionDenied(const QSqlError &error);
// "only a team lead can <leadOperation>: the database refused (permission denied for table model_versions)"
QString refusalMessage(const QString &leadOperation, const QSqlError &error);

} // namespace RouteDesk
