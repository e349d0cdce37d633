<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Jobs</name>
    <message>
        <source>The demo queue %1 cannot be read: %2</source>
        <translation>Die Demo-Warteschlange %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Loading the workspace and its model…</source>
        <translation>Arbeitsbereich und Modell werden geladen…</translation>
    </message>
    <message>
        <source>Importing the demo queue…</source>
        <translation>Demo-Warteschlange wird importiert…</translation>
    </message>
    <message>
        <source>Routing tickets: %1 of %2</source>
        <translation>Tickets werden zugeordnet: %1 von %2</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Warteschlange wird gelesen…</translation>
    </message>
    <message>
        <source>ticket %1 is not in the store</source>
        <translation>Ticket %1 ist nicht im Speicher</translation>
    </message>
</context>
<context>
    <name>LearnJobs</name>
    <message>
        <source>Loading the workspace, its model and history…</source>
        <translation>Arbeitsbereich, Modell und Verlauf werden geladen…</translation>
    </message>
    <message>
        <source>Training the candidate…</source>
        <translation>Kandidat wird trainiert…</translation>
    </message>
    <message>
        <source>Training the candidate: step %1 of %2</source>
        <translation>Kandidat wird trainiert: Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Reading the overrides…</source>
        <translation>Korrekturen werden gelesen…</translation>
    </message>
    <message>
        <source>Looking for phrases that mark the agents&apos; categories…</source>
        <translation>Suche nach Ausdrücken, die die Kategorien der Agents kennzeichnen…</translation>
    </message>
    <message>
        <source>Loading the candidate…</source>
        <translation>Kandidat wird geladen…</translation>
    </message>
    <message>
        <source>model version %1</source>
        <translation>Modellversion %1</translation>
    </message>
    <message>
        <source>the active model (%1)</source>
        <translation>dem aktiven Modell (%1)</translation>
    </message>
    <message>
        <source>Replaying tickets: %1 of %2</source>
        <translation>Tickets werden neu zugeordnet: %1 von %2</translation>
    </message>
</context>
<context>
    <name>RouteDesk::BacktestView</name>
    <message>
        <source>Model to backtest</source>
        <translation>Modell für den Backtest</translation>
    </message>
    <message>
        <source>Models (*.json)</source>
        <translation>Modelle (*.json)</translation>
    </message>
    <message>
        <source>The active model</source>
        <translation>Das aktive Modell</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Model version %1 (%2)</source>
        <translation>Modellversion %1 (%2)</translation>
    </message>
    <message>
        <source>Replaying the stored tickets…</source>
        <translation>Gespeicherte Tickets werden neu zugeordnet…</translation>
    </message>
    <message>
        <source>The backtest was cancelled.</source>
        <translation>Der Backtest wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation>Der Backtest ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n stored ticket(s) through %1.</source>
        <translation>
            <numerusform>%n gespeichertes Ticket mit %1 neu zugeordnet.</numerusform>
            <numerusform>%n gespeicherte Tickets mit %1 neu zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>now right</source>
        <translation>jetzt richtig</translation>
    </message>
    <message>
        <source>now wrong</source>
        <translation>jetzt falsch</translation>
    </message>
    <message>
        <source>wrong before and after</source>
        <translation>vorher und nachher falsch</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Kandidat:</translation>
    </message>
    <message>
        <source>&amp;Run backtest</source>
        <translation>Backtest &amp;ausführen</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>Modelldatei…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation>Eskalationsgrund</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Neu zugeordnet</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Endgültige Kategorie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy against the final categories: %1 stored, %2 replayed (%n ticket(s) with a final category).</source>
        <translation>
            <numerusform>Genauigkeit gegenüber den endgültigen Kategorien: %1 gespeichert, %2 nachgespielt (%n Ticket mit endgültiger Kategorie).</numerusform>
            <numerusform>Genauigkeit gegenüber den endgültigen Kategorien: %1 gespeichert, %2 nachgespielt (%n Tickets mit endgültiger Kategorie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation rate: %1 stored, %2 replayed.</source>
        <translation>Eskalationsrate: %1 gespeichert, %2 nachgespielt.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) would be routed differently: %1 now right, %2 now wrong.</source>
        <translation>
            <numerusform>%n Ticket würde anders zugeordnet: %1 jetzt richtig, %2 jetzt falsch.</numerusform>
            <numerusform>%n Tickets würden anders zugeordnet: %1 jetzt richtig, %2 jetzt falsch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteDesk::ConfusionModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %1, final %2: %n ticket(s)</source>
        <translation>
            <numerusform>Vorgeschlagen %1, endgültig %2: %n Ticket</numerusform>
            <numerusform>Vorgeschlagen %1, endgültig %2: %n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>Final: %1</source>
        <translation>Endgültig: %1</translation>
    </message>
