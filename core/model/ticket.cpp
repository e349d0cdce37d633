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

} // namespace RouteDesk
