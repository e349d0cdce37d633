// routedesk-cli roles: the team store's two roles on PostgreSQL (agents and team leads), enforced by the database.

#include "cmd_learn.h"

#include "learn/teamroles.h"

using namespace RouteDesk;

namespace {

int rolesCommand(const QStringList &arguments)
{
    const QString name = QStringLiteral("roles");
    QCommandLineParser parser;
    LearnCli::addStoreOption(parser);
    parser.addOption({QStringLiteral("setup"),
                      QStringLiteral("Create the group roles and grant their privileges (run as the store's owner).")});
    parser.addOption({QStringLiteral("agent-role"), QStringLiteral("Agents' group role (default routedesk_agent)."),
                      QStringLiteral("ROLE"), QStringLiteral("routedesk_agent")});
    parser.addOption({QStringLiteral("lead-role"), QStringLiteral("Team leads' group role (default routedesk_lead)."),
                      QStringLiteral("ROLE"), QStringLiteral("routedesk_lead")});
    parser.addOption({QStringLiteral("add-user"), QStringLiteral("Create a login (or add an existing one) to a role."),
                      QStringLiteral("LOGIN")});
    parser.addOption(
        {QStringLiteral("kind"), QStringLiteral("With --add-user: agent or lead."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("password"),
                      QStringLiteral("With --add-user: the new login's password (else the server's authentication "
                                     "rules apply)."),
                      QStringLiteral("PASSWORD")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("With --setup: print the statements run.")});
    int code = Cli::Ok;
    if (!Cli::parse(parser, arguments, name, &code)
        || !Cli::requireOptions(parser, {QStringLiteral("store")}, name, &code))
        return code;
    if (parser.isSet(QStringLiteral("setup")) && parser.isSet(QStringLiteral("add-user")))
        return Cli::fail(name, QStringLiteral("give --setup or --add-user, not both"), Cli::UsageError);

    QString error;
    const std::unique_ptr<DecisionStore> store = LearnCli::openStore(parser, &error);
    if (!store)
        return Cli::fail(name, error, Cli::Failed);
    QTextStream &out = Cli::out();
    if (parser.isSet(QStringLiteral("setup"))) {
        TeamRoleNames names;
        names.agent = parser.value(QStringLiteral("agent-role"));
        names.lead = parser.value(QStringLiteral("lead-role"));
        QStringList log;
        if (!setupTeamRoles(*store, names, &log, &error))
            return Cli::fail(name, error, Cli::Failed);
        if (parser.isSet(QStringLiteral("verbose"))) {
            for (const QString &statement : std::as_const(log))
                out << statement << ";\n";
        }
        out << "team roles set up in " << store->location().display() << ": " << names.agent
            << " records decisions and actions; " << names.lead
            << " may also store, activate and roll back models and accept rules\n"
            << "add people with: routedesk-cli roles --store " << store->location().display()
            << " --add-user LOGIN --kind agent|lead [--password PASSWORD]" << Qt::endl;
        return Cli::Ok;
    }
    if (parser.isSet(QStringLiteral("add-user"))) {
        if (!Cli::requireOptions(parser, {QStringLiteral("kind")}, name, &code))
            return code;
        const QString login = parser.value(QStringLiteral("add-user"));
        const QString kind = parser.value(QStringLiteral("kind"));
        if (!addTeamMember(*store, login, kind, parser.value(QStringLiteral("password")), &error))
            return Cli::fail(name, error, Cli::Failed);
        out << login << " is now a" << (kind == QLatin1String("lead") ? " team lead" : "n agent") << " of "
            << store->location().display() << Qt::endl;
        return Cli::Ok;
    }
    TeamRoleInfo info;
    if (!currentTeamRole(*store, &info, &error))
        return Cli::fail(name, error, Cli::Failed);
    out << info.describe() << Qt::endl;
    return Cli::Ok;
}

const Cli::Registration registration(
    {QStringLiteral("roles"), QStringLiteral("Set up and show the team store's agent and lead roles (PostgreSQL)"),
     QStringLiteral("--store postgresql://ADMIN@HOST/DB --setup [--agent-role ROLE] [--lead-role ROLE] | "
                    "--add-user LOGIN --kind agent|lead [--password PASSWORD]"),
     rolesCommand});

} // namespace