</context>
<context>
    <name>RouteDesk::Engine</name>
    <message>
        <source>Flag %1: %2</source>
        <translation>Markierung %1: %2</translation>
    </message>
    <message>
        <source>the wording as a whole</source>
        <translation>die Formulierung insgesamt</translation>
    </message>
    <message>
        <source>Confidence checks skipped: a rule set the category to %1</source>
        <translation>Sicherheitsprüfung übersprungen: eine Regel setzt die Kategorie auf %1</translation>
    </message>
    <message>
        <source>Confidence %1 for %2 is below the high-risk threshold %3</source>
        <translation>Sicherheit %1 für %2 liegt unter der Hochrisiko-Schwelle %3</translation>
    </message>
    <message>
        <source>Confidence %1 for %2 is below the threshold %3</source>
        <translation>Sicherheit %1 für %2 liegt unter der Schwelle %3</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are within %5 of each other</source>
        <translation>%1 (%2) und %3 (%4) liegen weniger als %5 auseinander</translation>
    </message>
    <message>
        <source>Not multi-intent: %1 reads as a possible second intent, but the learned detector scores %2 (below %3)</source>
        <translation>Kein Mehrfachanliegen: %1 wirkt wie ein mögliches zweites Anliegen, aber der gelernte Detektor ergibt %2 (unter %3)</translation>
    </message>
    <message>
        <source>Also asks about %1 besides %2 (learned: %3)</source>
        <translation>Fragt neben %2 auch nach %1 (gelernt: %3)</translation>
    </message>
    <message>
        <source>Also asks about %1 besides %2</source>
        <translation>Fragt neben %2 auch nach %1</translation>
    </message>
    <message>
        <source>Possible crisis: the ticket says &quot;%1&quot;; a person must answer it</source>
        <translation>Mögliche Krise: das Ticket sagt „%1“; ein Mensch muss antworten</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot; (%2): negated by &quot;%3&quot;</source>
        <translation>„%1“ (%2) übergangen: verneint durch „%3“</translation>
    </message>
    <message>
        <source>Possible security incident: the ticket mentions %1</source>
        <translation>Möglicher Sicherheitsvorfall: das Ticket erwähnt %1</translation>
    </message>
    <message>
        <source>Legal threat: the ticket mentions %1</source>
        <translation>Rechtliche Drohung: das Ticket erwähnt %1</translation>
    </message>
    <message>
        <source>Abusive language: %1</source>
        <translation>Beleidigende Sprache: %1</translation>
    </message>
    <message>
        <source>Urgent: the ticket says %1</source>
        <translation>Dringend: das Ticket sagt %1</translation>
    </message>
    <message>
        <source>The customer sounds distressed: %1</source>
        <translation>Die Kundin oder der Kunde klingt verzweifelt: %1</translation>
    </message>
    <message>
        <source>Refunds and chargebacks always get a person: the ticket mentions %1</source>
        <translation>Erstattungen und Rückbuchungen bekommen immer einen Menschen: das Ticket erwähnt %1</translation>
    </message>
    <message>
        <source>Possible security incident (learned detector %1, threshold %2): %3</source>
        <translation>Möglicher Sicherheitsvorfall (gelernter Detektor %1, Schwelle %2): %3</translation>
    </message>
    <message>
        <source>Possible legal threat (learned detector %1, threshold %2): %3</source>
        <translation>Mögliche rechtliche Drohung (gelernter Detektor %1, Schwelle %2): %3</translation>
    </message>
    <message>
        <source>Possibly abusive (learned detector %1, threshold %2): %3</source>
        <translation>Möglicherweise beleidigend (gelernter Detektor %1, Schwelle %2): %3</translation>
    </message>
    <message>
        <source>Sounds urgent (learned detector %1, threshold %2): %3</source>
        <translation>Klingt dringend (gelernter Detektor %1, Schwelle %2): %3</translation>
    </message>
    <message>
        <source>The customer may be distressed (learned detector %1, threshold %2): %3</source>
        <translation>Die Kundin oder der Kunde ist vielleicht verzweifelt (gelernter Detektor %1, Schwelle %2): %3</translation>
    </message>
    <message>
        <source>Asks for money back (learned detector %1, threshold %2): %3</source>
        <translation>Will Geld zurück (gelernter Detektor %1, Schwelle %2): %3</translation>
    </message>
    <message>
        <source>May need an exception to the terms (learned detector %1, threshold %2): %3</source>
        <translation>Braucht vielleicht eine Ausnahme von den Bedingungen (gelernter Detektor %1, Schwelle %2): %3</translation>
    </message>
    <message>
        <source>Learned detector %1 agrees (%2): %3</source>
        <translation>Gelernter Detektor %1 stimmt zu (%2): %3</translation>
    </message>
    <message>
        <source>Asks for an exception to the terms: %1</source>
        <translation>Bittet um eine Ausnahme von den Bedingungen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be compared with the %2 refund limit (no rate for %3)</source>
        <translation>%1 lässt sich nicht mit der Erstattungsgrenze von %2 vergleichen (kein Kurs für %3)</translation>
    </message>
    <message>
        <source>Refund of %1 is above the %2 limit</source>
        <translation>Erstattung von %1 liegt über der Grenze von %2</translation>
    </message>
    <message>
        <source>Refund of %1 (about %2) is above the %3 limit</source>
        <translation>Erstattung von %1 (etwa %2) liegt über der Grenze von %3</translation>
    </message>
    <message>
        <source>The charge (&quot;%1&quot;, %2) is %3 days old, beyond the %4-day refund window</source>
        <translation>Die Abbuchung („%1“, %2) ist %3 Tage alt, jenseits der Erstattungsfrist von %4 Tagen</translation>
    </message>
    <message>
        <source>Customer tier &quot;%1&quot; is a VIP tier</source>
        <translation>Kundenstufe „%1“ ist eine VIP-Stufe</translation>
    </message>
    <message>
        <source>Looks unrelated to %1 (spam or meant for another company): %2</source>
        <translation>Scheint nichts mit %1 zu tun zu haben (Spam oder für eine andere Firma): %2</translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation>diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Fits no category well (best %1) and mentions %2</source>
        <translation>Passt zu keiner Kategorie gut (beste %1) und erwähnt %2</translation>
    </message>
    <message>
        <source>Looks unrelated to %1 (learned detector %2, threshold %3): %4</source>
        <translation>Scheint nichts mit %1 zu tun zu haben (gelernter Detektor %2, Schwelle %3): %4</translation>
    </message>
    <message>
        <source>Fits no category well: its best score %1 is below the scope threshold %2</source>
        <translation>Passt zu keiner Kategorie gut: der beste Wert %1 liegt unter der Zuständigkeitsschwelle %2</translation>
    </message>
    <message>
        <source>Fits no category: the best probability %1 is below %2</source>
        <translation>Passt zu keiner Kategorie: die beste Wahrscheinlichkeit %1 liegt unter %2</translation>
    </message>
    <message>
        <source>Out of scope: refund and policy flags dropped (they concern %1&apos;s own charges)</source>
        <translation>Nicht zuständig: Erstattungs- und Richtlinienmarkierungen entfernt (sie betreffen die eigenen Abbuchungen von %1)</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>No category: the ticket stays with a person</source>
        <translation>Keine Kategorie: das Ticket bleibt bei einem Menschen</translation>
    </message>
    <message>
        <source>No specialist owns %1</source>
        <translation>Für %1 ist keine Fachkraft zuständig</translation>
    </message>
    <message>
        <source>Routed to %1 (owner of %2)</source>
        <translation>Zugewiesen an %1 (zuständig für %2)</translation>
    </message>
    <message>
        <source>Would bounce back to %1, who already had it; stays with %2</source>
        <translation>Würde zu %1 zurückgehen, der es schon hatte; bleibt bei %2</translation>
    </message>
    <message>
        <source>Already re-routed %1 time(s), the workspace allows %2; stays with %3</source>
        <translation>Schon %1-mal weitergeleitet, der Arbeitsbereich erlaubt %2; bleibt bei %3</translation>
    </message>
    <message>
        <source>Re-routed from %1 to %2 (re-route %3 of at most %4)</source>
        <translation>Weitergeleitet von %1 an %2 (Weiterleitung %3 von höchstens %4)</translation>
    </message>
    <message>
        <source>The model knows other categories than the workspace: %1 of its probability falls outside it</source>
        <translation>Das Modell kennt andere Kategorien als der Arbeitsbereich: %1 seiner Wahrscheinlichkeit fällt außerhalb</translation>
    </message>
    <message>
        <source>Model: %1 %2</source>
        <translation>Modell: %1 %2</translation>
    </message>
    <message>
        <source>Model: %1 %2, driven by %3</source>
        <translation>Modell: %1 %2, getragen von %3</translation>
    </message>
    <message>
        <source>Rule %1: %2 to %3</source>
        <translation>Regel %1: %2 für %3</translation>
    </message>
    <message>
        <source>Rule %1: sets the category to %2</source>
        <translation>Regel %1: setzt die Kategorie auf %2</translation>
    </message>
    <message>
        <source>Rule %1: flags %2</source>
        <translation>Regel %1: markiert %2</translation>
    </message>
    <message>
        <source>Rule %1: escalates to %2 (%3)</source>
        <translation>Regel %1: eskaliert an %2 (%3)</translation>
    </message>
    <message>
        <source>After rules: %1 %2</source>
        <translation>Nach den Regeln: %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; announces another issue: parts of the text need %2 to count as a second intent</source>
        <translation>„%1“ kündigt ein weiteres Anliegen an: Teile des Textes brauchen %2, um als zweites Anliegen zu zählen</translation>
    </message>
    <message>
        <source>A part of the text reads as %1 (%2): &quot;%3&quot;</source>
        <translation>Ein Teil des Textes liest sich als %1 (%2): „%3“</translation>
    </message>
    <message>
        <source>Flag %1 (rule): %2</source>
        <translation>Markierung %1 (Regel): %2</translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation>Eskalieren an %1</translation>
    </message>
    <message>
        <source>No draft: the ticket fits no category</source>
        <translation>Kein Entwurf: das Ticket passt zu keiner Kategorie</translation>
    </message>
    <message>
        <source>No draft: the ticket stays with %1</source>
        <translation>Kein Entwurf: das Ticket bleibt bei %1</translation>
    </message>
    <message>
        <source>No draft: no specialist owns the ticket</source>
        <translation>Kein Entwurf: keine Fachkraft ist für das Ticket zuständig</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <source>Draft cites %1</source>
        <translation>Entwurf zitiert %1</translation>
    </message>
    <message>
        <source>%1 has no reply templates in &quot;%2&quot;: drafted in English</source>
        <translation>%1 hat keine Antwortvorlagen in „%2“: auf Englisch entworfen</translation>
    </message>
    <message>
        <source>The latest message needs no answer: an acknowledgement</source>
        <translation>Die letzte Nachricht braucht keine Antwort: eine Bestätigung</translation>
    </message>
    <message>
        <source>No fitting &quot;%1&quot; template: drafted in English</source>
        <translation>Keine passende Vorlage in „%1“: auf Englisch entworfen</translation>
    </message>
    <message>
        <source>Left out a step using &quot;%1&quot;: %2 may not use that tool</source>
        <translation>Einen Schritt mit „%1“ ausgelassen: %2 darf dieses Werkzeug nicht nutzen</translation>
    </message>
    <message>
        <source>Left out the &quot;%1&quot; step: the ticket gives no value for it</source>
        <translation>Den Schritt „%1“ ausgelassen: das Ticket nennt keinen Wert dafür</translation>
    </message>
    <message>
        <source>No specialist: no draft</source>
        <translation>Keine Fachkraft: kein Entwurf</translation>
    </message>
    <message>
        <source>Crisis language: the draft only says that a person will reply</source>
        <translation>Krisensprache: der Entwurf sagt nur, dass ein Mensch antworten wird</translation>
    </message>
    <message>
        <source>The template draft promised &quot;%1&quot;: removed, a person writes the reply</source>
        <translation>Der Vorlagenentwurf versprach „%1“: entfernt, ein Mensch schreibt die Antwort</translation>
    </message>
    <message>
        <source>LLM drafting failed (%1): this is the template draft</source>
        <translation>LLM-Entwurf fehlgeschlagen (%1): dies ist der Vorlagenentwurf</translation>
    </message>
    <message>
        <source>The LLM draft promised &quot;%1&quot;, which policy reserves for people: this is the template draft</source>
        <translation>Der LLM-Entwurf versprach „%1“, was die Richtlinie Menschen vorbehält: dies ist der Vorlagenentwurf</translation>
    </message>
    <message>
        <source>Drafted by %1</source>
        <translation>Entworfen von %1</translation>
    </message>
