<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Jobs</name>
    <message>
        <source>The demo queue %1 cannot be read: %2</source>
        <translation>Impossible de lire la file de démonstration %1 : %2</translation>
    </message>
    <message>
        <source>Loading the workspace and its model…</source>
        <translation>Chargement de l’espace de travail et de son modèle…</translation>
    </message>
    <message>
        <source>Importing the demo queue…</source>
        <translation>Importation de la file de démonstration…</translation>
    </message>
    <message>
        <source>Routing tickets: %1 of %2</source>
        <translation>Routage des tickets : %1 sur %2</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Lecture de la file…</translation>
    </message>
    <message>
        <source>ticket %1 is not in the store</source>
        <translation>le ticket %1 n&apos;est pas dans la base</translation>
    </message>
</context>
<context>
    <name>LearnJobs</name>
    <message>
        <source>Loading the workspace, its model and history…</source>
        <translation>Chargement de l’espace de travail, de son modèle et de son historique…</translation>
    </message>
    <message>
        <source>Training the candidate…</source>
        <translation>Entraînement du candidat…</translation>
    </message>
    <message>
        <source>Training the candidate: step %1 of %2</source>
        <translation>Entraînement du candidat : étape %1 sur %2</translation>
    </message>
    <message>
        <source>Reading the overrides…</source>
        <translation>Lecture des corrections…</translation>
    </message>
    <message>
        <source>Looking for phrases that mark the agents&apos; categories…</source>
        <translation>Recherche des expressions qui signalent les catégories des agents…</translation>
    </message>
    <message>
        <source>Loading the candidate…</source>
        <translation>Chargement du candidat…</translation>
    </message>
    <message>
        <source>model version %1</source>
        <translation>version %1 du modèle</translation>
    </message>
    <message>
        <source>the active model (%1)</source>
        <translation>le modèle actif (%1)</translation>
    </message>
    <message>
        <source>Replaying tickets: %1 of %2</source>
        <translation>Rejeu des tickets : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RouteDesk::BacktestView</name>
    <message>
        <source>Model to backtest</source>
        <translation>Modèle pour le test rétrospectif</translation>
    </message>
    <message>
        <source>Models (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <source>The active model</source>
        <translation>Le modèle actif</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le stockage : %1</translation>
    </message>
    <message>
        <source>Model version %1 (%2)</source>
        <translation>Version %1 du modèle (%2)</translation>
    </message>
    <message>
        <source>Replaying the stored tickets…</source>
        <translation>Rejeu des tickets enregistrés…</translation>
    </message>
    <message>
        <source>The backtest was cancelled.</source>
        <translation>Le test rétrospectif a été annulé.</translation>
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation>Échec du test rétrospectif : %1</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n stored ticket(s) through %1.</source>
        <translation>
            <numerusform>%n ticket enregistré rejoué avec %1.</numerusform>
            <numerusform>%n tickets enregistrés rejoués avec %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>now right</source>
        <translation>désormais juste</translation>
    </message>
    <message>
        <source>now wrong</source>
        <translation>désormais faux</translation>
    </message>
    <message>
        <source>wrong before and after</source>
        <translation>faux avant et après</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidat :</translation>
    </message>
    <message>
        <source>&amp;Run backtest</source>
        <translation>&amp;Lancer le test rétrospectif</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>Fichier de modèle…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation>Motif de l’escalade</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejeu</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Catégorie finale</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy against the final categories: %1 stored, %2 replayed (%n ticket(s) with a final category).</source>
        <translation>
            <numerusform>Précision par rapport aux catégories finales : %1 enregistrée, %2 rejouée (%n ticket avec une catégorie finale).</numerusform>
            <numerusform>Précision par rapport aux catégories finales : %1 enregistrée, %2 rejouée (%n tickets avec une catégorie finale).</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation rate: %1 stored, %2 replayed.</source>
        <translation>Taux d&apos;escalade : %1 enregistré, %2 rejoué.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) would be routed differently: %1 now right, %2 now wrong.</source>
        <translation>
            <numerusform>%n ticket serait orienté autrement : %1 désormais juste, %2 désormais faux.</numerusform>
            <numerusform>%n tickets seraient orientés autrement : %1 désormais justes, %2 désormais faux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteDesk::ConfusionModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %1, final %2: %n ticket(s)</source>
        <translation>
            <numerusform>Suggérée %1, finale %2 : %n ticket</numerusform>
            <numerusform>Suggérée %1, finale %2 : %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggérée : %1</translation>
    </message>
    <message>
        <source>Final: %1</source>
        <translation>Finale : %1</translation>
    </message>
