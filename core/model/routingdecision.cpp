#include "routingdecision.h"

#include <algorithm>

namespace RouteDesk {

QStringList EscalationCode::all()
{
    return {QLatin1String(LowConfidence),
            QLatin1String(Ambiguous),
            QLatin1String(MultiIntent),
            QLatin1String(RefundReview),
            QLatin1String(PolicyException),
            QLatin1String(SecurityIncident),
            QLatin1String(LegalThreat),
            QLatin1String(Abuse),
            QLatin1String(Urgent),
            QLatin1String(EmotionalDistress),
            QLatin1String(Vip),
            QLatin1String(RoutingLoop),
            QLatin1String(OutOfScope)};
}

bool RoutingDecision::hasFlag(const QString &code) const
{
    return std::any_of(flags.cbegin(), flags.cend(), [&code](const EscalationFlag &flag) { return flag.code == code; });
}

} // namespace RouteDesk