</context>
<context>
    <name>RouteDesk::EngineTexts</name>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>business</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>Konzern</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
</context>
<context>
    <name>RouteDesk::EscalateDialog</name>
    <message>
        <source>Escalate the ticket</source>
        <translation>Ticket eskalieren</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Optional: what the person taking it should know</source>
        <translation>Optional: was die übernehmende Person wissen sollte</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>Sonstiges (unten erklären)</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Team lead (%1)</source>
        <translation>Teamleitung (%1)</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation>Eskalationsgrund</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Eskalieren an</translation>
    </message>
    <message>
        <source>Escalation details</source>
        <translation>Details zur Eskalation</translation>
    </message>
</context>
<context>
    <name>RouteDesk::FlagsDelegate</name>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Ambig.</source>
        <translation>Mehrd.</translation>
    </message>
    <message>
        <source>Multi</source>
        <translation>Mehrere</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Beleidigung</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Notlage</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Fremd</translation>
    </message>
</context>
<context>
    <name>RouteDesk::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>RouteDesk help</source>
        <translation>RouteDesk-Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Flag icons</source>
        <translation>&amp;Markierungssymbole</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The model is not sure of the category (below the workspace&apos;s threshold; the confidence bar is amber).</source>
        <translation>Das Modell ist sich der Kategorie nicht sicher (unter der Schwelle des Arbeitsbereichs; der Konfidenzbalken ist gelb).</translation>
    </message>
    <message>
        <source>The two best categories are close to each other.</source>
        <translation>Die beiden besten Kategorien liegen nah beieinander.</translation>
    </message>
    <message>
        <source>The ticket asks about more than one thing, for different specialists.</source>
        <translation>Das Ticket fragt nach mehr als einer Sache, für verschiedene Fachleute.</translation>
    </message>
    <message>
        <source>Money back: a person reviews every refund.</source>
        <translation>Geld zurück: jede Erstattung prüft ein Mensch.</translation>
    </message>
    <message>
        <source>Asks for an exception to the terms, or beyond the refund limit or window.</source>
        <translation>Bittet um eine Ausnahme von den Bedingungen oder geht über Erstattungsgrenze oder -frist hinaus.</translation>
    </message>
    <message>
        <source>A possible breach, leaked key or account take-over.</source>
        <translation>Ein möglicher Einbruch, ein offengelegter Schlüssel oder eine Kontoübernahme.</translation>
    </message>
    <message>
        <source>Mentions lawyers, courts or legal action.</source>
        <translation>Erwähnt Anwälte, Gerichte oder rechtliche Schritte.</translation>
    </message>
    <message>
        <source>Abusive or threatening language.</source>
        <translation>Beleidigende oder drohende Sprache.</translation>
    </message>
    <message>
        <source>The customer says it cannot wait.</source>
        <translation>Der Kunde sagt, es kann nicht warten.</translation>
    </message>
    <message>
        <source>The customer sounds distressed; crisis language always goes to a person.</source>
        <translation>Der Kunde wirkt verzweifelt; Krisensprache geht immer an einen Menschen.</translation>
    </message>
    <message>
        <source>The customer&apos;s tier is a VIP tier.</source>
        <translation>Die Kundenstufe ist eine VIP-Stufe.</translation>
    </message>
    <message>
        <source>The ticket has been passed back and forth; it stays where it is.</source>
        <translation>Das Ticket wurde hin- und hergereicht; es bleibt, wo es ist.</translation>
    </message>
    <message>
        <source>Fits no category: spam or mail meant for another company.</source>
        <translation>Passt in keine Kategorie: Spam oder Post für eine andere Firma.</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Pfeil runter, Pfeil hoch</translation>
    </message>
    <message>
        <source>Next or previous ticket in the list</source>
        <translation>Nächstes oder vorheriges Ticket in der Liste</translation>
    </message>
    <message>
        <source>Enter, Escape (in the filter)</source>
        <translation>Eingabe, Esc (im Filter)</translation>
    </message>
    <message>
        <source>Back to the list, keeping the filter</source>
        <translation>Zurück zur Liste, der Filter bleibt</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between the filter, the list and the ticket</source>
        <translation>Zwischen Filter, Liste und Ticket wechseln</translation>
    </message>
    <message>
        <source>Enter (on a confusion cell)</source>
        <translation>Eingabe (auf einer Zelle der Verwechslungsmatrix)</translation>
    </message>
    <message>
        <source>Open its tickets in the queue</source>
        <translation>Ihre Tickets in der Warteschlange öffnen</translation>
    </message>