</context>
<context>
    <name>RouteDesk::Engine</name>
    <message>
        <source>Flag %1: %2</source>
        <translation>Signal %1 : %2</translation>
    </message>
    <message>
        <source>the wording as a whole</source>
        <translation>la formulation dans son ensemble</translation>
    </message>
    <message>
        <source>Confidence checks skipped: a rule set the category to %1</source>
        <translation>Contrôles de confiance ignorés : une règle fixe la catégorie à %1</translation>
    </message>
    <message>
        <source>Confidence %1 for %2 is below the high-risk threshold %3</source>
        <translation>La confiance %1 pour %2 est inférieure au seuil à haut risque %3</translation>
    </message>
    <message>
        <source>Confidence %1 for %2 is below the threshold %3</source>
        <translation>La confiance %1 pour %2 est inférieure au seuil %3</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) are within %5 of each other</source>
        <translation>%1 (%2) et %3 (%4) sont à moins de %5 l’un de l’autre</translation>
    </message>
    <message>
        <source>Not multi-intent: %1 reads as a possible second intent, but the learned detector scores %2 (below %3)</source>
        <translation>Pas d’intentions multiples : %1 ressemble à une seconde intention possible, mais le détecteur appris donne %2 (sous %3)</translation>
    </message>
    <message>
        <source>Also asks about %1 besides %2 (learned: %3)</source>
        <translation>Demande aussi %1 en plus de %2 (appris : %3)</translation>
    </message>
    <message>
        <source>Also asks about %1 besides %2</source>
        <translation>Demande aussi %1 en plus de %2</translation>
    </message>
    <message>
        <source>Possible crisis: the ticket says &quot;%1&quot;; a person must answer it</source>
        <translation>Crise possible : le ticket dit « %1 » ; une personne doit répondre</translation>
    </message>
    <message>
        <source>Ignored &quot;%1&quot; (%2): negated by &quot;%3&quot;</source>
        <translation>« %1 » (%2) ignoré : nié par « %3 »</translation>
    </message>
    <message>
        <source>Possible security incident: the ticket mentions %1</source>
        <translation>Incident de sécurité possible : le ticket mentionne %1</translation>
    </message>
    <message>
        <source>Legal threat: the ticket mentions %1</source>
        <translation>Menace juridique : le ticket mentionne %1</translation>
    </message>
    <message>
        <source>Abusive language: %1</source>
        <translation>Propos injurieux : %1</translation>
    </message>
    <message>
        <source>Urgent: the ticket says %1</source>
        <translation>Urgent : le ticket dit %1</translation>
    </message>
    <message>
        <source>The customer sounds distressed: %1</source>
        <translation>Le client semble en détresse : %1</translation>
    </message>
    <message>
        <source>Refunds and chargebacks always get a person: the ticket mentions %1</source>
        <translation>Les remboursements et rétrofacturations vont toujours à une personne : le ticket mentionne %1</translation>
    </message>
    <message>
        <source>Possible security incident (learned detector %1, threshold %2): %3</source>
        <translation>Incident de sécurité possible (détecteur appris %1, seuil %2) : %3</translation>
    </message>
    <message>
        <source>Possible legal threat (learned detector %1, threshold %2): %3</source>
        <translation>Menace juridique possible (détecteur appris %1, seuil %2) : %3</translation>
    </message>
    <message>
        <source>Possibly abusive (learned detector %1, threshold %2): %3</source>
        <translation>Peut-être injurieux (détecteur appris %1, seuil %2) : %3</translation>
    </message>
    <message>
        <source>Sounds urgent (learned detector %1, threshold %2): %3</source>
        <translation>Semble urgent (détecteur appris %1, seuil %2) : %3</translation>
    </message>
    <message>
        <source>The customer may be distressed (learned detector %1, threshold %2): %3</source>
        <translation>Le client est peut-être en détresse (détecteur appris %1, seuil %2) : %3</translation>
    </message>
    <message>
        <source>Asks for money back (learned detector %1, threshold %2): %3</source>
        <translation>Demande à être remboursé (détecteur appris %1, seuil %2) : %3</translation>
    </message>
    <message>
        <source>May need an exception to the terms (learned detector %1, threshold %2): %3</source>
        <translation>Nécessite peut-être une exception aux conditions (détecteur appris %1, seuil %2) : %3</translation>
    </message>
    <message>
        <source>Learned detector %1 agrees (%2): %3</source>
        <translation>Le détecteur appris %1 confirme (%2) : %3</translation>
    </message>
    <message>
        <source>Asks for an exception to the terms: %1</source>
        <translation>Demande une exception aux conditions : %1</translation>
    </message>
    <message>
        <source>%1 cannot be compared with the %2 refund limit (no rate for %3)</source>
        <translation>%1 ne peut pas être comparé à la limite de remboursement de %2 (pas de taux pour %3)</translation>
    </message>
    <message>
        <source>Refund of %1 is above the %2 limit</source>
        <translation>Le remboursement de %1 dépasse la limite de %2</translation>
    </message>
    <message>
        <source>Refund of %1 (about %2) is above the %3 limit</source>
        <translation>Le remboursement de %1 (environ %2) dépasse la limite de %3</translation>
    </message>
    <message>
        <source>The charge (&quot;%1&quot;, %2) is %3 days old, beyond the %4-day refund window</source>
        <translation>Le prélèvement (« %1 », %2) date de %3 jours, au-delà du délai de remboursement de %4 jours</translation>
    </message>
    <message>
        <source>Customer tier &quot;%1&quot; is a VIP tier</source>
        <translation>Le niveau client « %1 » est un niveau VIP</translation>
    </message>
    <message>
        <source>Looks unrelated to %1 (spam or meant for another company): %2</source>
        <translation>Semble sans rapport avec %1 (spam ou destiné à une autre entreprise) : %2</translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation>cet espace de travail</translation>
    </message>
    <message>
        <source>Fits no category well (best %1) and mentions %2</source>
        <translation>Ne correspond bien à aucune catégorie (meilleure %1) et mentionne %2</translation>
    </message>
    <message>
        <source>Looks unrelated to %1 (learned detector %2, threshold %3): %4</source>
        <translation>Semble sans rapport avec %1 (détecteur appris %2, seuil %3) : %4</translation>
    </message>
    <message>
        <source>Fits no category well: its best score %1 is below the scope threshold %2</source>
        <translation>Ne correspond bien à aucune catégorie : son meilleur score %1 est inférieur au seuil de périmètre %2</translation>
    </message>
    <message>
        <source>Fits no category: the best probability %1 is below %2</source>
        <translation>Ne correspond à aucune catégorie : la meilleure probabilité %1 est inférieure à %2</translation>
    </message>
    <message>
        <source>Out of scope: refund and policy flags dropped (they concern %1&apos;s own charges)</source>
        <translation>Hors périmètre : signaux de remboursement et de politique retirés (ils concernent les prélèvements de %1)</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>l’espace de travail</translation>
    </message>
    <message>
        <source>No category: the ticket stays with a person</source>
        <translation>Aucune catégorie : le ticket reste à une personne</translation>
    </message>
    <message>
        <source>No specialist owns %1</source>
        <translation>Aucun spécialiste n’est responsable de %1</translation>
    </message>
    <message>
        <source>Routed to %1 (owner of %2)</source>
        <translation>Attribué à %1 (responsable de %2)</translation>
    </message>
    <message>
        <source>Would bounce back to %1, who already had it; stays with %2</source>
        <translation>Reviendrait à %1, qui l’a déjà eu ; reste chez %2</translation>
    </message>
    <message>
        <source>Already re-routed %1 time(s), the workspace allows %2; stays with %3</source>
        <translation>Déjà réattribué %1 fois, l’espace de travail en autorise %2 ; reste chez %3</translation>
    </message>
    <message>
        <source>Re-routed from %1 to %2 (re-route %3 of at most %4)</source>
        <translation>Réattribué de %1 à %2 (réattribution %3 sur %4 au plus)</translation>
    </message>
    <message>
        <source>The model knows other categories than the workspace: %1 of its probability falls outside it</source>
        <translation>Le modèle connaît d’autres catégories que l’espace de travail : %1 de sa probabilité tombe en dehors</translation>
    </message>
    <message>
        <source>Model: %1 %2</source>
        <translation>Modèle : %1 %2</translation>
    </message>
    <message>
        <source>Model: %1 %2, driven by %3</source>
        <translation>Modèle : %1 %2, porté par %3</translation>
    </message>
    <message>
        <source>Rule %1: %2 to %3</source>
        <translation>Règle %1 : %2 pour %3</translation>
    </message>
    <message>
        <source>Rule %1: sets the category to %2</source>
        <translation>Règle %1 : fixe la catégorie à %2</translation>
    </message>
    <message>
        <source>Rule %1: flags %2</source>
        <translation>Règle %1 : signale %2</translation>
    </message>
    <message>
        <source>Rule %1: escalates to %2 (%3)</source>
        <translation>Règle %1 : escalade vers %2 (%3)</translation>
    </message>
    <message>
        <source>After rules: %1 %2</source>
        <translation>Après les règles : %1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; announces another issue: parts of the text need %2 to count as a second intent</source>
        <translation>« %1 » annonce un autre sujet : des parties du texte doivent atteindre %2 pour compter comme seconde intention</translation>
    </message>
    <message>
        <source>A part of the text reads as %1 (%2): &quot;%3&quot;</source>
        <translation>Une partie du texte relève de %1 (%2) : « %3 »</translation>
    </message>
    <message>
        <source>Flag %1 (rule): %2</source>
        <translation>Signal %1 (règle) : %2</translation>
    </message>
    <message>
        <source>Escalate to %1</source>
        <translation>Escalader vers %1</translation>
    </message>
    <message>
        <source>No draft: the ticket fits no category</source>
        <translation>Pas de brouillon : le ticket ne correspond à aucune catégorie</translation>
    </message>
    <message>
        <source>No draft: the ticket stays with %1</source>
        <translation>Pas de brouillon : le ticket reste chez %1</translation>
    </message>
    <message>
        <source>No draft: no specialist owns the ticket</source>
        <translation>Pas de brouillon : aucun spécialiste n’est responsable du ticket</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Brouillon : %1</translation>
    </message>
    <message>
        <source>Draft cites %1</source>
        <translation>Le brouillon cite %1</translation>
    </message>
    <message>
        <source>%1 has no reply templates in &quot;%2&quot;: drafted in English</source>
        <translation>%1 n’a pas de modèles de réponse en « %2 » : rédigé en anglais</translation>
    </message>
    <message>
        <source>The latest message needs no answer: an acknowledgement</source>
        <translation>Le dernier message n’appelle pas de réponse : un accusé de réception</translation>
    </message>
    <message>
        <source>No fitting &quot;%1&quot; template: drafted in English</source>
        <translation>Aucun modèle adapté en « %1 » : rédigé en anglais</translation>
    </message>
    <message>
        <source>Left out a step using &quot;%1&quot;: %2 may not use that tool</source>
        <translation>Étape utilisant « %1 » omise : %2 ne peut pas utiliser cet outil</translation>
    </message>
    <message>
        <source>Left out the &quot;%1&quot; step: the ticket gives no value for it</source>
        <translation>Étape « %1 » omise : le ticket ne donne pas de valeur</translation>
    </message>
    <message>
        <source>No specialist: no draft</source>
        <translation>Aucun spécialiste : pas de brouillon</translation>
    </message>
    <message>
        <source>Crisis language: the draft only says that a person will reply</source>
        <translation>Langage de crise : le brouillon dit seulement qu’une personne répondra</translation>
    </message>
    <message>
        <source>The template draft promised &quot;%1&quot;: removed, a person writes the reply</source>
        <translation>Le brouillon du modèle promettait « %1 » : retiré, une personne écrit la réponse</translation>
    </message>
    <message>
        <source>LLM drafting failed (%1): this is the template draft</source>
        <translation>La rédaction par LLM a échoué (%1) : voici le brouillon du modèle</translation>
    </message>
    <message>
        <source>The LLM draft promised &quot;%1&quot;, which policy reserves for people: this is the template draft</source>
        <translation>Le brouillon LLM promettait « %1 », que la politique réserve aux personnes : voici le brouillon du modèle</translation>
    </message>
    <message>
        <source>Drafted by %1</source>
        <translation>Rédigé par %1</translation>
    </message>
