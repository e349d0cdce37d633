<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Jobs</name>
    <message>
        <source>The demo queue %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the workspace and its model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing the demo queue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing tickets: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo has neither a model nor a history to train one from</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::ConfusionModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Suggested %1, final %2: %n ticket(s)</source>
        <translation><numerusform>Suggested %1, final %2: %n ticket</numerusform><numerusform>Suggested %1, final %2: %n tickets</numerusform></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::EscalateDialog</name>
    <message>
        <source>Escalate the ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: what the person taking it should know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team lead (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalation reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalate to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalation details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::MainWindow</name>
    <message>
        <source>RouteDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agent's queue and the selected ticket (Ctrl+1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team lead's review of overrides and escalations (Ctrl+2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept the suggested category and specialist (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the category or specialist (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand the ticket to the team lead or a queue (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take back your last action; it stays in the history (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next ticket (J)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous ticket (K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Route new tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Route every ticket that has no suggestion yet (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the queue or the review again from the store (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About RouteDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the background work; what is done so far is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress of background work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Routed %n ticket(s).</source>
        <translation><numerusform>Routed %n ticket.</numerusform><numerusform>Routed %n tickets.</numerusform></translation>
    </message>
    <message>
        <source>Reading the queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing new tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ticket could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store did not record this, nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no store is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone: the ticket is back where it was</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About RouteDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RouteDesk&lt;/b&gt; triages a support queue: it suggests a category and a specialist, drafts a reply and flags what needs a person. You decide; every decision is kept.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation><numerusform>%n ticket</numerusform><numerusform>%n tickets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation><numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation><numerusform>%n escalated</numerusform><numerusform>%n escalated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) pending</source>
        <translation><numerusform>%n write-back pending</numerusform><numerusform>%n write-backs pending</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message>
        <source>S&amp;ync with the helpdesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull new and changed tickets from the helpdesk source and route them (Ctrl+Shift+Y)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send &amp;write-backs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliver the pending write-backs to the helpdesk now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Syncing: %n ticket(s) pulled</source>
        <translation><numerusform>Syncing: %n ticket pulled</numerusform><numerusform>Syncing: %n tickets pulled</numerusform></translation>
    </message>
    <message>
        <source>the helpdesk did not answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Synced: %n ticket(s) pulled</source>
        <translation><numerusform>Synced: %n ticket pulled</numerusform><numerusform>Synced: %n tickets pulled</numerusform></translation>
    </message>
    <message>
        <source>Write-backs sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No helpdesk source is set: choose its document in the settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The helpdesk source %1 cannot be used: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing with the helpdesk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::OverrideDialog</name>
    <message>
        <source>The suggested category is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another request in the ticket comes first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer context the suggestion cannot know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right category, other specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override the suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested: %1 (%2 %). Pick what it should be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out of scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Specialist:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: what the agent saw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is what was suggested: pick another category or specialist, or accept the suggestion instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::QueueModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <comment>age of a ticket</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>age of a ticket in minutes</comment>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>age of a ticket in hours</comment>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age of a ticket in days</comment>
        <translation><numerusform>%n d</numerusform><numerusform>%n d</numerusform></translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ambiguous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several intents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy exception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emotional distress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing loop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not routed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(out of scope)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final category: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::QueueView</name>
    <message numerus="yes">
        <source>%n shown</source>
        <comment>tickets</comment>
        <translation><numerusform>%n shown</numerusform><numerusform>%n shown</numerusform></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by subject, requester, id or category (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show tickets in this state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show tickets with this suggested category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show tickets with this escalation flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole queue again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear ticket selection filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any or no flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flagged (any flag)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::RateChart</name>
    <message>
        <source>Override rate over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overrides per settled ticket, by day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No settled tickets in this period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overrides per settled ticket, by day (pale bars: tickets settled, at most %1 a day)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::ReviewView</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n settled ticket(s)</source>
        <translation><numerusform>%n settled ticket</numerusform><numerusform>%n settled tickets</numerusform></translation>
    </message>
    <message>
        <source>suggestions right: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation><numerusform>%n override</numerusform><numerusform>%n overrides</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation><numerusform>%n escalation</numerusform><numerusform>%n escalations</numerusform></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Suggested %1, final %2: %n ticket(s)</source>
        <translation><numerusform>Suggested %1, final %2: %n ticket</numerusform><numerusform>Suggested %1, final %2: %n tickets</numerusform></translation>
    </message>
    <message>
        <source>This section has nothing to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the figures again from the store (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the section shown as a CSV file (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confusion matrix: suggested category by final category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows: suggested category. Columns: final category after the agent. Press Enter or double-click a cell to open its tickets in the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accuracy and override rate per category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override rate by day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::SettingsDialog</name>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite store (*.sqlite *.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a workspace file, or use the demo workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is not usable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:5432/database for a team store. Empty: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the &amp;demo workspace (with its own demo store)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Model file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty: the model shipped with the demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Highlight confidence below:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue draws confidence bars below this in amber.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confidence threshold:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the model's own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below this confidence a ticket is flagged for a person. 0: the threshold the model chose for its target accuracy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse for a workspace file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse for a model file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse for a store file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Helpdesk source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source document (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Helpdesk so&amp;urce:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: a source document for Sync and write-backs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse for a helpdesk source document</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RouteDesk::TicketPane</name>
    <message>
        <source>%1 (%2)</source>
        <comment>article title (id)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 accepted %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 changed the category to %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 escalated to %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 undid an earlier action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ticket selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a ticket in the queue (J and K move through it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>requester name &lt;address&gt;</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <comment>message author, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(internal note)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(out of scope)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence %1 percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no specialist)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>category -&gt; specialist</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No flags: the ticket can be handled without a person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule fired: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>category probability</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next best: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cites no articles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cites: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not routed yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No action yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Specialist path:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secondary intents:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalation flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explanation and rules fired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticket subject</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>