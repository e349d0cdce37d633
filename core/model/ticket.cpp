#include "ticket.h"

namespace RouteDesk {

QString Ticket::text() const
{
    if (subject.isEmpty())
        return body;
    if (body.isEmpty())
        return subject;
    return subject + QLatin1Char('\n') + body;
}

QString Ticket::requesterText() const
{
    QString result = text();
    for (const Message &message : messages) {
        if (!message.fromRequester || message.body == body)
            continue;
        result += QLatin1Char('\n') + message.body;
    }
    return result;
}

QString Ticket::latestFollowUp() const
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const Message &message = messages.at(i);
        if (!message.fromRequester)
            continue;
        if (message.body == body || i == 0)
            return {}; // the first message: no follow-up
        return message.body;
    }
    return {};
}

} // namespace RouteDesk