</context>
<context>
    <name>RouteDesk::EngineTexts</name>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>débutant</translation>
    </message>
    <message>
        <source>pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>business</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>grand compte</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
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
        <translation>Escalader le ticket</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <source>Optional: what the person taking it should know</source>
        <translation>Facultatif : ce que la personne qui le reprend doit savoir</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>Autre (expliquer ci-dessous)</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Responsable d’équipe</translation>
    </message>
    <message>
        <source>Team lead (%1)</source>
        <translation>Responsable d’équipe (%1)</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>File : %1</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalader</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Escalation reason</source>
        <translation>Motif de l’escalade</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Escalader vers</translation>
    </message>
    <message>
        <source>Escalation details</source>
        <translation>Détails de l’escalade</translation>
    </message>
</context>
<context>
    <name>RouteDesk::FlagsDelegate</name>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Ambig.</source>
        <translation>Ambigu</translation>
    </message>
    <message>
        <source>Multi</source>
        <translation>Multi</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembours.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Abus</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Détresse</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Hors sujet</translation>
    </message>
</context>
<context>
    <name>RouteDesk::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>RouteDesk help</source>
        <translation>Aide de RouteDesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Flag icons</source>
        <translation>Icônes des &amp;signaux</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The model is not sure of the category (below the workspace&apos;s threshold; the confidence bar is amber).</source>
        <translation>Le modèle n&apos;est pas sûr de la catégorie (sous le seuil de l&apos;espace de travail ; la barre de confiance est orange).</translation>
    </message>
    <message>
        <source>The two best categories are close to each other.</source>
        <translation>Les deux meilleures catégories sont proches.</translation>
    </message>
    <message>
        <source>The ticket asks about more than one thing, for different specialists.</source>
        <translation>Le ticket porte sur plusieurs sujets, pour des spécialistes différents.</translation>
    </message>
    <message>
        <source>Money back: a person reviews every refund.</source>
        <translation>Remboursement : une personne examine chaque remboursement.</translation>
    </message>
    <message>
        <source>Asks for an exception to the terms, or beyond the refund limit or window.</source>
        <translation>Demande une exception aux conditions, ou dépasse la limite ou le délai de remboursement.</translation>
    </message>
    <message>
        <source>A possible breach, leaked key or account take-over.</source>
        <translation>Une possible intrusion, une clé divulguée ou un compte piraté.</translation>
    </message>
    <message>
        <source>Mentions lawyers, courts or legal action.</source>
        <translation>Mentionne des avocats, des tribunaux ou une action en justice.</translation>
    </message>
    <message>
        <source>Abusive or threatening language.</source>
        <translation>Langage injurieux ou menaçant.</translation>
    </message>
    <message>
        <source>The customer says it cannot wait.</source>
        <translation>Le client dit que cela ne peut pas attendre.</translation>
    </message>
    <message>
        <source>The customer sounds distressed; crisis language always goes to a person.</source>
        <translation>Le client semble en détresse ; un langage de crise va toujours à une personne.</translation>
    </message>
    <message>
        <source>The customer&apos;s tier is a VIP tier.</source>
        <translation>Le niveau du client est un niveau VIP.</translation>
    </message>
    <message>
        <source>The ticket has been passed back and forth; it stays where it is.</source>
        <translation>Le ticket a été renvoyé de part et d&apos;autre ; il reste où il est.</translation>
    </message>
    <message>
        <source>Fits no category: spam or mail meant for another company.</source>
        <translation>Ne correspond à aucune catégorie : spam ou courrier destiné à une autre entreprise.</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Bas, Haut</translation>
    </message>
    <message>
        <source>Next or previous ticket in the list</source>
        <translation>Ticket suivant ou précédent dans la liste</translation>
    </message>
    <message>
        <source>Enter, Escape (in the filter)</source>
        <translation>Entrée, Échap (dans le filtre)</translation>
    </message>
    <message>
        <source>Back to the list, keeping the filter</source>
        <translation>Retour à la liste, le filtre reste</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move between the filter, the list and the ticket</source>
        <translation>Passer du filtre à la liste et au ticket</translation>
    </message>
    <message>
        <source>Enter (on a confusion cell)</source>
        <translation>Entrée (sur une case de la matrice de confusion)</translation>
    </message>
    <message>
        <source>Open its tickets in the queue</source>
        <translation>Ouvrir ses tickets dans la file</translation>
    </message>
