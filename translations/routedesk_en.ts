<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Jobs</name>
    <message>
        <source>The demo queue %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the workspace and its model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the demo queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing tickets: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnJobs</name>
    <message>
        <source>Loading the workspace, its model and history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the candidate: step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the overrides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for phrases that mark the agents&apos; categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the active model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying tickets: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::BacktestView</name>
    <message>
        <source>Model to backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the stored tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backtest was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n stored ticket(s) through %1.</source>
        <translation>
            <numerusform>Replayed %n stored ticket through %1.</numerusform>
            <numerusform>Replayed %n stored tickets through %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>now right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accuracy against the final categories: %1 stored, %2 replayed (%n ticket(s) with a final category).</source>
        <translation>
            <numerusform>Accuracy against the final categories: %1 stored, %2 replayed (%n ticket with a final category).</numerusform>
            <numerusform>Accuracy against the final categories: %1 stored, %2 replayed (%n tickets with a final category).</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation rate: %1 stored, %2 replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) would be routed differently: %1 now right, %2 now wrong.</source>
        <translation>
            <numerusform>%n ticket would be routed differently: %1 now right, %2 now wrong.</numerusform>
            <numerusform>%n tickets would be routed differently: %1 now right, %2 now wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteDesk::ConfusionModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suggested %1, final %2: %n ticket(s)</source>
        <translation>
            <numerusform>Suggested %1, final %2: %n ticket</numerusform>
            <numerusform>Suggested %1, final %2: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::Engine</name>
    <message>
        <source>Flag %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wording as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence checks skipped: a rule set the category to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %1 for %2 is below the high-risk threshold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %1 for %2 is below the threshold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are within %5 of each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not multi-intent: %1 reads as a possible second intent, but the learned detector scores %2 (below %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also asks about %1 besides %2 (learned: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also asks about %1 besides %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible crisis: the ticket says &quot;%1&quot;; a person must answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot; (%2): negated by &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible security incident: the ticket mentions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal threat: the ticket mentions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abusive language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: the ticket says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer sounds distressed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds and chargebacks always get a person: the ticket mentions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible security incident (learned detector %1, threshold %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible legal threat (learned detector %1, threshold %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly abusive (learned detector %1, threshold %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds urgent (learned detector %1, threshold %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer may be distressed (learned detector %1, threshold %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for money back (learned detector %1, threshold %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May need an exception to the terms (learned detector %1, threshold %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned detector %1 agrees (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for an exception to the terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be compared with the %2 refund limit (no rate for %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 is above the %2 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 (about %2) is above the %3 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge (&quot;%1&quot;, %2) is %3 days old, beyond the %4-day refund window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tier &quot;%1&quot; is a VIP tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks unrelated to %1 (spam or meant for another company): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits no category well (best %1) and mentions %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks unrelated to %1 (learned detector %2, threshold %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits no category well: its best score %1 is below the scope threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits no category: the best probability %1 is below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope: refund and policy flags dropped (they concern %1&apos;s own charges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category: the ticket stays with a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specialist owns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed to %1 (owner of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would bounce back to %1, who already had it; stays with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already re-routed %1 time(s), the workspace allows %2; stays with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-routed from %1 to %2 (re-route %3 of at most %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model knows other categories than the workspace: %1 of its probability falls outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1 %2, driven by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: sets the category to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: flags %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: escalates to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After rules: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; announces another issue: parts of the text need %2 to count as a second intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the text reads as %1 (%2): &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1 (rule): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft: the ticket fits no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft: the ticket stays with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft: no specialist owns the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft cites %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reply templates in &quot;%2&quot;: drafted in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest message needs no answer: an acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fitting &quot;%1&quot; template: drafted in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out a step using &quot;%1&quot;: %2 may not use that tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out the &quot;%1&quot; step: the ticket gives no value for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specialist: no draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis language: the draft only says that a person will reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template draft promised &quot;%1&quot;: removed, a person writes the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM drafting failed (%1): this is the template draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LLM draft promised &quot;%1&quot;, which policy reserves for people: this is the template draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::EngineTexts</name>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::EscalateDialog</name>
    <message>
        <source>Escalate the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the person taking it should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::FlagsDelegate</name>
    <message>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RouteDesk help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is not sure of the category (below the workspace&apos;s threshold; the confidence bar is amber).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two best categories are close to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket asks about more than one thing, for different specialists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money back: a person reviews every refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for an exception to the terms, or beyond the refund limit or window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A possible breach, leaked key or account take-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions lawyers, courts or legal action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abusive or threatening language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer says it cannot wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer sounds distressed; crisis language always goes to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s tier is a VIP tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket has been passed back and forth; it stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits no category: spam or mail meant for another company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous ticket in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, Escape (in the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list, keeping the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the filter, the list and the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (on a confusion cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its tickets in the queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::LearningSections</name>
    <message>
        <source>Retrain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a candidate model from the agents&apos; decisions and compare it with the active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::MainWindow</name>
    <message>
        <source>RouteDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s queue and the selected ticket (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team lead&apos;s review of overrides and escalations (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggested category and specialist (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the category or specialist (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the ticket to the team lead or a queue (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back your last action; it stays in the history (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ticket (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ticket (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route new tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route every ticket that has no suggestion yet (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the queue or the review again from the store (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RouteDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the background work; what is done so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Routed %n ticket(s).</source>
        <translation>
            <numerusform>Routed %n ticket.</numerusform>
            <numerusform>Routed %n tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing new tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store did not record this, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: the ticket is back where it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RouteDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RouteDesk&lt;/b&gt; triages a support queue: it suggests a category and a specialist, drafts a reply and flags what needs a person. You decide; every decision is kept.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n escalated</numerusform>
            <numerusform>%n escalated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) pending</source>
        <translation>
            <numerusform>%n write-back pending</numerusform>
            <numerusform>%n write-backs pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync with the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull new and changed tickets from the helpdesk source and route them (Ctrl+Shift+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;write-backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the pending write-backs to the helpdesk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n ticket(s) pulled</source>
        <translation>
            <numerusform>Syncing: %n ticket pulled</numerusform>
            <numerusform>Syncing: %n tickets pulled</numerusform>
        </translation>
    </message>
    <message>
        <source>the helpdesk did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n ticket(s) pulled</source>
        <translation>
            <numerusform>Synced: %n ticket pulled</numerusform>
            <numerusform>Synced: %n tickets pulled</numerusform>
        </translation>
    </message>
    <message>
        <source>No helpdesk source is set: choose its document in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk source %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s model or rules could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets are now routed with the store&apos;s active model and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a flagged ticket?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is flagged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting routes it to the suggested specialist without a person looking at it. Escalate it instead, or accept it if you have checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening was cancelled. Reload (F5) opens the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write-backs could not be delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No write-backs were waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) delivered</source>
        <translation>
            <numerusform>%n write-back delivered</numerusform>
            <numerusform>%n write-backs delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n will be retried</numerusform>
            <numerusform>%n will be retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the helpdesk changed the ticket</source>
        <translation>
            <numerusform>%n conflict: the helpdesk changed the ticket</numerusform>
            <numerusform>%n conflicts: the helpdesk changed the tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) not delivered</source>
        <translation>
            <numerusform>%n write-back not delivered</numerusform>
            <numerusform>%n write-backs not delivered</numerusform>
        </translation>
    </message>
    <message>
        <source>The helpdesk lacks what some write-backs need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ticket is not in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::ModelVersionsPanel</name>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (was %2 on %n ticket(s))</source>
        <translation>
            <numerusform>%1 (was %2 on %n ticket)</numerusform>
            <numerusform>%1 (was %2 on %n tickets)</numerusform>
        </translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline uses model version %1 (activated by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version is active: the pipeline uses the workspace&apos;s bundled model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected version the model the pipeline uses (team leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the model that was active before the current one (team leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the team&apos;s new tickets with model version %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the model that was active before this one? New tickets are then routed with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::OverrideDialog</name>
    <message>
        <source>The suggested category is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another request in the ticket comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer context the suggestion cannot know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right category, other specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1 (%2 %). Pick what it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the agent saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what was suggested: pick another category or specialist, or accept the suggestion instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::QueueModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <comment>age of a ticket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>age of a ticket in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>age of a ticket in hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age of a ticket in days</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not routed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(out of scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>flag name: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <comment>final category (suggested category)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1, final: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::QueueView</name>
    <message numerus="yes">
        <source>%n shown</source>
        <comment>tickets</comment>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by subject, requester, id or category (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tickets in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tickets with this suggested category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tickets with this escalation flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole queue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear ticket selection filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any or no flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged (any flag)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::RateChart</name>
    <message>
        <source>Override rate over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides per settled ticket, by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settled tickets in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides per settled ticket, by day (pale bars: tickets settled, at most %1 a day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::RetrainDialog</name>
    <message>
        <source>Training a candidate from the history and the agents&apos; final categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate was trained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n ticket(s)</source>
        <translation>
            <numerusform>Trained on %n ticket</numerusform>
            <numerusform>Trained on %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 from the history, %2 accepted and %3 overridden in the store) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no held-out tickets to compare on: the store has too few tickets with a final category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retrained in the desktop app on %n ticket(s)</source>
        <translation>
            <numerusform>retrained in the desktop app on %n ticket</numerusform>
            <numerusform>retrained in the desktop app on %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as candidate model version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the candidate the model the team&apos;s pipeline uses (team leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw the candidate away; it stays listed with its metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out tickets whose routing would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out ticket(s) that the candidate never saw, accuracy goes from %1 (active model: %2) to %3.</source>
        <translation>
            <numerusform>On %n held-out ticket that the candidate never saw, accuracy goes from %1 (active model: %2) to %3.</numerusform>
            <numerusform>On %n held-out tickets that the candidate never saw, accuracy goes from %1 (active model: %2) to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) would be routed differently: %1 fixed, %2 broken.</source>
        <translation>
            <numerusform>%n ticket would be routed differently: %1 fixed, %2 broken.</numerusform>
            <numerusform>%n tickets would be routed differently: %1 fixed, %2 broken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n held-out ticket(s): these figures say little until the store has at least %1 settled tickets to hold out.</source>
        <translation>
            <numerusform>Only %n held-out ticket: these figures say little until the store has at least %1 settled tickets to hold out.</numerusform>
            <numerusform>Only %n held-out tickets: these figures say little until the store has at least %1 settled tickets to hold out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route the team&apos;s new tickets with candidate model version %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out ticket(s), accuracy goes from %1 to %2.</source>
        <translation>
            <numerusform>On %n held-out ticket, accuracy goes from %1 to %2.</numerusform>
            <numerusform>On %n held-out tickets, accuracy goes from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is too few tickets to tell whether it is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the candidate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::ReviewView</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n settled ticket(s)</source>
        <translation>
            <numerusform>%n settled ticket</numerusform>
            <numerusform>%n settled tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>suggestions right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n override</numerusform>
            <numerusform>%n overrides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suggested %1, final %2: %n ticket(s)</source>
        <translation>
            <numerusform>Suggested %1, final %2: %n ticket</numerusform>
            <numerusform>Suggested %1, final %2: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>This section has nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the figures again from the store (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the section shown as a CSV file (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix: suggested category by final category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: suggested category. Columns: final category after the agent. Press Enter or double-click a cell to open its tickets in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy and override rate per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override rate by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open: there is nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::RuleEditDialog</name>
    <message>
        <source>Type a word or phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the text has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boost the category by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the stored tickets: support %1, precision %2 (%3 of %4 tickets with the phrase were settled in %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It would change %n ticket(s), %1 of them for the better.</source>
        <translation>
            <numerusform>It would change %n ticket, %1 of them for the better.</numerusform>
            <numerusform>It would change %n tickets, %1 of them for the better.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteDesk::RuleSuggestionsPanel</name>
    <message>
        <source>Find phrases that mark the categories agents chose where the model was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the overrides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 right, %3 wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: tickets with &quot;%1&quot; now go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the rule to this store&apos;s rules (team leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never suggest this again (team leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept with your decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored tickets the selected rule would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) with a final category</source>
        <translation>
            <numerusform>%n ticket with a final category</numerusform>
            <numerusform>%n tickets with a final category</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule does not fit the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::SettingsDialog</name>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite store (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace file, or use the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the store URL: RouteDesk reads it from ~/.pgpass (or the file PGPASSFILE names) and never saves or shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:5432/database for a team store. Empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;demo workspace (with its own demo store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the model shipped with the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source document (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk so&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a source document for Sync and write-backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a helpdesk source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below this confidence a ticket is flagged for a person and its confidence bar in the queue is amber. 0: the threshold the model chose for its target accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafting endpoint must be an http or https URL, such as https://api.example/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the key out of the URL: RouteDesk reads it from ROUTEDESK_LLM_API_KEY or the keychain and never saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the endpoint and the model, or neither for template drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts come from this chat-completions endpoint; the API key from the environment (ROUTEDESK_LLM_API_KEY) or the keychain (secret-tool, service routedesk, key llm), never from the settings. Empty: template drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: https://api.example/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting m&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the model&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDesk::TicketPane</name>
    <message>
        <source>%1 (%2)</source>
        <comment>article title (id)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 accepted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 changed the category to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 escalated to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 undid an earlier action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a ticket in the queue (J and K move through it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>requester name &lt;address&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>message author, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(internal note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(out of scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no specialist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>category -&gt; specialist</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags: the ticket can be handled without a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule fired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>category probability</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next best: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cites no articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not routed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary intents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation and rules fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, not routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, suggested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <comment>how a ticket was settled: the agent&apos;s reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>ticket number, subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <comment>agent, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Customer (%n)</source>
        <comment>the requester&apos;s other tickets</comment>
        <translation>
            <numerusform>Customer (%n)</numerusform>
            <numerusform>Customer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Similar (%n)</source>
        <comment>similar settled tickets</comment>
        <translation>
            <numerusform>Similar (%n)</numerusform>
            <numerusform>Similar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the requester&apos;s other tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for similar settled tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer context could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket names no requester address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other tickets from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar ticket has been settled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s other tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar settled tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