</context>
<context>
    <name>RouteDesk::LearningSections</name>
    <message>
        <source>Retrain…</source>
        <translation>Neu trainieren…</translation>
    </message>
    <message>
        <source>Train a candidate model from the agents&apos; decisions and compare it with the active one</source>
        <translation>Ein Kandidatenmodell aus den Entscheidungen der Agents trainieren und mit dem aktiven vergleichen</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Modellversionen</translation>
    </message>
    <message>
        <source>Rule suggestions</source>
        <translation>Regelvorschläge</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
</context>
<context>
    <name>RouteDesk::MainWindow</name>
    <message>
        <source>RouteDesk</source>
        <translation>RouteDesk</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Aus&amp;wertung</translation>
    </message>
    <message>
        <source>The agent&apos;s queue and the selected ticket (Ctrl+1)</source>
        <translation>Die Warteschlange und das gewählte Ticket (Strg+1)</translation>
    </message>
    <message>
        <source>The team lead&apos;s review of overrides and escalations (Ctrl+2)</source>
        <translation>Auswertung der Korrekturen und Eskalationen für die Teamleitung (Strg+2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the suggested category and specialist (Ctrl+Return)</source>
        <translation>Vorgeschlagene Kategorie und Fachstelle annehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>Correct the category or specialist (Ctrl+O)</source>
        <translation>Kategorie oder Fachstelle korrigieren (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Hand the ticket to the team lead or a queue (Ctrl+E)</source>
        <translation>Ticket an die Teamleitung oder eine Warteschlange geben (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back your last action; it stays in the history (Ctrl+Z)</source>
        <translation>Letzte Aktion zurücknehmen; sie bleibt im Verlauf (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>&amp;Nächstes Ticket</translation>
    </message>
    <message>
        <source>Next ticket (J)</source>
        <translation>Nächstes Ticket (J)</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>&amp;Vorheriges Ticket</translation>
    </message>
    <message>
        <source>Previous ticket (K)</source>
        <translation>Vorheriges Ticket (K)</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>In der Warteschlange &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Route new tickets</source>
        <translation>Neue Tickets &amp;zuordnen</translation>
    </message>
    <message>
        <source>Route every ticket that has no suggestion yet (Ctrl+R)</source>
        <translation>Jedes Ticket ohne Vorschlag zuordnen (Strg+R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the queue or the review again from the store (F5)</source>
        <translation>Warteschlange oder Auswertung neu aus dem Speicher lesen (F5)</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About RouteDesk</source>
        <translation>Über &amp;RouteDesk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the background work; what is done so far is kept</source>
        <translation>Hintergrundarbeit anhalten; Erledigtes bleibt erhalten</translation>
    </message>
    <message>
        <source>Progress of background work</source>
        <translation>Fortschritt der Hintergrundarbeit</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>Der Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opening the demo workspace</source>
        <translation>Demo-Arbeitsbereich wird geöffnet</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>Arbeitsbereich wird geöffnet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Routed %n ticket(s).</source>
        <translation>
            <numerusform>%n Ticket zugeordnet.</numerusform>
            <numerusform>%n Tickets zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the queue</source>
        <translation>Warteschlange wird gelesen</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Die Warteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Routing new tickets</source>
        <translation>Neue Tickets werden zugeordnet</translation>
    </message>
    <message>
        <source>Routing stopped: %1</source>
        <translation>Zuordnung abgebrochen: %1</translation>
    </message>
    <message>
        <source>The ticket could not be read: %1</source>
        <translation>Das Ticket konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The store did not record this, nothing was changed: %1</source>
        <translation>Der Speicher hat das nicht gespeichert, nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>kein Speicher geöffnet</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Korrigiert: %1</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Eskaliert an %1</translation>
    </message>
    <message>
        <source>Undone: the ticket is back where it was</source>
        <translation>Rückgängig: das Ticket ist wieder im vorherigen Stand</translation>
    </message>
    <message>
        <source>About RouteDesk</source>
        <translation>Über RouteDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RouteDesk&lt;/b&gt; triages a support queue: it suggests a category and a specialist, drafts a reply and flags what needs a person. You decide; every decision is kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RouteDesk&lt;/b&gt; sortiert eine Support-Warteschlange vor: es schlägt Kategorie und Fachstelle vor, entwirft eine Antwort und markiert, was eine Person braucht. Sie entscheiden; jede Entscheidung wird gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Speicher geöffnet</translation>
    </message>
    <message>
        <source>Demo store: %1</source>
        <translation>Demo-Speicher: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n eskaliert</numerusform>
            <numerusform>%n eskaliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) pending</source>
        <translation>
            <numerusform>%n Rückmeldung ausstehend</numerusform>
            <numerusform>%n Rückmeldungen ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync with the helpdesk</source>
        <translation>Mit dem Helpdesk s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Pull new and changed tickets from the helpdesk source and route them (Ctrl+Shift+Y)</source>
        <translation>Neue und geänderte Tickets aus der Helpdesk-Quelle holen und zuordnen (Strg+Umschalt+Y)</translation>
    </message>
    <message>
        <source>Send &amp;write-backs</source>
        <translation>&amp;Rückmeldungen senden</translation>
    </message>
    <message>
        <source>Deliver the pending write-backs to the helpdesk now</source>
        <translation>Ausstehende Rückmeldungen jetzt an den Helpdesk senden</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n ticket(s) pulled</source>
        <translation>
            <numerusform>Synchronisierung: %n Ticket geholt</numerusform>
            <numerusform>Synchronisierung: %n Tickets geholt</numerusform>
        </translation>
    </message>
    <message>
        <source>the helpdesk did not answer</source>
        <translation>der Helpdesk hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n ticket(s) pulled</source>
        <translation>
            <numerusform>Synchronisiert: %n Ticket geholt</numerusform>
            <numerusform>Synchronisiert: %n Tickets geholt</numerusform>
        </translation>
    </message>
    <message>
        <source>No helpdesk source is set: choose its document in the settings.</source>
        <translation>Keine Helpdesk-Quelle eingestellt: wählen Sie ihr Dokument in den Einstellungen.</translation>
    </message>
    <message>
        <source>The helpdesk source %1 cannot be used: %2</source>
        <translation>Die Helpdesk-Quelle %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>Syncing with the helpdesk</source>
        <translation>Synchronisierung mit dem Helpdesk</translation>
    </message>
    <message>
        <source>The store&apos;s model or rules could not be applied: %1</source>
        <translation>Modell oder Regeln des Speichers konnten nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>New tickets are now routed with the store&apos;s active model and rules.</source>
        <translation>Neue Tickets werden jetzt mit dem aktiven Modell und den Regeln des Speichers zugeordnet.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Flag icons</source>
        <translation>&amp;Markierungssymbole</translation>
    </message>
    <message>
        <source>Accept a flagged ticket?</source>
        <translation>Markiertes Ticket annehmen?</translation>
    </message>
    <message>
        <source>This ticket is flagged: %1.</source>
        <translation>Dieses Ticket ist markiert: %1.</translation>
    </message>
    <message>
        <source>Accepting routes it to the suggested specialist without a person looking at it. Escalate it instead, or accept it if you have checked it.</source>
        <translation>Annehmen leitet es an den vorgeschlagenen Fachbereich weiter, ohne dass ein Mensch es ansieht. Eskalieren Sie es stattdessen, oder nehmen Sie es an, wenn Sie es geprüft haben.</translation>
    </message>
    <message>
        <source>Accept &amp;anyway</source>
        <translation>&amp;Trotzdem annehmen</translation>
    </message>
    <message>
        <source>Opening was cancelled. Reload (F5) opens the workspace again.</source>
        <translation>Das Öffnen wurde abgebrochen. Neu laden (F5) öffnet den Arbeitsbereich erneut.</translation>
    </message>
    <message>
        <source>The write-backs could not be delivered: %1</source>
        <translation>Die Rückmeldungen konnten nicht zugestellt werden: %1</translation>
    </message>
    <message>
        <source>No write-backs were waiting.</source>
        <translation>Es standen keine Rückmeldungen aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) delivered</source>
        <translation>
            <numerusform>%n Rückmeldung zugestellt</numerusform>
            <numerusform>%n Rückmeldungen zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n wird erneut versucht</numerusform>
            <numerusform>%n werden erneut versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the helpdesk changed the ticket</source>
        <translation>
            <numerusform>%n Konflikt: der Helpdesk hat das Ticket geändert</numerusform>
            <numerusform>%n Konflikte: der Helpdesk hat die Tickets geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) not delivered</source>
        <translation>
            <numerusform>%n Rückmeldung nicht zugestellt</numerusform>
            <numerusform>%n Rückmeldungen nicht zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>The helpdesk lacks what some write-backs need: %1</source>
        <translation>Dem Helpdesk fehlt, was manche Rückmeldungen brauchen: %1</translation>
    </message>
    <message>
        <source>That ticket is not in the queue.</source>
        <translation>Dieses Ticket ist nicht in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>RouteDesk::ModelVersionsPanel</name>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (was %2 on %n ticket(s))</source>
        <translation>
            <numerusform>%1 (vorher %2 bei %n Ticket)</numerusform>
            <numerusform>%1 (vorher %2 bei %n Tickets)</numerusform>
        </translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The pipeline uses model version %1 (activated by %2).</source>
        <translation>Die Pipeline verwendet Modellversion %1 (aktiviert von %2).</translation>
    </message>
    <message>
        <source>No version is active: the pipeline uses the workspace&apos;s bundled model.</source>
        <translation>Keine Version aktiv: die Pipeline verwendet das mitgelieferte Modell des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Activate selected</source>
        <translation>Auswahl &amp;aktivieren</translation>
    </message>
    <message>
        <source>Make the selected version the model the pipeline uses (team leads)</source>
        <translation>Gewählte Version zum Modell der Pipeline machen (Teamleitung)</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the model that was active before the current one (team leads)</source>
        <translation>Zum Modell zurückkehren, das vor dem aktuellen aktiv war (Teamleitung)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Held-out accuracy</source>
        <translation>Genauigkeit (Testtickets)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Activate a model version</source>
        <translation>Modellversion aktivieren</translation>
    </message>
    <message>
        <source>Route the team&apos;s new tickets with model version %1?</source>
        <translation>Neue Tickets des Teams mit Modellversion %1 routen?</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Roll back the model</source>
        <translation>Modell zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the model that was active before this one? New tickets are then routed with it.</source>
        <translation>Zum Modell zurückkehren, das vor diesem aktiv war? Neue Tickets werden dann damit geroutet.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::OverrideDialog</name>
    <message>
        <source>The suggested category is wrong</source>
        <translation>Die vorgeschlagene Kategorie ist falsch</translation>
    </message>
    <message>
        <source>Another request in the ticket comes first</source>
        <translation>Ein anderes Anliegen im Ticket hat Vorrang</translation>
    </message>
    <message>
        <source>Customer context the suggestion cannot know</source>
        <translation>Kundenkontext, den der Vorschlag nicht kennen kann</translation>
    </message>
    <message>
        <source>Right category, other specialist</source>
        <translation>Richtige Kategorie, andere Fachstelle</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>Sonstiges (unten erklären)</translation>
    </message>
    <message>
        <source>Override the suggestion</source>
        <translation>Vorschlag korrigieren</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2 %). Pick what it should be.</source>
        <translation>Vorgeschlagen: %1 (%2 %). Wählen Sie, was es sein soll.</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Specialist:</source>
        <translation>&amp;Fachstelle:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Optional: what the agent saw</source>
        <translation>Optional: was Ihnen aufgefallen ist</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Endgültige Kategorie</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Fachstelle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>Details zum Grund</translation>
    </message>
    <message>
        <source>This is what was suggested: pick another category or specialist, or accept the suggestion instead.</source>
        <translation>Das wurde bereits vorgeschlagen: wählen Sie eine andere Kategorie oder Fachstelle, oder nehmen Sie den Vorschlag an.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::QueueModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>now</source>
        <comment>age of a ticket</comment>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>age of a ticket in minutes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>age of a ticket in hours</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age of a ticket in days</comment>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Geringe Sicherheit</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Several intents</source>
        <translation>Mehrere Anliegen</translation>
    </message>
    <message>
        <source>Refund review</source>
        <translation>Erstattung prüfen</translation>
    </message>
    <message>
        <source>Policy exception</source>
        <translation>Ausnahme von der Richtlinie</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>Sicherheitsvorfall</translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation>Rechtliche Drohung</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Missbrauch</translation>
    </message>
    <message>
        <source>Emotional distress</source>
        <translation>Emotionale Notlage</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Routing loop</source>
        <translation>Zuordnungsschleife</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>(not routed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>(out of scope)</source>
        <translation>(außerhalb des Bereichs)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>flag name: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <comment>final category (suggested category)</comment>
        <translation>%1 (war %2)</translation>
    </message>
    <message>
        <source>Suggested: %1, final: %2</source>
        <translation>Vorgeschlagen: %1, endgültig: %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>RouteDesk::QueueView</name>
    <message numerus="yes">
        <source>%n shown</source>
        <comment>tickets</comment>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by subject, requester, id or category (Ctrl+F)</source>
        <translation>Nach Betreff, Person, ID oder Kategorie filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show tickets in this state</source>
        <translation>Tickets in diesem Status zeigen</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Show tickets with this suggested category</source>
        <translation>Tickets mit dieser vorgeschlagenen Kategorie zeigen</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Markierungsfilter</translation>
    </message>
    <message>
        <source>Show tickets with this escalation flag</source>
        <translation>Tickets mit dieser Eskalationsmarkierung zeigen</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Ticket-Warteschlange</translation>
    </message>
    <message>
        <source>Show the whole queue again</source>
        <translation>Wieder die ganze Warteschlange zeigen</translation>
    </message>
    <message>
        <source>Clear ticket selection filter</source>
        <translation>Ticketauswahl-Filter entfernen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Any or no flag</source>
        <translation>Mit oder ohne Markierung</translation>
    </message>
    <message>
        <source>Flagged (any flag)</source>
        <translation>Markiert (beliebig)</translation>
    </message>
</context>
<context>
    <name>RouteDesk::RateChart</name>
    <message>
        <source>Override rate over time</source>
        <translation>Korrekturquote im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Overrides per settled ticket, by day</source>
        <translation>Korrekturen je abgeschlossenem Ticket, pro Tag</translation>
    </message>
    <message>
        <source>No settled tickets in this period</source>
        <translation>Keine abgeschlossenen Tickets in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Overrides per settled ticket, by day (pale bars: tickets settled, at most %1 a day)</source>
        <translation>Korrekturen je abgeschlossenem Ticket, pro Tag (helle Balken: abgeschlossene Tickets, höchstens %1 am Tag)</translation>
    </message>
</context>
<context>
    <name>RouteDesk::RetrainDialog</name>
    <message>
        <source>Training a candidate from the history and the agents&apos; final categories…</source>
        <translation>Kandidat wird aus dem Verlauf und den endgültigen Kategorien der Agents trainiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Retraining was cancelled.</source>
        <translation>Das erneute Training wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Retraining failed.</source>
        <translation>Das erneute Training ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No candidate was trained: %1</source>
        <translation>Es wurde kein Kandidat trainiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n ticket(s)</source>
        <translation>
            <numerusform>Mit %n Ticket trainiert</numerusform>
            <numerusform>Mit %n Tickets trainiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 from the history, %2 accepted and %3 overridden in the store) in %4 s.</source>
        <translation>(%1 aus dem Verlauf, im Speicher %2 angenommen und %3 korrigiert) in %4 s.</translation>
    </message>
    <message>
        <source>There are no held-out tickets to compare on: the store has too few tickets with a final category.</source>
        <translation>Es gibt keine Testtickets für einen Vergleich: der Speicher enthält zu wenige Tickets mit endgültiger Kategorie.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>wrong before and after</source>
        <translation>vorher und nachher falsch</translation>
    </message>
    <message>
        <source>The candidate cannot be kept: %1</source>
        <translation>Der Kandidat kann nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>retrained in the desktop app on %n ticket(s)</source>
        <translation>
            <numerusform>in der Desktop-App mit %n Ticket neu trainiert</numerusform>
            <numerusform>in der Desktop-App mit %n Tickets neu trainiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as candidate model version %1.</source>
        <translation>Als Kandidat gespeichert: Modellversion %1.</translation>
    </message>
    <message>
        <source>Retrain the model</source>
        <translation>Modell neu trainieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Make the candidate the model the team&apos;s pipeline uses (team leads)</source>
        <translation>Kandidat zum Modell der Team-Pipeline machen (Teamleitung)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Throw the candidate away; it stays listed with its metrics</source>
        <translation>Kandidat verwerfen; er bleibt mit seinen Kennzahlen aufgelistet</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Endgültige Kategorie</translation>
    </message>
    <message>
        <source>Held-out tickets</source>
        <translation>Testtickets</translation>
    </message>
    <message>
        <source>Active model</source>
        <translation>Aktives Modell</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Änderung (Punkte)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Held-out tickets whose routing would change:</source>
        <translation>Testtickets, deren Zuordnung sich ändern würde:</translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out ticket(s) that the candidate never saw, accuracy goes from %1 (active model: %2) to %3.</source>
        <translation>
            <numerusform>Bei %n Testticket, das der Kandidat nie gesehen hat, ändert sich die Genauigkeit von %1 (aktives Modell: %2) auf %3.</numerusform>
            <numerusform>Bei %n Testtickets, die der Kandidat nie gesehen hat, ändert sich die Genauigkeit von %1 (aktives Modell: %2) auf %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) would be routed differently: %1 fixed, %2 broken.</source>
        <translation>
            <numerusform>%n Ticket würde anders zugeordnet: %1 behoben, %2 verschlechtert.</numerusform>
            <numerusform>%n Tickets würden anders zugeordnet: %1 behoben, %2 verschlechtert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n held-out ticket(s): these figures say little until the store has at least %1 settled tickets to hold out.</source>
        <translation>
            <numerusform>Nur %n zurückgehaltenes Ticket: Diese Zahlen sagen wenig, bis der Speicher mindestens %1 erledigte Tickets zum Zurückhalten hat.</numerusform>
            <numerusform>Nur %n zurückgehaltene Tickets: Diese Zahlen sagen wenig, bis der Speicher mindestens %1 erledigte Tickets zum Zurückhalten hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route the team&apos;s new tickets with candidate model version %1?</source>
        <translation>Neue Tickets des Teams mit der Kandidaten-Modellversion %1 routen?</translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out ticket(s), accuracy goes from %1 to %2.</source>
        <translation>
            <numerusform>Auf %n zurückgehaltenem Ticket steigt die Genauigkeit von %1 auf %2.</numerusform>
            <numerusform>Auf %n zurückgehaltenen Tickets geht die Genauigkeit von %1 auf %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is too few tickets to tell whether it is better.</source>
        <translation>Das sind zu wenige Tickets, um zu sagen, ob es besser ist.</translation>
    </message>
    <message>
        <source>Activate the candidate</source>
        <translation>Kandidaten aktivieren</translation>
    </message>