</context>
<context>
    <name>RouteDesk::LearningSections</name>
    <message>
        <source>Retrain…</source>
        <translation>Réentraîner…</translation>
    </message>
    <message>
        <source>Train a candidate model from the agents&apos; decisions and compare it with the active one</source>
        <translation>Entraîner un modèle candidat à partir des décisions des agents et le comparer au modèle actif</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Versions du modèle</translation>
    </message>
    <message>
        <source>Rule suggestions</source>
        <translation>Suggestions de règles</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Test rétrospectif</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revue</translation>
    </message>
    <message>
        <source>The agent&apos;s queue and the selected ticket (Ctrl+1)</source>
        <translation>La file de l’agent et le ticket sélectionné (Ctrl+1)</translation>
    </message>
    <message>
        <source>The team lead&apos;s review of overrides and escalations (Ctrl+2)</source>
        <translation>La revue des corrections et escalades pour le responsable (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept the suggested category and specialist (Ctrl+Return)</source>
        <translation>Accepter la catégorie et le spécialiste suggérés (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Correct the category or specialist (Ctrl+O)</source>
        <translation>Corriger la catégorie ou le spécialiste (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalader…</translation>
    </message>
    <message>
        <source>Hand the ticket to the team lead or a queue (Ctrl+E)</source>
        <translation>Confier le ticket au responsable ou à une file (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler l’action</translation>
    </message>
    <message>
        <source>Take back your last action; it stays in the history (Ctrl+Z)</source>
        <translation>Reprendre votre dernière action ; elle reste dans l’historique (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>Ticket &amp;suivant</translation>
    </message>
    <message>
        <source>Next ticket (J)</source>
        <translation>Ticket suivant (J)</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>Ticket &amp;précédent</translation>
    </message>
    <message>
        <source>Previous ticket (K)</source>
        <translation>Ticket précédent (K)</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>&amp;Rechercher dans la file</translation>
    </message>
    <message>
        <source>&amp;Route new tickets</source>
        <translation>&amp;Router les nouveaux tickets</translation>
    </message>
    <message>
        <source>Route every ticket that has no suggestion yet (Ctrl+R)</source>
        <translation>Router chaque ticket sans suggestion (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Read the queue or the review again from the store (F5)</source>
        <translation>Relire la file ou la revue depuis le stockage (F5)</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l’espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About RouteDesk</source>
        <translation>À &amp;propos de RouteDesk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the background work; what is done so far is kept</source>
        <translation>Arrêter le travail en arrière-plan ; ce qui est fait est conservé</translation>
    </message>
    <message>
        <source>Progress of background work</source>
        <translation>Progression du travail en arrière-plan</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir le stockage %1 : %2</translation>
    </message>
    <message>
        <source>Opening the demo workspace</source>
        <translation>Ouverture de l’espace de démonstration</translation>
    </message>
    <message>
        <source>Opening the workspace</source>
        <translation>Ouverture de l’espace de travail</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>Impossible d’ouvrir l’espace de travail : %1</translation>
    </message>
    <message numerus="yes">
        <source>Routed %n ticket(s).</source>
        <translation>
            <numerusform>%n ticket routé.</numerusform>
            <numerusform>%n tickets routés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the queue</source>
        <translation>Lecture de la file</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Impossible de lire la file : %1</translation>
    </message>
    <message>
        <source>Routing new tickets</source>
        <translation>Routage des nouveaux tickets</translation>
    </message>
    <message>
        <source>Routing stopped: %1</source>
        <translation>Routage interrompu : %1</translation>
    </message>
    <message>
        <source>The ticket could not be read: %1</source>
        <translation>Impossible de lire le ticket : %1</translation>
    </message>
    <message>
        <source>The store did not record this, nothing was changed: %1</source>
        <translation>Le stockage n’a pas enregistré cette action, rien n’a changé : %1</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>aucun stockage ouvert</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accepté : %1</translation>
    </message>
    <message>
        <source>Overridden: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Escaladé vers %1</translation>
    </message>
    <message>
        <source>Undone: the ticket is back where it was</source>
        <translation>Annulé : le ticket revient à son état précédent</translation>
    </message>
    <message>
        <source>About RouteDesk</source>
        <translation>À propos de RouteDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;RouteDesk&lt;/b&gt; triages a support queue: it suggests a category and a specialist, drafts a reply and flags what needs a person. You decide; every decision is kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;RouteDesk&lt;/b&gt; trie une file de support : il suggère une catégorie et un spécialiste, rédige une réponse et signale ce qui demande une personne. Vous décidez ; chaque décision est conservée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Aucun stockage ouvert</translation>
    </message>
    <message>
        <source>Demo store: %1</source>
        <translation>Stockage de démonstration : %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Stockage : %1</translation>
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
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated</source>
        <translation>
            <numerusform>%n escaladé</numerusform>
            <numerusform>%n escaladés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) pending</source>
        <translation>
            <numerusform>%n renvoi en attente</numerusform>
            <numerusform>%n renvois en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync with the helpdesk</source>
        <translation>S&amp;ynchroniser avec le helpdesk</translation>
    </message>
    <message>
        <source>Pull new and changed tickets from the helpdesk source and route them (Ctrl+Shift+Y)</source>
        <translation>Récupérer les tickets nouveaux et modifiés du helpdesk et les router (Ctrl+Maj+Y)</translation>
    </message>
    <message>
        <source>Send &amp;write-backs</source>
        <translation>Envoyer les &amp;renvois</translation>
    </message>
    <message>
        <source>Deliver the pending write-backs to the helpdesk now</source>
        <translation>Envoyer maintenant les renvois en attente au helpdesk</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n ticket(s) pulled</source>
        <translation>
            <numerusform>Synchronisation : %n ticket récupéré</numerusform>
            <numerusform>Synchronisation : %n tickets récupérés</numerusform>
        </translation>
    </message>
    <message>
        <source>the helpdesk did not answer</source>
        <translation>le helpdesk n’a pas répondu</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation interrompue : %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n ticket(s) pulled</source>
        <translation>
            <numerusform>Synchronisé : %n ticket récupéré</numerusform>
            <numerusform>Synchronisé : %n tickets récupérés</numerusform>
        </translation>
    </message>
    <message>
        <source>No helpdesk source is set: choose its document in the settings.</source>
        <translation>Aucune source de helpdesk : choisissez son document dans les paramètres.</translation>
    </message>
    <message>
        <source>The helpdesk source %1 cannot be used: %2</source>
        <translation>La source du helpdesk %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>Syncing with the helpdesk</source>
        <translation>Synchronisation avec le helpdesk</translation>
    </message>
    <message>
        <source>The store&apos;s model or rules could not be applied: %1</source>
        <translation>Impossible d’appliquer le modèle ou les règles du stockage : %1</translation>
    </message>
    <message>
        <source>New tickets are now routed with the store&apos;s active model and rules.</source>
        <translation>Les nouveaux tickets sont désormais routés avec le modèle actif et les règles du stockage.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Flag icons</source>
        <translation>Icônes des &amp;signaux</translation>
    </message>
    <message>
        <source>Accept a flagged ticket?</source>
        <translation>Accepter un ticket signalé ?</translation>
    </message>
    <message>
        <source>This ticket is flagged: %1.</source>
        <translation>Ce ticket est signalé : %1.</translation>
    </message>
    <message>
        <source>Accepting routes it to the suggested specialist without a person looking at it. Escalate it instead, or accept it if you have checked it.</source>
        <translation>Accepter l&apos;envoie au spécialiste suggéré sans qu&apos;une personne le regarde. Escaladez-le plutôt, ou acceptez-le si vous l&apos;avez vérifié.</translation>
    </message>
    <message>
        <source>Accept &amp;anyway</source>
        <translation>Accepter &amp;quand même</translation>
    </message>
    <message>
        <source>Opening was cancelled. Reload (F5) opens the workspace again.</source>
        <translation>L&apos;ouverture a été annulée. Recharger (F5) rouvre l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The write-backs could not be delivered: %1</source>
        <translation>Les retours n&apos;ont pas pu être transmis : %1</translation>
    </message>
    <message>
        <source>No write-backs were waiting.</source>
        <translation>Aucun retour n&apos;était en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) delivered</source>
        <translation>
            <numerusform>%n retour transmis</numerusform>
            <numerusform>%n retours transmis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be retried</source>
        <translation>
            <numerusform>%n sera réessayé</numerusform>
            <numerusform>%n seront réessayés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the helpdesk changed the ticket</source>
        <translation>
            <numerusform>%n conflit : le helpdesk a modifié le ticket</numerusform>
            <numerusform>%n conflits : le helpdesk a modifié les tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) not delivered</source>
        <translation>
            <numerusform>%n retour non transmis</numerusform>
            <numerusform>%n retours non transmis</numerusform>
        </translation>
    </message>
    <message>
        <source>The helpdesk lacks what some write-backs need: %1</source>
        <translation>Il manque au helpdesk ce dont certains renvois ont besoin : %1</translation>
    </message>
    <message>
        <source>That ticket is not in the queue.</source>
        <translation>Ce ticket n’est pas dans la file.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>RouteDesk::ModelVersionsPanel</name>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le stockage : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (was %2 on %n ticket(s))</source>
        <translation>
            <numerusform>%1 (contre %2 sur %n ticket)</numerusform>
            <numerusform>%1 (contre %2 sur %n tickets)</numerusform>
        </translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The pipeline uses model version %1 (activated by %2).</source>
        <translation>Le pipeline utilise la version %1 du modèle (activée par %2).</translation>
    </message>
    <message>
        <source>No version is active: the pipeline uses the workspace&apos;s bundled model.</source>
        <translation>Aucune version active : le pipeline utilise le modèle fourni avec l’espace de travail.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Activate selected</source>
        <translation>&amp;Activer la sélection</translation>
    </message>
    <message>
        <source>Make the selected version the model the pipeline uses (team leads)</source>
        <translation>Faire de la version sélectionnée le modèle utilisé par le pipeline (responsables d’équipe)</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <source>Go back to the model that was active before the current one (team leads)</source>
        <translation>Revenir au modèle qui était actif avant l’actuel (responsables d’équipe)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Held-out accuracy</source>
        <translation>Exactitude (validation)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Activate a model version</source>
        <translation>Activer une version du modèle</translation>
    </message>
    <message>
        <source>Route the team&apos;s new tickets with model version %1?</source>
        <translation>Router les nouveaux tickets de l&apos;équipe avec la version %1 du modèle ?</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Roll back the model</source>
        <translation>Revenir au modèle précédent</translation>
    </message>
    <message>
        <source>Go back to the model that was active before this one? New tickets are then routed with it.</source>
        <translation>Revenir au modèle actif avant celui-ci ? Les nouveaux tickets seront alors routés avec lui.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::OverrideDialog</name>
    <message>
        <source>The suggested category is wrong</source>
        <translation>La catégorie suggérée est fausse</translation>
    </message>
    <message>
        <source>Another request in the ticket comes first</source>
        <translation>Une autre demande du ticket passe d’abord</translation>
    </message>
    <message>
        <source>Customer context the suggestion cannot know</source>
        <translation>Contexte client que la suggestion ne peut pas connaître</translation>
    </message>
    <message>
        <source>Right category, other specialist</source>
        <translation>Bonne catégorie, autre spécialiste</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>Autre (expliquer ci-dessous)</translation>
    </message>
    <message>
        <source>Override the suggestion</source>
        <translation>Corriger la suggestion</translation>
    </message>
    <message>
        <source>Suggested: %1 (%2 %). Pick what it should be.</source>
        <translation>Suggéré : %1 (%2 %). Choisissez ce qu’il faut.</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>hors périmètre</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Specialist:</source>
        <translation>&amp;Spécialiste :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <source>Optional: what the agent saw</source>
        <translation>Facultatif : ce que l’agent a vu</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Catégorie finale</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Spécialiste</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason details</source>
        <translation>Détails du motif</translation>
    </message>
    <message>
        <source>This is what was suggested: pick another category or specialist, or accept the suggestion instead.</source>
        <translation>C’est ce qui a été suggéré : choisissez une autre catégorie ou un autre spécialiste, ou acceptez la suggestion.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::QueueModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>now</source>
        <comment>age of a ticket</comment>
        <translation>maintenant</translation>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confiance faible</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigu</translation>
    </message>
    <message>
        <source>Several intents</source>
        <translation>Plusieurs demandes</translation>
    </message>
    <message>
        <source>Refund review</source>
        <translation>Remboursement à examiner</translation>
    </message>
    <message>
        <source>Policy exception</source>
        <translation>Exception à la politique</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>Incident de sécurité</translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation>Menace juridique</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>Abus</translation>
    </message>
    <message>
        <source>Emotional distress</source>
        <translation>Détresse émotionnelle</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Routing loop</source>
        <translation>Boucle de routage</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <source>(not routed)</source>
        <translation>(non routé)</translation>
    </message>
    <message>
        <source>(out of scope)</source>
        <translation>(hors périmètre)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>flag name: reason</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <comment>final category (suggested category)</comment>
        <translation>%1 (était %2)</translation>
    </message>
    <message>
        <source>Suggested: %1, final: %2</source>
        <translation>Suggérée : %1, finale : %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>RouteDesk::QueueView</name>
    <message numerus="yes">
        <source>%n shown</source>
        <comment>tickets</comment>
        <translation>
            <numerusform>%n affiché</numerusform>
            <numerusform>%n affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter by subject, requester, id or category (Ctrl+F)</source>
        <translation>Filtrer par objet, demandeur, id ou catégorie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>Show tickets in this state</source>
        <translation>Afficher les tickets dans cet état</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>Show tickets with this suggested category</source>
        <translation>Afficher les tickets avec cette catégorie suggérée</translation>
    </message>
    <message>
        <source>Flag filter</source>
        <translation>Filtre de signal</translation>
    </message>
    <message>
        <source>Show tickets with this escalation flag</source>
        <translation>Afficher les tickets avec ce signal d’escalade</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>File de tickets</translation>
    </message>
    <message>
        <source>Show the whole queue again</source>
        <translation>Réafficher toute la file</translation>
    </message>
    <message>
        <source>Clear ticket selection filter</source>
        <translation>Effacer le filtre de sélection</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any or no flag</source>
        <translation>Avec ou sans signal</translation>
    </message>
    <message>
        <source>Flagged (any flag)</source>
        <translation>Signalé (tout signal)</translation>
    </message>
</context>
<context>
    <name>RouteDesk::RateChart</name>
    <message>
        <source>Override rate over time</source>
        <translation>Taux de correction dans le temps</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1 : %2 %</translation>
    </message>
    <message>
        <source>Overrides per settled ticket, by day</source>
        <translation>Corrections par ticket réglé, par jour</translation>
    </message>
    <message>
        <source>No settled tickets in this period</source>
        <translation>Aucun ticket réglé sur cette période</translation>
    </message>
    <message>
        <source>Overrides per settled ticket, by day (pale bars: tickets settled, at most %1 a day)</source>
        <translation>Corrections par ticket réglé, par jour (barres pâles : tickets réglés, au plus %1 par jour)</translation>
    </message>
</context>
<context>
    <name>RouteDesk::RetrainDialog</name>
    <message>
        <source>Training a candidate from the history and the agents&apos; final categories…</source>
        <translation>Entraînement d’un candidat à partir de l’historique et des catégories finales des agents…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Retraining was cancelled.</source>
        <translation>Le réentraînement a été annulé.</translation>
    </message>
    <message>
        <source>Retraining failed.</source>
        <translation>Échec du réentraînement.</translation>
    </message>
    <message>
        <source>No candidate was trained: %1</source>
        <translation>Aucun candidat n’a été entraîné : %1</translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n ticket(s)</source>
        <translation>
            <numerusform>Entraîné sur %n ticket</numerusform>
            <numerusform>Entraîné sur %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 from the history, %2 accepted and %3 overridden in the store) in %4 s.</source>
        <translation>(%1 de l’historique, %2 acceptés et %3 corrigés dans le stockage) en %4 s.</translation>
    </message>
    <message>
        <source>There are no held-out tickets to compare on: the store has too few tickets with a final category.</source>
        <translation>Aucun ticket de validation pour comparer : le stockage contient trop peu de tickets avec une catégorie finale.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>amélioré</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>wrong before and after</source>
        <translation>faux avant et après</translation>
    </message>
    <message>
        <source>The candidate cannot be kept: %1</source>
        <translation>Impossible de conserver le candidat : %1</translation>
    </message>
    <message numerus="yes">
        <source>retrained in the desktop app on %n ticket(s)</source>
        <translation>
            <numerusform>réentraîné dans l’application de bureau sur %n ticket</numerusform>
            <numerusform>réentraîné dans l’application de bureau sur %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as candidate model version %1.</source>
        <translation>Conservé comme version candidate %1 du modèle.</translation>
    </message>
    <message>
        <source>Retrain the model</source>
        <translation>Réentraîner le modèle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Make the candidate the model the team&apos;s pipeline uses (team leads)</source>
        <translation>Faire du candidat le modèle utilisé par le pipeline de l’équipe (responsables d’équipe)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>Throw the candidate away; it stays listed with its metrics</source>
        <translation>Écarter le candidat ; il reste listé avec ses métriques</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Catégorie finale</translation>
    </message>
    <message>
        <source>Held-out tickets</source>
        <translation>Tickets de validation</translation>
    </message>
    <message>
        <source>Active model</source>
        <translation>Modèle actif</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Variation (points)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Held-out tickets whose routing would change:</source>
        <translation>Tickets de validation dont le routage changerait :</translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out ticket(s) that the candidate never saw, accuracy goes from %1 (active model: %2) to %3.</source>
        <translation>
            <numerusform>Sur %n ticket de test que le candidat n&apos;a jamais vu, la précision passe de %1 (modèle actif : %2) à %3.</numerusform>
            <numerusform>Sur %n tickets de test que le candidat n&apos;a jamais vus, la précision passe de %1 (modèle actif : %2) à %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) would be routed differently: %1 fixed, %2 broken.</source>
        <translation>
            <numerusform>%n ticket serait orienté autrement : %1 corrigé, %2 dégradé.</numerusform>
            <numerusform>%n tickets seraient orientés autrement : %1 corrigés, %2 dégradés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n held-out ticket(s): these figures say little until the store has at least %1 settled tickets to hold out.</source>
        <translation>
            <numerusform>Seulement %n ticket mis de côté : ces chiffres disent peu de chose tant que la base n&apos;a pas au moins %1 tickets traités à mettre de côté.</numerusform>
            <numerusform>Seulement %n tickets mis de côté : ces chiffres disent peu de chose tant que la base n&apos;a pas au moins %1 tickets traités à mettre de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route the team&apos;s new tickets with candidate model version %1?</source>
        <translation>Router les nouveaux tickets de l&apos;équipe avec la version candidate %1 du modèle ?</translation>
    </message>
    <message numerus="yes">
        <source>On %n held-out ticket(s), accuracy goes from %1 to %2.</source>
        <translation>
            <numerusform>Sur %n ticket mis de côté, la précision passe de %1 à %2.</numerusform>
            <numerusform>Sur %n tickets mis de côté, la précision passe de %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is too few tickets to tell whether it is better.</source>
        <translation>C&apos;est trop peu de tickets pour dire s&apos;il est meilleur.</translation>
    </message>
    <message>
        <source>Activate the candidate</source>
        <translation>Activer le candidat</translation>
    </message>
</context>
<context>
    <name>RouteDesk::ReviewView</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Reading the store…</source>
        <translation>Lecture du stockage…</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>Impossible de lire la revue : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n settled ticket(s)</source>
        <translation>
            <numerusform>%n ticket réglé</numerusform>
            <numerusform>%n tickets réglés</numerusform>
        </translation>
    </message>
    <message>
        <source>suggestions right: %1</source>
        <translation>suggestions justes : %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s)</source>
        <translation>
            <numerusform>%n escalade</numerusform>
            <numerusform>%n escalades</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
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
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>Catégorie suggérée</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglés</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Justes</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>Taux de correction</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le stockage : %1</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %1, final %2: %n ticket(s)</source>
        <translation>
            <numerusform>Suggérée %1, finale %2 : %n ticket</numerusform>
            <numerusform>Suggérée %1, finale %2 : %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>This section has nothing to export</source>
        <translation>Cette section n’a rien à exporter</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the figures again from the store (F5)</source>
        <translation>Relire les chiffres depuis le stockage (F5)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the section shown as a CSV file (Ctrl+Shift+S)</source>
        <translation>Enregistrer la section affichée en CSV (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation>Actions de la revue</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>Review sections</source>
        <translation>Sections de la revue</translation>
    </message>
    <message>
        <source>Confusion matrix: suggested category by final category</source>
        <translation>Matrice de confusion : catégorie suggérée par catégorie finale</translation>
    </message>
    <message>
        <source>Rows: suggested category. Columns: final category after the agent. Press Enter or double-click a cell to open its tickets in the queue.</source>
        <translation>Lignes : catégorie suggérée. Colonnes : catégorie finale après l’agent. Entrée ou double-clic sur une cellule ouvre ses tickets dans la file.</translation>
    </message>
    <message>
        <source>Accuracy and override rate per category</source>
        <translation>Exactitude et taux de correction par catégorie</translation>
    </message>
    <message>
        <source>Override rate by day</source>
        <translation>Taux de correction par jour</translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation>Escalades par motif</translation>
    </message>
    <message>
        <source>No store is open: there is nothing to review.</source>
        <translation>Aucun stockage ouvert : il n&apos;y a rien à passer en revue.</translation>
    </message>
    <message>
        <source>No store is open: %1</source>
        <translation>Aucun stockage ouvert : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was written to %2.</source>
        <translation>« %1 » a été écrit dans %2.</translation>
    </message>
</context>
<context>
    <name>RouteDesk::RuleEditDialog</name>
    <message>
        <source>Type a word or phrase.</source>
        <translation>Saisissez un mot ou une expression.</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <source>When the text has:</source>
        <translation>Si le texte contient :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Alors :</translation>
    </message>
    <message>
        <source>set the category</source>
        <translation>définir la catégorie</translation>
    </message>
    <message>
        <source>boost the category by</source>
        <translation>renforcer la catégorie de</translation>
    </message>
    <message>
        <source>On the stored tickets: support %1, precision %2 (%3 of %4 tickets with the phrase were settled in %5).</source>
        <translation>Sur les tickets enregistrés : support %1, précision %2 (%3 des %4 tickets avec l&apos;expression ont été classés dans %5).</translation>
    </message>
    <message numerus="yes">
        <source>It would change %n ticket(s), %1 of them for the better.</source>
        <translation>
            <numerusform>Elle changerait %n ticket, dont %1 en mieux.</numerusform>
            <numerusform>Elle changerait %n tickets, dont %1 en mieux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteDesk::RuleSuggestionsPanel</name>
    <message>
        <source>Find phrases that mark the categories agents chose where the model was wrong.</source>
        <translation>Trouvez les expressions qui signalent les catégories choisies par les agents là où le modèle se trompait.</translation>
    </message>
    <message>
        <source>The store cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le stockage : %1</translation>
    </message>
    <message>
        <source>Reading the overrides…</source>
        <translation>Lecture des corrections…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Aucune suggestion : %1</translation>
    </message>
    <message>
        <source>%1 (%2 right, %3 wrong)</source>
        <translation>%1 (justes : %2, faux : %3)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>Accepted: tickets with &quot;%1&quot; now go to %2.</source>
        <translation>Acceptée : les tickets contenant « %1 » sont désormais routés vers %2.</translation>
    </message>
    <message>
        <source>&amp;Find suggestions</source>
        <translation>&amp;Trouver des suggestions</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Add the rule to this store&apos;s rules (team leads)</source>
        <translation>Ajouter la règle aux règles de ce stockage (responsables d’équipe)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Never suggest this again (team leads)</source>
        <translation>Ne plus jamais suggérer ceci (responsables d’équipe)</translation>
    </message>
    <message>
        <source>Why (kept with your decision)</source>
        <translation>Pourquoi (conservé avec votre décision)</translation>
    </message>
    <message>
        <source>Stored tickets the selected rule would change:</source>
        <translation>Tickets enregistrés que la règle sélectionnée modifierait :</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Changerait</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Final category</source>
        <translation>Catégorie finale</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) with a final category</source>
        <translation>
            <numerusform>%n ticket avec une catégorie finale</numerusform>
            <numerusform>%n tickets avec une catégorie finale</numerusform>
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
        <translation>La règle ne convient pas à l’espace de travail : %1</translation>
    </message>
