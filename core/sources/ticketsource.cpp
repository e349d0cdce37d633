#include "ticketsource.h"

#include "filesource.h"
#include "rtsource.h"
#include "zendesksource.h"

namespace RouteDesk {

TicketSource::~TicketSource() = default;

bool TicketSource::checkWriteback(QList<SourceWarning> *, QString *)
{
    return true;
}

std::unique_ptr<TicketSource> createTicketSource(const SourceConfig &config, QString *error, HttpClock *clock)
{
    if (config.type == SourceConfig::Type::File)
        return std::make_unique<FileSource>(config);
    QString secret;
    QString why;
    if (!config.secret.resolve(&secret, &why)) {
        if (error)
            *error
                = QStringLiteral("%1: no %2: %3")
                      .arg(config.sourceId(),
                           config.type == SourceConfig::Type::Zendesk || config.tokenAuth ? QStringLiteral("token")
                                                                                          : QStringLiteral("password"),
                           why);
        return nullptr;
    }
    if (config.type == SourceConfig::Type::RequestTracker)
        return std::make_unique<RtSource>(config, secret, clock);
    return std::make_unique<ZendeskSource>(config, secret, clock);
}

} // namespace RouteDesk