</context>
<context>
    <name>RouteDesk::ReviewView</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Alle Agents</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Speicher wird gelesen…</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>Die Auswertung konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n settled ticket(s)</source>
        <translation>
            <numerusform>%n abgeschlossenes Ticket</numerusform>
            <numerusform>%n abgeschlossene Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>suggestions right: %1</source>
        <translation>Vorschläge richtig: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n Korrektur</numerusform>
            <numerusform>%n Korrekturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n Eskalation</numerusform>
            <numerusform>%n Eskalationen</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>Vorgeschlagene Kategorie</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Korrekturquote</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %1, final %2: %n ticket(s)</source>
        <translation>
            <numerusform>Vorgeschlagen %1, endgültig %2: %n Ticket</numerusform>
            <numerusform>Vorgeschlagen %1, endgültig %2: %n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>This section has nothing to export</source>
        <translation>Dieser Abschnitt hat nichts zu exportieren</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the figures again from the store (F5)</source>
        <translation>Zahlen neu aus dem Speicher lesen (F5)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the section shown as a CSV file (Ctrl+Shift+S)</source>
        <translation>Angezeigten Abschnitt als CSV-Datei speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation>Aktionen der Auswertung</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Verwechslungsmatrix</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Je Kategorie</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Review sections</source>
        <translation>Abschnitte der Auswertung</translation>
    </message>
    <message>
        <source>Confusion matrix: suggested category by final category</source>
        <translation>Verwechslungsmatrix: vorgeschlagene nach endgültiger Kategorie</translation>
    </message>
    <message>
        <source>Rows: suggested category. Columns: final category after the agent. Press Enter or double-click a cell to open its tickets in the queue.</source>
        <translation>Zeilen: vorgeschlagene Kategorie. Spalten: endgültige Kategorie nach dem Agent. Eingabetaste oder Doppelklick auf eine Zelle öffnet ihre Tickets in der Warteschlange.</translation>
    </message>
    <message>
        <source>Accuracy and override rate per category</source>
        <translation>Genauigkeit und Korrekturquote je Kategorie</translation>
    </message>
    <message>
        <source>Override rate by day</source>
        <translation>Korrekturquote pro Tag</translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation>Eskalationen nach Grund</translation>
    </message>
    <message>
        <source>No store is open: there is nothing to review.</source>
        <translation>Kein Speicher geöffnet: Es gibt nichts auszuwerten.</translation>
    </message>
    <message>
        <source>No store is open: %1</source>
        <translation>Kein Speicher geöffnet: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written to %2.</source>
        <translation>„%1“ wurde nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::RuleEditDialog</name>
    <message>
        <source>Type a word or phrase.</source>
        <translation>Geben Sie ein Wort oder einen Ausdruck ein.</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>When the text has:</source>
        <translation>Wenn der Text enthält:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Dann:</translation>
    </message>
    <message>
        <source>set the category</source>
        <translation>Kategorie setzen</translation>
    </message>
    <message>
        <source>boost the category by</source>
        <translation>Kategorie verstärken um</translation>
    </message>
    <message>
        <source>On the stored tickets: support %1, precision %2 (%3 of %4 tickets with the phrase were settled in %5).</source>
        <translation>Auf den gespeicherten Tickets: Stützung %1, Präzision %2 (%3 von %4 Tickets mit der Wendung wurden in %5 abgeschlossen).</translation>
    </message>
    <message numerus="yes">
        <source>It would change %n ticket(s), %1 of them for the better.</source>
        <translation>
            <numerusform>Sie würde %n Ticket ändern, davon %1 zum Besseren.</numerusform>
            <numerusform>Sie würde %n Tickets ändern, davon %1 zum Besseren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteDesk::RuleSuggestionsPanel</name>
    <message>
        <source>Find phrases that mark the categories agents chose where the model was wrong.</source>
        <translation>Ausdrücke finden, die die von Agents gewählten Kategorien kennzeichnen, wo das Modell falsch lag.</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Der Speicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Reading the overrides…</source>
        <translation>Korrekturen werden gelesen…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Keine Vorschläge: %1</translation>
    </message>
    <message>
        <source>%1 (%2 right, %3 wrong)</source>
        <translation>%1 (%2 richtig, %3 falsch)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>Accepted: tickets with &quot;%1&quot; now go to %2.</source>
        <translation>Angenommen: Tickets mit „%1“ gehen jetzt an %2.</translation>
    </message>
    <message>
        <source>&amp;Find suggestions</source>
        <translation>Vorschläge &amp;finden</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Add the rule to this store&apos;s rules (team leads)</source>
        <translation>Regel zu den Regeln dieses Speichers hinzufügen (Teamleitung)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Never suggest this again (team leads)</source>
        <translation>Nie wieder vorschlagen (Teamleitung)</translation>
    </message>
    <message>
        <source>Why (kept with your decision)</source>
        <translation>Warum (wird mit Ihrer Entscheidung gespeichert)</translation>
    </message>
    <message>
        <source>Stored tickets the selected rule would change:</source>
        <translation>Gespeicherte Tickets, die die gewählte Regel ändern würde:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Würde ändern</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Endgültige Kategorie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) with a final category</source>
        <translation>
            <numerusform>%n Ticket mit endgültiger Kategorie</numerusform>
            <numerusform>%n Tickets mit endgültiger Kategorie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule does not fit the workspace: %1</source>
        <translation>Die Regel passt nicht zum Arbeitsbereich: %1</translation>
    </message>