</context>
<context>
    <name>RouteDesk::SettingsDialog</name>
    <message>
        <source>Workspace file</source>
        <translation>Fichier d’espace de travail</translation>
    </message>
    <message>
        <source>Workspace (*.json)</source>
        <translation>Espace de travail (*.json)</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Fichier du modèle</translation>
    </message>
    <message>
        <source>Model (*.json)</source>
        <translation>Modèle (*.json)</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Fichier de stockage</translation>
    </message>
    <message>
        <source>SQLite store (*.sqlite *.db)</source>
        <translation>Stockage SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Choose a workspace file, or use the demo workspace.</source>
        <translation>Choisissez un fichier d’espace de travail, ou utilisez l’espace de démonstration.</translation>
    </message>
    <message>
        <source>The store is not usable: %1</source>
        <translation>Le stockage n’est pas utilisable : %1</translation>
    </message>
    <message>
        <source>Leave the password out of the store URL: RouteDesk reads it from ~/.pgpass (or the file PGPASSFILE names) and never saves or shows it.</source>
        <translation>Laissez le mot de passe hors de l’URL du stockage : RouteDesk le lit dans ~/.pgpass (ou le fichier que nomme PGPASSFILE) et ne l’enregistre ni ne l’affiche jamais.</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:5432/database for a team store. Empty: %1</source>
        <translation>Un fichier SQLite, ou postgresql://utilisateur@hôte:5432/base pour un stockage d’équipe. Vide : %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Use the &amp;demo workspace (with its own demo store)</source>
        <translation>Utiliser l’espace de &amp;démonstration (avec son propre stockage)</translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation>Fichier d’&amp;espace de travail :</translation>
    </message>
    <message>
        <source>&amp;Model file:</source>
        <translation>Fichier du &amp;modèle :</translation>
    </message>
    <message>
        <source>Empty: the model shipped with the demo</source>
        <translation>Vide : le modèle fourni avec la démonstration</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Stockage :</translation>
    </message>
    <message>
        <source>&amp;Confidence threshold:</source>
        <translation>&amp;Seuil de confiance :</translation>
    </message>
    <message>
        <source>the model&apos;s own</source>
        <translation>celui du modèle</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>&amp;Nom de l’agent :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a workspace file</source>
        <translation>Chercher un fichier d’espace de travail</translation>
    </message>
    <message>
        <source>Browse for a model file</source>
        <translation>Chercher un fichier de modèle</translation>
    </message>
    <message>
        <source>Browse for a store file</source>
        <translation>Chercher un fichier de stockage</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Helpdesk source</source>
        <translation>Source du helpdesk</translation>
    </message>
    <message>
        <source>Source document (*.json)</source>
        <translation>Document de source (*.json)</translation>
    </message>
    <message>
        <source>Helpdesk so&amp;urce:</source>
        <translation>So&amp;urce du helpdesk :</translation>
    </message>
    <message>
        <source>Optional: a source document for Sync and write-backs</source>
        <translation>Facultatif : un document de source pour la synchronisation et les renvois</translation>
    </message>
    <message>
        <source>Browse for a helpdesk source document</source>
        <translation>Chercher un document de source</translation>
    </message>
    <message>
        <source>Below this confidence a ticket is flagged for a person and its confidence bar in the queue is amber. 0: the threshold the model chose for its target accuracy.</source>
        <translation>Sous cette confiance, un ticket est signalé pour une personne et sa barre de confiance dans la file est orange. 0 : le seuil choisi par le modèle pour sa précision cible.</translation>
    </message>
    <message>
        <source>The drafting endpoint must be an http or https URL, such as https://api.example/v1.</source>
        <translation>Le point d&apos;accès de rédaction doit être une URL http ou https, par exemple https://api.example/v1.</translation>
    </message>
    <message>
        <source>Leave the key out of the URL: RouteDesk reads it from ROUTEDESK_LLM_API_KEY or the keychain and never saves it.</source>
        <translation>Laissez la clé hors de l&apos;URL : RouteDesk la lit dans ROUTEDESK_LLM_API_KEY ou le trousseau et ne l&apos;enregistre jamais.</translation>
    </message>
    <message>
        <source>Give both the endpoint and the model, or neither for template drafts.</source>
        <translation>Indiquez le point d&apos;accès et le modèle, ou aucun des deux pour des brouillons issus des modèles de réponse.</translation>
    </message>
    <message>
        <source>Drafts come from this chat-completions endpoint; the API key from the environment (ROUTEDESK_LLM_API_KEY) or the keychain (secret-tool, service routedesk, key llm), never from the settings. Empty: template drafts.</source>
        <translation>Les brouillons viennent de ce point d&apos;accès chat-completions ; la clé d&apos;API de l&apos;environnement (ROUTEDESK_LLM_API_KEY) ou du trousseau (secret-tool, service routedesk, key llm), jamais des réglages. Vide : brouillons issus des modèles de réponse.</translation>
    </message>
    <message>
        <source>Drafting &amp;endpoint:</source>
        <translation>&amp;Point d&apos;accès de rédaction :</translation>
    </message>
    <message>
        <source>Optional: https://api.example/v1</source>
        <translation>Facultatif : https://api.example/v1</translation>
    </message>
    <message>
        <source>Drafting m&amp;odel:</source>
        <translation>M&amp;odèle de rédaction :</translation>
    </message>
    <message>
        <source>Optional: the model&apos;s name</source>
        <translation>Facultatif : le nom du modèle</translation>
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
        <translation>%1 : %2 a accepté %3</translation>
    </message>
    <message>
        <source>%1: %2 changed the category to %3 (%4)</source>
        <translation>%1 : %2 a changé la catégorie en %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 escalated to %3 (%4)</source>
        <translation>%1 : %2 a escaladé vers %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 undid an earlier action</source>
        <translation>%1 : %2 a annulé une action précédente</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>Aucun ticket sélectionné</translation>
    </message>
    <message>
        <source>Pick a ticket in the queue (J and K move through it).</source>
        <translation>Choisissez un ticket dans la file (J et K pour la parcourir).</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>requester name &lt;address&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>message author, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>(internal note)</source>
        <translation>(note interne)</translation>
    </message>
    <message>
        <source>(out of scope)</source>
        <translation>(hors périmètre)</translation>
    </message>
    <message>
        <source>%1 % confidence</source>
        <translation>%1 % de confiance</translation>
    </message>
    <message>
        <source>Confidence %1 percent</source>
        <translation>Confiance %1 pour cent</translation>
    </message>
    <message>
        <source>(no specialist)</source>
        <translation>(aucun spécialiste)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>category -&gt; specialist</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No flags: the ticket can be handled without a person.</source>
        <translation>Aucun signal : le ticket peut être traité sans personne.</translation>
    </message>
    <message>
        <source>Rule fired: %1</source>
        <translation>Règle déclenchée : %1</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>category probability</comment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Next best: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Cites no articles.</source>
        <translation>Ne cite aucun article.</translation>
    </message>
    <message>
        <source>Cites: %1</source>
        <translation>Cite : %1</translation>
    </message>
    <message>
        <source>(not routed yet)</source>
        <translation>(pas encore routé)</translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation>Aucune action pour l’instant.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Specialist path:</source>
        <translation>Parcours spécialiste :</translation>
    </message>
    <message>
        <source>Secondary intents:</source>
        <translation>Demandes secondaires :</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Signaux :</translation>
    </message>
    <message>
        <source>Escalation flags</source>
        <translation>Signaux d’escalade</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>Explanation and rules fired</source>
        <translation>Explication et règles déclenchées</translation>
    </message>
    <message>
        <source>Draft reply</source>
        <translation>Brouillon de réponse</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>Ticket subject</source>
        <translation>Objet du ticket</translation>
    </message>
    <message>
        <source>Suggestion and history</source>
        <translation>Suggestion et historique</translation>
    </message>
    <message>
        <source>new, not routed</source>
        <translation>nouveau, non orienté</translation>
    </message>
    <message>
        <source>new, suggested %1</source>
        <translation>nouveau, suggéré : %1</translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <translation>accepté comme %1</translation>
    </message>
    <message>
        <source>overridden to %1</source>
        <translation>corrigé en %1</translation>
    </message>
    <message>
        <source>escalated (%1)</source>
        <translation>escaladé (%1)</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <comment>how a ticket was settled: the agent&apos;s reason</comment>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>ticket number, subject</comment>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>%1 % similar</source>
        <translation>similaire à %1 %</translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation>signalements : %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <comment>agent, time</comment>
        <translation>par %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Customer (%n)</source>
        <comment>the requester&apos;s other tickets</comment>
        <translation>
            <numerusform>Client (%n)</numerusform>
            <numerusform>Client (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Similar (%n)</source>
        <comment>similar settled tickets</comment>
        <translation>
            <numerusform>Similaires (%n)</numerusform>
            <numerusform>Similaires (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the requester&apos;s other tickets…</source>
        <translation>Lecture des autres tickets du demandeur…</translation>
    </message>
    <message>
        <source>Looking for similar settled tickets…</source>
        <translation>Recherche de tickets similaires déjà traités…</translation>
    </message>
    <message>
        <source>The customer context could not be read: %1</source>
        <translation>Le contexte client n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The ticket names no requester address.</source>
        <translation>Le ticket n’indique aucune adresse de demandeur.</translation>
    </message>
    <message>
        <source>No other tickets from %1.</source>
        <translation>Aucun autre ticket de %1.</translation>
    </message>
    <message>
        <source>No similar ticket has been settled yet.</source>
        <translation>Aucun ticket similaire n’a encore été traité.</translation>
    </message>
    <message>
        <source>The requester&apos;s other tickets</source>
        <translation>Autres tickets du demandeur</translation>
    </message>
    <message>
        <source>Similar settled tickets</source>
        <translation>Tickets similaires traités</translation>
    </message>
</context>
</TS>