</context>
<context>
    <name>RouteDesk::SettingsDialog</name>
    <message>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Workspace (*.json)</source>
        <translation>Arbeitsbereich (*.json)</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Model (*.json)</source>
        <translation>Modell (*.json)</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Speicherdatei</translation>
    </message>
    <message>
        <source>SQLite store (*.sqlite *.db)</source>
        <translation>SQLite-Speicher (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Choose a workspace file, or use the demo workspace.</source>
        <translation>Wählen Sie eine Arbeitsbereichsdatei oder nutzen Sie den Demo-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The store is not usable: %1</source>
        <translation>Der Speicher ist nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>Leave the password out of the store URL: RouteDesk reads it from ~/.pgpass (or the file PGPASSFILE names) and never saves or shows it.</source>
        <translation>Lassen Sie das Passwort aus der Speicher-URL weg: RouteDesk liest es aus ~/.pgpass (oder der Datei, die PGPASSFILE nennt) und speichert oder zeigt es nie.</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:5432/database for a team store. Empty: %1</source>
        <translation>Eine SQLite-Datei oder postgresql://benutzer@host:5432/datenbank für einen Team-Speicher. Leer: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Use the &amp;demo workspace (with its own demo store)</source>
        <translation>&amp;Demo-Arbeitsbereich nutzen (mit eigenem Demo-Speicher)</translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation>&amp;Arbeitsbereichsdatei:</translation>
    </message>
    <message>
        <source>&amp;Model file:</source>
        <translation>&amp;Modelldatei:</translation>
    </message>
    <message>
        <source>Empty: the model shipped with the demo</source>
        <translation>Leer: das mit der Demo gelieferte Modell</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>&amp;Confidence threshold:</source>
        <translation>Sicherheits&amp;schwelle:</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>die des Modells</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>&amp;Name des Agents:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a workspace file</source>
        <translation>Arbeitsbereichsdatei suchen</translation>
    </message>
    <message>
        <source>Browse for a model file</source>
        <translation>Modelldatei suchen</translation>
    </message>
    <message>
        <source>Browse for a store file</source>
        <translation>Speicherdatei suchen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Helpdesk source</source>
        <translation>Helpdesk-Quelle</translation>
    </message>
    <message>
        <source>Source document (*.json)</source>
        <translation>Quelldokument (*.json)</translation>
    </message>
    <message>
        <source>Helpdesk so&amp;urce:</source>
        <translation>Helpdesk-&amp;Quelle:</translation>
    </message>
    <message>
        <source>Optional: a source document for Sync and write-backs</source>
        <translation>Optional: ein Quelldokument für Synchronisierung und Rückmeldungen</translation>
    </message>
    <message>
        <source>Browse for a helpdesk source document</source>
        <translation>Helpdesk-Quelldokument suchen</translation>
    </message>
    <message>
        <source>Below this confidence a ticket is flagged for a person and its confidence bar in the queue is amber. 0: the threshold the model chose for its target accuracy.</source>
        <translation>Unter dieser Konfidenz wird ein Ticket für einen Menschen markiert und sein Konfidenzbalken in der Warteschlange ist gelb. 0: die Schwelle, die das Modell für seine Zielgenauigkeit gewählt hat.</translation>
    </message>
    <message>
        <source>The drafting endpoint must be an http or https URL, such as https://api.example/v1.</source>
        <translation>Der Entwurfs-Endpunkt muss eine http- oder https-URL sein, etwa https://api.example/v1.</translation>
    </message>
    <message>
        <source>Leave the key out of the URL: RouteDesk reads it from ROUTEDESK_LLM_API_KEY or the keychain and never saves it.</source>
        <translation>Lassen Sie den Schlüssel aus der URL weg: RouteDesk liest ihn aus ROUTEDESK_LLM_API_KEY oder dem Schlüsselbund und speichert ihn nie.</translation>
    </message>
    <message>
        <source>Give both the endpoint and the model, or neither for template drafts.</source>
        <translation>Geben Sie Endpunkt und Modell an, oder keines von beiden für Entwürfe aus Vorlagen.</translation>
    </message>
    <message>
        <source>Drafts come from this chat-completions endpoint; the API key from the environment (ROUTEDESK_LLM_API_KEY) or the keychain (secret-tool, service routedesk, key llm), never from the settings. Empty: template drafts.</source>
        <translation>Entwürfe kommen von diesem Chat-Completions-Endpunkt; der API-Schlüssel aus der Umgebung (ROUTEDESK_LLM_API_KEY) oder dem Schlüsselbund (secret-tool, service routedesk, key llm), nie aus den Einstellungen. Leer: Entwürfe aus Vorlagen.</translation>
    </message>
    <message>
        <source>Drafting &amp;endpoint:</source>
        <translation>&amp;Endpunkt für Entwürfe:</translation>
    </message>
    <message>
        <source>Optional: https://api.example/v1</source>
        <translation>Optional: https://api.example/v1</translation>
    </message>
    <message>
        <source>Drafting m&amp;odel:</source>
        <translation>M&amp;odell für Entwürfe:</translation>
    </message>
    <message>
        <source>Optional: the model&apos;s name</source>
        <translation>Optional: der Name des Modells</translation>
    </message>
</context>
<context>
    <name>RouteDesk::TicketPane</name>
    <message>
        <source>%1 (%2)</source>
        <comment>article title (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 accepted %3</source>
        <translation>%1: %2 hat %3 angenommen</translation>
    </message>
    <message>
        <source>%1: %2 changed the category to %3 (%4)</source>
        <translation>%1: %2 hat die Kategorie auf %3 geändert (%4)</translation>
    </message>
    <message>
        <source>%1: %2 escalated to %3 (%4)</source>
        <translation>%1: %2 hat an %3 eskaliert (%4)</translation>
    </message>
    <message>
        <source>%1: %2 undid an earlier action</source>
        <translation>%1: %2 hat eine frühere Aktion zurückgenommen</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>Kein Ticket ausgewählt</translation>
    </message>
    <message>
        <source>Pick a ticket in the queue (J and K move through it).</source>
        <translation>Wählen Sie ein Ticket in der Warteschlange (J und K blättern).</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>requester name &lt;address&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>message author, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(internal note)</source>
        <translation>(interne Notiz)</translation>
    </message>
    <message>
        <source>(out of scope)</source>
        <translation>(außerhalb des Bereichs)</translation>
    </message>
    <message>
        <source>%1 % confidence</source>
        <translation>%1 % Sicherheit</translation>
    </message>
    <message>
        <source>Confidence %1 percent</source>
        <translation>Sicherheit %1 Prozent</translation>
    </message>
    <message>
        <source>(no specialist)</source>
        <translation>(keine Fachstelle)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>category -&gt; specialist</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No flags: the ticket can be handled without a person.</source>
        <translation>Keine Markierungen: das Ticket kann ohne Person bearbeitet werden.</translation>
    </message>
    <message>
        <source>Rule fired: %1</source>
        <translation>Regel ausgelöst: %1</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>category probability</comment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Next best: %1</source>
        <translation>Nächstbeste: %1</translation>
    </message>
    <message>
        <source>Cites no articles.</source>
        <translation>Zitiert keine Artikel.</translation>
    </message>
    <message>
        <source>Cites: %1</source>
        <translation>Zitiert: %1</translation>
    </message>
    <message>
        <source>(not routed yet)</source>
        <translation>(noch nicht zugeordnet)</translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation>Noch keine Aktion.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Specialist path:</source>
        <translation>Fachstelle:</translation>
    </message>
    <message>
        <source>Secondary intents:</source>
        <translation>Weitere Anliegen:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Markierungen:</translation>
    </message>
    <message>
        <source>Escalation flags</source>
        <translation>Eskalationsmarkierungen</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Explanation and rules fired</source>
        <translation>Erklärung und ausgelöste Regeln</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>Antwortentwurf</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Ticket subject</source>
        <translation>Betreff des Tickets</translation>
    </message>
    <message>
        <source>Suggestion and history</source>
        <translation>Vorschlag und Verlauf</translation>
    </message>
    <message>
        <source>new, not routed</source>
        <translation>neu, nicht zugeordnet</translation>
    </message>
    <message>
        <source>new, suggested %1</source>
        <translation>neu, vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <translation>angenommen als %1</translation>
    </message>
    <message>
        <source>overridden to %1</source>
        <translation>korrigiert zu %1</translation>
    </message>
    <message>
        <source>escalated (%1)</source>
        <translation>eskaliert (%1)</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <comment>how a ticket was settled: the agent&apos;s reason</comment>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>ticket number, subject</comment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 % similar</source>
        <translation>%1 % ähnlich</translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation>Markierungen: %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <comment>agent, time</comment>
        <translation>von %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Customer (%n)</source>
        <comment>the requester&apos;s other tickets</comment>
        <translation>
            <numerusform>Kunde (%n)</numerusform>
            <numerusform>Kunde (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Similar (%n)</source>
        <comment>similar settled tickets</comment>
        <translation>
            <numerusform>Ähnlich (%n)</numerusform>
            <numerusform>Ähnlich (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the requester&apos;s other tickets…</source>
        <translation>Weitere Tickets des Anfragenden werden gelesen…</translation>
    </message>
    <message>
        <source>Looking for similar settled tickets…</source>
        <translation>Ähnliche erledigte Tickets werden gesucht…</translation>
    </message>
    <message>
        <source>The customer context could not be read: %1</source>
        <translation>Der Kundenkontext konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The ticket names no requester address.</source>
        <translation>Das Ticket nennt keine Adresse des Anfragenden.</translation>
    </message>
    <message>
        <source>No other tickets from %1.</source>
        <translation>Keine weiteren Tickets von %1.</translation>
    </message>
    <message>
        <source>No similar ticket has been settled yet.</source>
        <translation>Es wurde noch kein ähnliches Ticket erledigt.</translation>
    </message>
    <message>
        <source>The requester&apos;s other tickets</source>
        <translation>Weitere Tickets des Anfragenden</translation>
    </message>
    <message>
        <source>Similar settled tickets</source>
        <translation>Ähnliche erledigte Tickets</translation>
    </message>
</context>
</TS>
