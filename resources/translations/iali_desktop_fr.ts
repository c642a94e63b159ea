<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionTaskDialog</name>
    <message>
        <source>Action item in the plan</source>
        <translation>Action à mener dans le plan</translation>
    </message>
    <message>
        <source>&amp;New task under the action area:</source>
        <translation>&amp;Nouvelle tâche dans le domaine d&apos;action :</translation>
    </message>
    <message>
        <source>Action area</source>
        <translation>Domaine d&apos;action</translation>
    </message>
    <message>
        <source>&amp;Existing task:</source>
        <translation>Tâche &amp;existante :</translation>
    </message>
    <message>
        <source>Existing task</source>
        <translation>Tâche existante</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan : %1</translation>
    </message>
    <message>
        <source>No action plan covers this meeting&apos;s year: link the action item to an existing task.</source>
        <translation>Aucun plan d&apos;action ne couvre l&apos;année de cette réunion : liez l&apos;action à mener à une tâche existante.</translation>
    </message>
    <message>
        <source>Make an action item a task</source>
        <translation>Faire d&apos;une action à mener une tâche</translation>
    </message>
    <message>
        <source>Choose the task to link to.</source>
        <translation>Choisissez la tâche à lier.</translation>
    </message>
    <message>
        <source>Link an action item to a task</source>
        <translation>Lier une action à mener à une tâche</translation>
    </message>
</context>
<context>
    <name>AddToCalendar</name>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Ajouter au &amp;calendrier…</translation>
    </message>
    <message>
        <source>Save this event as a calendar file (.ics) and open it in your calendar program</source>
        <translation>Enregistrer cet événement dans un fichier de calendrier (.ics) et l&apos;ouvrir dans votre agenda</translation>
    </message>
    <message>
        <source>Save the event as</source>
        <translation>Enregistrer l&apos;événement sous</translation>
    </message>
    <message>
        <source>Saved the event to %1; your calendar program opens it to import it.</source>
        <translation>Événement enregistré dans %1 ; votre agenda l&apos;ouvre pour l&apos;importer.</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>This copy: %1</source>
        <translation>Cette installation : %1</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Empreinte de la clé : %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>This database holds the fictional demo dataset</source>
        <translation>Cette base contient le jeu de données fictif de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n conflit ouvert</numerusform>
            <numerusform>%n conflits ouverts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistanceRequestPage</name>
    <message>
        <source>Assessment and decision</source>
        <translation>Évaluation et décision</translation>
    </message>
</context>
<context>
    <name>AssociationBox</name>
    <message>
        <source>Printed documents</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Association &amp;name:</source>
        <translation>Nom de l&apos;&amp;association :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>They head the cover and the footer of the meeting pack.</source>
        <translation>Ils figurent en tête de la couverture et dans le pied de page du dossier de réunion.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose the association&apos;s logo</source>
        <translation>Choisir le logo de l&apos;association</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>A&amp;ttach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Save the record first to attach files to it.</source>
        <translation>Enregistrez d&apos;abord la fiche pour y joindre des fichiers.</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Déposez des fichiers ici pour les joindre.</translation>
    </message>
    <message>
        <source>No files yet: attach some, or drop them here.</source>
        <translation>Aucun fichier pour l&apos;instant : joignez-en, ou déposez-les ici.</translation>
    </message>
    <message>
        <source>Attaching “%1” (%2 of %3)…</source>
        <translation>Ajout de « %1 » (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Attaching files…</source>
        <translation>Ajout des fichiers…</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de « %1 »…</translation>
    </message>
    <message>
        <source>No program opened “%1”. A copy is at %2</source>
        <translation>Aucun programme n&apos;a ouvert « %1 ». Une copie se trouve dans %2</translation>
    </message>
    <message>
        <source>Saved a copy of “%1” as %2</source>
        <translation>Copie de « %1 » enregistrée sous %2</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” has not been received yet: it comes with a colleague&apos;s bundle that carries files.</source>
        <translation>« %1 » n&apos;a pas encore été reçu : il arrivera avec un paquet de collègue qui transporte des fichiers.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? You can undo this.</source>
        <translation>Retirer « %1 » de cette fiche ? Vous pourrez l&apos;annuler.</translation>
    </message>
    <message>
        <source>%1 (not received yet)</source>
        <translation>%1 (pas encore reçu)</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>The operation failed unexpectedly; see the log for details.</source>
        <translation>L&apos;opération a échoué de façon inattendue ; voir le journal pour les détails.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Write events to a calendar file (.ics) for Outlook, Thunderbird, Google Calendar or your phone. Importing a newer file updates the events instead of adding them twice.</source>
        <translation>Écrire les événements dans un fichier de calendrier (.ics) pour Outlook, Thunderbird, Google Agenda ou votre téléphone. Importer un fichier plus récent met les événements à jour au lieu de les ajouter deux fois.</translation>
    </message>
    <message>
        <source>&amp;All events, past and upcoming</source>
        <translation>&amp;Tous les événements, passés et à venir</translation>
    </message>
    <message>
        <source>Events of a &amp;region:</source>
        <translation>Événements d&apos;une &amp;région :</translation>
    </message>
    <message>
        <source>Events I &amp;attend, as:</source>
        <translation>Événements auxquels je &amp;participe, en tant que :</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <source>(choose who you are)</source>
        <translation>(choisissez qui vous êtes)</translation>
    </message>
    <message>
        <source>IALI events</source>
        <translation>Événements IALI</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Fichier de calendrier</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Save the calendar as</source>
        <translation>Enregistrer le calendrier sous</translation>
    </message>
    <message>
        <source>Choose the file to write the calendar to.</source>
        <translation>Choisissez le fichier où écrire le calendrier.</translation>
    </message>
    <message>
        <source>There is no region to choose yet.</source>
        <translation>Il n&apos;y a encore aucune région à choisir.</translation>
    </message>
    <message>
        <source>Choose who you are, to export the events you attend.</source>
        <translation>Choisissez qui vous êtes pour exporter les événements auxquels vous participez.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture du calendrier…</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2.</source>
        <translation>%1 événements écrits dans %2.</translation>
    </message>
    <message>
        <source>The calendar was not written: %1</source>
        <translation>Le calendrier n&apos;a pas été écrit : %1</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
</context>
<context>
    <name>ChildRecordsPanel</name>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Remove “%1”? You can undo this.</source>
        <translation>Retirer « %1 » ? Vous pourrez l&apos;annuler.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Record and field</source>
        <translation>Enregistrement et champ</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Records with conflicts</source>
        <translation>Enregistrements en conflit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Affichée actuellement</translation>
    </message>
    <message>
        <source>Competing values</source>
        <translation>Valeurs concurrentes</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Garder cette valeur</translation>
    </message>
    <message>
        <source>&amp;Write a new value…</source>
        <translation>&amp;Saisir une nouvelle valeur…</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Ouvrir l&apos;enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Every copy shows the same value for now; keep one, or write a new value, and the choice travels with your next bundle.</source>
        <translation>
            <numerusform>%n conflit ouvert. Chaque installation affiche la même valeur pour l&apos;instant ; gardez-en une, ou saisissez une nouvelle valeur, et le choix voyagera avec votre prochain paquet.</numerusform>
            <numerusform>%n conflits ouverts. Chaque installation affiche la même valeur pour l&apos;instant ; gardez-en une, ou saisissez une nouvelle valeur, et le choix voyagera avec votre prochain paquet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts: every field has one value.</source>
        <translation>Aucun conflit ouvert : chaque champ a une seule valeur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>&amp;Keep the record</source>
        <translation>&amp;Garder l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Write a new value</source>
        <translation>Saisir une nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Total score</source>
        <translation>Note totale</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation>Évaluation non enregistrée</translation>
    </message>
    <message>
        <source>Save the changed assessment?</source>
        <translation>Enregistrer l&apos;évaluation modifiée ?</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Score (0-5)</source>
        <translation>Note (0-5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Assess request</source>
        <translation>Évaluer la demande</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation>%1 : rempli</translation>
    </message>
    <message>
        <source>%1: score</source>
        <translation>%1 : note</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1 : remarque</translation>
    </message>
    <message>
        <source>Total score: %1 of %2 · %3 of %4 criteria met</source>
        <translation>Note totale : %1 sur %2 · %3 critères remplis sur %4</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tasks done: %1/%2</source>
        <translation>Tâches terminées : %1/%2</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Aucune tâche en retard.</translation>
    </message>
    <message>
        <source>Nothing due in the next 30 days.</source>
        <translation>Aucune échéance dans les 30 prochains jours.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Tasks)</source>
        <translation>
            <numerusform>… et %n autre (voir Tâches)</numerusform>
            <numerusform>… et %n autres (voir Tâches)</numerusform>
        </translation>
    </message>
    <message>
        <source>No events in the next 90 days.</source>
        <translation>Aucun événement dans les 90 prochains jours.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>No request is waiting for the EC.</source>
        <translation>Aucune demande n&apos;attend le CE.</translation>
    </message>
    <message>
        <source>No agreement is due for review.</source>
        <translation>Aucun accord à réviser.</translation>
    </message>
    <message>
        <source>Every active member has paid this year.</source>
        <translation>Tous les membres actifs ont payé cette année.</translation>
    </message>
    <message>
        <source>Unpaid dues %1</source>
        <translation>Cotisations impayées %1</translation>
    </message>
    <message>
        <source>No engagement logged yet.</source>
        <translation>Aucun contact enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No bundle exchanged with a colleague yet.</source>
        <translation>Aucun paquet échangé avec un collègue pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No action plan yet</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant</translation>
    </message>
    <message>
        <source>Progress per action area</source>
        <translation>Avancement par domaine d&apos;action</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Échéances des 30 prochains jours</translation>
    </message>
    <message>
        <source>Upcoming events (90 days)</source>
        <translation>Événements à venir (90 jours)</translation>
    </message>
    <message>
        <source>Assistance requests awaiting the EC</source>
        <translation>Demandes d&apos;assistance en attente du CE</translation>
    </message>
    <message>
        <source>Agreements due for review</source>
        <translation>Accords à réviser</translation>
    </message>
    <message>
        <source>Latest engagements</source>
        <translation>Derniers contacts</translation>
    </message>
    <message>
        <source>Sync: last exchange per colleague</source>
        <translation>Synchronisation : dernier échange par collègue</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Révision prévue le</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une &amp;base récente</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>“%1” already exists; choose Open database… to open it.</source>
        <translation>« %1 » existe déjà ; choisissez Ouvrir une base de données… pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>Aucune autre base ouverte pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Pick a date in a calendar</source>
        <translation>Choisir une date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Sample data: every record here is fictional. Nothing you do here reaches your own database or your colleagues.</source>
        <translation>Données d’exemple : tous les enregistrements sont fictifs. Rien de ce que vous faites ici n’atteint votre propre base ni vos collègues.</translation>
    </message>
    <message>
        <source>&amp;Back to my database</source>
        <translation>&amp;Retour à ma base</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Everything (a full bundle, for anyone)</source>
        <translation>Tout (un paquet complet, pour n&apos;importe qui)</translation>
    </message>
    <message>
        <source>%1: the %2 changes they lack</source>
        <translation>%1 : les %2 modifications qui lui manquent</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>Send &amp;again everything they have not confirmed (a bundle was lost)</source>
        <translation>&amp;Renvoyer tout ce qu&apos;il n&apos;a pas confirmé (un paquet a été perdu)</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Optional: for bundles sent by e-mail</source>
        <translation>Facultatif : pour les paquets envoyés par courriel</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>IALI Desktop bundles (*.ialibundle)</source>
        <translation>Paquets IALI Desktop (*.ialibundle)</translation>
    </message>
    <message>
        <source>Choose a file to write the bundle to.</source>
        <translation>Choisissez le fichier où écrire le paquet.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation>Le paquet n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Wrote %1 changes to %2 (%3 KiB). Send the file by e-mail, USB stick or a shared folder.</source>
        <translation>%1 modifications écrites dans %2 (%3 Kio). Envoyez le fichier par courriel, clé USB ou dossier partagé.</translation>
    </message>
    <message numerus="yes">
        <source>It carries %n attached file(s).</source>
        <translation>
            <numerusform>Il transporte %n fichier joint.</numerusform>
            <numerusform>Il transporte %n fichiers joints.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>several values, separated by commas</source>
        <translation>plusieurs valeurs, séparées par des virgules</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1 : calendrier</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Date field</source>
        <translation>Champ de date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>Reference field</source>
        <translation>Champ de référence</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1 : tous</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to IALI Desktop</source>
        <translation>Bienvenue dans IALI Desktop</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <source>Colleagues see this name on the changes you send them, for example “Ana, Americas”.</source>
        <translation>Vos collègues voient ce nom sur les modifications que vous leur envoyez, par exemple « Ana, Amériques ».</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>No particular region</source>
        <translation>Aucune région en particulier</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Your role and region put your own work first; change them any time in Settings.</source>
        <translation>Votre rôle et votre région placent votre propre travail en premier ; modifiez-les à tout moment dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>IALI Desktop speaks English, French and Spanish.</source>
        <translation>IALI Desktop parle anglais, français et espagnol.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Your key</source>
        <translation>Votre clé</translation>
    </message>
    <message>
        <source>Every bundle you send is signed with this install&apos;s key. Read this fingerprint to colleagues (on a call, or in person) so they can trust your bundles:</source>
        <translation>Chaque paquet que vous envoyez est signé avec la clé de cette installation. Lisez cette empreinte à vos collègues (par téléphone ou en personne) pour qu&apos;ils puissent faire confiance à vos paquets :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the key fingerprint</source>
        <translation>Copier l&apos;empreinte de la clé</translation>
    </message>
</context>
<context>
    <name>FolderPanel</name>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>Bundles waiting and problems</source>
        <translation>Paquets en attente et problèmes</translation>
    </message>
    <message>
        <source>Waiting for your decision: %1 from &apos;%2&apos; (key %3): %4. Open it to see what it would change.</source>
        <translation>En attente de votre décision : %1 de « %2 » (clé %3) : %4. Ouvrez-le pour voir ce qu&apos;il changerait.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sync folder not reachable</source>
        <translation>Dossier de synchronisation inaccessible</translation>
    </message>
    <message>
        <source>Bundles waiting for your decision: %1</source>
        <translation>Paquets en attente de votre décision : %1</translation>
    </message>
    <message>
        <source>Sync folder problems: %1</source>
        <translation>Problèmes du dossier de synchronisation : %1</translation>
    </message>
    <message>
        <source>Sync folder checked %1</source>
        <translation>Dossier de synchronisation vérifié %1</translation>
    </message>
    <message>
        <source>No sync folder is set. In Settings, choose a folder that Syncthing, a cloud drive or a network share keeps in step with your colleagues, and bundles travel by themselves.</source>
        <translation>Aucun dossier de synchronisation n&apos;est défini. Dans les Paramètres, choisissez un dossier que Syncthing, un stockage en ligne ou un partage réseau tient à jour avec vos collègues, et les paquets voyagent d&apos;eux-mêmes.</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Dossier de synchronisation : %1</translation>
    </message>
    <message>
        <source>The folder is not reachable (drive unplugged, share not mounted?); syncing resumes when it is back.</source>
        <translation>Le dossier est inaccessible (disque débranché, partage non monté ?) ; la synchronisation reprendra à son retour.</translation>
    </message>
    <message>
        <source>Last written: %1</source>
        <translation>Dernière écriture : %1</translation>
    </message>
    <message>
        <source>Last received from %1: %2</source>
        <translation>Dernière réception de %1 : %2</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Lecture du paquet…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase agreed with the sender</source>
        <translation>Phrase secrète convenue avec l&apos;expéditeur</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Empreinte de la clé :</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurés</translation>
    </message>
    <message>
        <source>Changes per record type</source>
        <translation>Modifications par type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>No record is created, changed or deleted.</source>
        <translation>Aucun enregistrement n&apos;est créé, modifié ni supprimé.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Review conflicts</source>
        <translation>&amp;Examiner les conflits</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <source>This bundle cannot be imported: %1</source>
        <translation>Ce paquet ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>You have not received bundles from %1 before. Compare this fingerprint with the one %1 reads to you (on a call, or in person) before you trust it.</source>
        <translation>Vous n&apos;avez encore reçu aucun paquet de %1. Comparez cette empreinte avec celle que %1 vous lit (par téléphone ou en personne) avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>I have compared the fingerprint; trust %1</source>
        <translation>J&apos;ai comparé l&apos;empreinte ; faire confiance à %1</translation>
    </message>
    <message>
        <source>A trusted sender.</source>
        <translation>Un expéditeur de confiance.</translation>
    </message>
    <message>
        <source>This bundle was imported before; importing it again changes nothing.</source>
        <translation>Ce paquet a déjà été importé ; l&apos;importer de nouveau ne change rien.</translation>
    </message>
    <message>
        <source>Nothing can be applied yet: importing keeps the bundle&apos;s changes aside until what they lack arrives.</source>
        <translation>Rien ne peut encore être appliqué : l&apos;importation met les modifications du paquet de côté jusqu&apos;à l&apos;arrivée de ce qui leur manque.</translation>
    </message>
    <message>
        <source>Nothing new: this database already holds every change in the bundle.</source>
        <translation>Rien de nouveau : cette base contient déjà toutes les modifications du paquet.</translation>
    </message>
    <message>
        <source>%1 new changes of %2 in the bundle. Nothing has changed yet: check the preview, then import.</source>
        <translation>%1 nouvelles modifications sur %2 dans le paquet. Rien n&apos;a encore changé : vérifiez l&apos;aperçu, puis importez.</translation>
    </message>
    <message numerus="yes">
        <source>No record is created or deleted; %n field(s) get a second value, kept as a conflict for you to choose.</source>
        <translation>
            <numerusform>Aucun enregistrement n&apos;est créé ni supprimé ; %n champ reçoit une seconde valeur, gardée comme conflit pour que vous choisissiez.</numerusform>
            <numerusform>Aucun enregistrement n&apos;est créé ni supprimé ; %n champs reçoivent une seconde valeur, gardée comme conflit pour que vous choisissiez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé : %1</translation>
    </message>
    <message>
        <source>The database was backed up first to %1.</source>
        <translation>La base a d&apos;abord été sauvegardée dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) now hold two values: review the conflicts to keep one.</source>
        <translation>
            <numerusform>%n champ contient désormais deux valeurs : examinez les conflits pour en garder une.</numerusform>
            <numerusform>%n champs contiennent désormais deux valeurs : examinez les conflits pour en garder une.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>The sender&apos;s name looks like %1, another colleague: compare the key fingerprint with theirs before importing.</source>
        <translation>Le nom de l&apos;expéditeur ressemble à %1, un autre collègue : comparez l&apos;empreinte de la clé avec la sienne avant d&apos;importer.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages with unsaved changes switch to the new language once saved.</source>
        <translation>Les pages avec des modifications non enregistrées passeront à la nouvelle langue une fois enregistrées.</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Cet enregistrement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>SAMPLE DATA (fictional)</source>
        <translation>DONNÉES D’EXEMPLE (fictives)</translation>
    </message>
    <message>
        <source>&amp;Back to my database</source>
        <translation>&amp;Retour à ma base</translation>
    </message>
    <message>
        <source>E&amp;xplore with sample data</source>
        <translation>E&amp;xplorer les données d’exemple</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;About IALI Desktop</source>
        <translation>À &amp;propos d&apos;IALI Desktop</translation>
    </message>
</context>
<context>
    <name>MeetingPackAction</name>
    <message>
        <source>Meeting &amp;pack…</source>
        <translation>&amp;Dossier de réunion…</translation>
    </message>
    <message>
        <source>Print the pack for this EC meeting</source>
        <translation>Imprimer le dossier de cette réunion du CE</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Search EC meetings…</source>
        <translation>Rechercher dans les réunions du CE…</translation>
    </message>
    <message>
        <source>New EC meeting</source>
        <translation>Nouvelle réunion du CE</translation>
    </message>
    <message>
        <source>&amp;Task in the plan…</source>
        <translation>&amp;Tâche du plan…</translation>
    </message>
    <message>
        <source>Make this action item a task of the action plan, or link it to an existing task</source>
        <translation>Faire de cette action à mener une tâche du plan d&apos;action, ou la lier à une tâche existante</translation>
    </message>
    <message>
        <source>Add the &amp;EC members</source>
        <translation>Ajouter les membres du &amp;CE</translation>
    </message>
    <message>
        <source>List the President, the EC members and the regional representatives as participants of this meeting</source>
        <translation>Inscrire le Président, les membres du CE et les représentants régionaux comme participants à cette réunion</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Agenda items, with each item&apos;s minutes</source>
        <translation>Points de l&apos;ordre du jour, avec le procès-verbal de chaque point</translation>
    </message>
    <message>
        <source>Decisions and action items</source>
        <translation>Décisions et actions à mener</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Participants: present, apologies or absent</source>
        <translation>Participants : présents, excusés ou absents</translation>
    </message>
    <message>
        <source>new EC meeting</source>
        <translation>nouvelle réunion du CE</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>Enregistrer « %1 »</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Aucun ajout</translation>
    </message>
    <message>
        <source>Every EC member is listed already.</source>
        <translation>Tous les membres du CE sont déjà inscrits.</translation>
    </message>
    <message>
        <source>Add the EC members</source>
        <translation>Ajouter les membres du CE</translation>
    </message>
    <message>
        <source>&amp;New EC meeting</source>
        <translation>&amp;Nouvelle réunion du CE</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <source>&amp;Minutes PDF…</source>
        <translation>&amp;Procès-verbal en PDF…</translation>
    </message>
    <message>
        <source>Print this meeting&apos;s minutes: attendance, minutes, decisions and actions (marked draft until approved)</source>
        <translation>Imprimer le procès-verbal de cette réunion : présence, procès-verbal, décisions et actions (marqué comme projet jusqu&apos;à son approbation)</translation>
    </message>
    <message>
        <source>&amp;Approve previous minutes…</source>
        <translation>&amp;Approuver le procès-verbal précédent…</translation>
    </message>
    <message>
        <source>Record the previous EC meeting&apos;s minutes as approved at this meeting</source>
        <translation>Consigner le procès-verbal de la réunion du CE précédente comme approuvé lors de cette réunion</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Record the minutes of “%1” as approved at this meeting, on %2?</source>
        <translation>Consigner le procès-verbal de « %1 » comme approuvé lors de cette réunion, le %2 ?</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
</context>
<context>
    <name>MultiRefPicker</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>Start a new plan</source>
        <translation>Commencer un nouveau plan</translation>
    </message>
    <message>
        <source>The new plan gets the source plan&apos;s six action areas, its ongoing activities and every specific task not yet done or cancelled.</source>
        <translation>Le nouveau plan reprend les six domaines d&apos;action du plan source, ses activités permanentes et toutes les tâches spécifiques ni terminées ni annulées.</translation>
    </message>
    <message>
        <source>Start plan</source>
        <translation>Commencer le plan</translation>
    </message>
    <message>
        <source>Carry forward from:</source>
        <translation>Reprendre depuis :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>From year:</source>
        <translation>Année de début :</translation>
    </message>
    <message>
        <source>To year:</source>
        <translation>Année de fin :</translation>
    </message>
    <message>
        <source>IALI Action Plan %1 – %2</source>
        <translation>Plan d&apos;action de l&apos;IALI %1 – %2</translation>
    </message>
</context>
<context>
    <name>PackOptions</name>
    <message>
        <source>The plan covering the meeting&apos;s year</source>
        <translation>Le plan couvrant l&apos;année de la réunion</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données au</translation>
    </message>
    <message>
        <source>The pack shows the records as they stood on this day; the same data and day print the same file.</source>
        <translation>Le dossier montre les enregistrements tels qu&apos;ils étaient ce jour-là ; les mêmes données et le même jour impriment le même fichier.</translation>
    </message>
    <message>
        <source>Open sync conflicts</source>
        <translation>Conflits de synchronisation ouverts</translation>
    </message>
    <message>
        <source>Action &amp;plan:</source>
        <translation>&amp;Plan d&apos;action :</translation>
    </message>
    <message>
        <source>Data &amp;as of:</source>
        <translation>Données &amp;au :</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>This install: %1 — key fingerprint %2</source>
        <translation>Cette installation : %1 — empreinte de la clé %2</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Changes they lack</source>
        <translation>Modifications manquantes</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>No colleague&apos;s bundle has been imported yet. Import one (File &gt; Import bundle…) or send yours first.</source>
        <translation>Aucun paquet de collègue n&apos;a encore été importé. Importez-en un (Fichier &gt; Importer un paquet…) ou envoyez d&apos;abord le vôtre.</translation>
    </message>
    <message>
        <source>&amp;Export for this colleague…</source>
        <translation>&amp;Exporter pour ce collègue…</translation>
    </message>
    <message>
        <source>Send &amp;again what they have not confirmed…</source>
        <translation>&amp;Renvoyer ce qu&apos;il n&apos;a pas confirmé…</translation>
    </message>
    <message>
        <source>A bundle for this colleague was lost: export everything they have not acknowledged, including what was sent before</source>
        <translation>Un paquet pour ce collègue a été perdu : exporter tout ce dont il n&apos;a pas accusé réception, y compris ce qui a déjà été envoyé</translation>
    </message>
    <message>
        <source>&amp;Trust a key fingerprint…</source>
        <translation>&amp;Faire confiance à une empreinte…</translation>
    </message>
    <message>
        <source>(known through others)</source>
        <translation>(connu par d&apos;autres)</translation>
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
        <source>Trust a key fingerprint</source>
        <translation>Faire confiance à une empreinte de clé</translation>
    </message>
    <message>
        <source>The fingerprint your colleague read to you:</source>
        <translation>L&apos;empreinte que votre collègue vous a lue :</translation>
    </message>
    <message>
        <source>Trusted %1</source>
        <translation>%1 est de confiance</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Export personal data as</source>
        <translation>Exporter les données personnelles sous</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;JSON file (*.json)</source>
        <translation>Document PDF (*.pdf);;Fichier JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”?

Their name, e-mail, phone and notes are removed from this %2, from its history and from the search, here and on every colleague&apos;s database when the next bundles arrive. The record stays, without them, so what refers to it still does.

This cannot be undone.</source>
        <translation>Effacer les données personnelles de « %1 » ?

Leur nom, courriel, téléphone et notes sont retirés de cette fiche (%2), de son historique et de la recherche, ici et dans la base de chaque collègue à l&apos;arrivée des prochains paquets. La fiche demeure, sans ces données, de sorte que ce qui y renvoie fonctionne toujours.

Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Backups made before the erasure</source>
        <translation>Sauvegardes antérieures à l&apos;effacement</translation>
    </message>
    <message>
        <source>Backups made before the erasure (%1) may still hold personal data of erased people. Delete them now?</source>
        <translation>Les sauvegardes antérieures à l&apos;effacement (%1) peuvent encore contenir des données personnelles des personnes effacées. Les supprimer maintenant ?</translation>
    </message>
</context>
<context>
    <name>PlanDelegate</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Start a new plan</source>
        <translation>Commencer un nouveau plan</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan :</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Start a new plan…</source>
        <translation>Commencer un nouveau plan…</translation>
    </message>
    <message>
        <source>Action plan tree</source>
        <translation>Arborescence du plan d&apos;action</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>Détails de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation>Modification refusée</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Key outcomes</source>
        <translation>Résultats clés</translation>
    </message>
    <message>
        <source>Ongoing activities</source>
        <translation>Activités permanentes</translation>
    </message>
    <message>
        <source>Specific tasks</source>
        <translation>Tâches spécifiques</translation>
    </message>
    <message>
        <source>Tasks with no action area</source>
        <translation>Tâches sans domaine d&apos;action</translation>
    </message>
    <message>
        <source>Area, outcome or task</source>
        <translation>Domaine, résultat ou tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Form errors</source>
        <translation>Erreurs dans le formulaire</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>In conflict: another copy holds %1. Keep one on the Sync conflicts page.</source>
        <translation>En conflit : une autre installation contient %1. Gardez-en une sur la page Conflits de synchronisation.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked below.</source>
        <translation>Non enregistré : corrigez les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“Done” means 100 % progress. A progress update can set both.</source>
        <translation>« Terminée » signifie 100 % d&apos;avancement. Un point d&apos;avancement peut définir les deux.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>« %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liés</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir l&apos;original</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Points d&apos;avancement</translation>
    </message>
    <message>
        <source>Actions on this record</source>
        <translation>Actions sur cet enregistrement</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Détails de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this.</source>
        <translation>Supprimer « %1 » ? Vous pourrez l&apos;annuler.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>Show the columns that fit</source>
        <translation>Afficher les colonnes qui tiennent</translation>
    </message>
</context>
<context>
    <name>RecordUndo</name>
    <message>
        <source>“%1” was not undone or redone: the record has changed since, by an import or a conflict resolution.</source>
        <translation>« %1 » n’a pas été annulé ni rétabli : la fiche a changé depuis, par une importation ou la résolution d’un conflit.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer : %1</translation>
    </message>
</context>
<context>
    <name>RecordValues</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour rechercher…</translation>
    </message>
    <message>
        <source>no record is called &apos;%1&apos;; pick one from the list</source>
        <translation>aucun enregistrement ne s&apos;appelle « %1 » ; choisissez-en un dans la liste</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related records</source>
        <translation>Enregistrements liés</translation>
    </message>
    <message>
        <source>No other record refers to this one.</source>
        <translation>Aucun autre enregistrement ne renvoie à celui-ci.</translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation>Ouvrir cet enregistrement</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>EC meeting pack</source>
        <translation>Dossier de réunion du CE</translation>
    </message>
    <message>
        <source>Minutes of an EC meeting</source>
        <translation>Procès-verbal d&apos;une réunion du CE</translation>
    </message>
    <message>
        <source>Annual evaluation report</source>
        <translation>Rapport d&apos;évaluation annuel</translation>
    </message>
    <message>
        <source>Progress report to the General Assembly</source>
        <translation>Rapport d&apos;avancement à l&apos;Assemblée générale</translation>
    </message>
    <message>
        <source>Directory of organisations and contacts</source>
        <translation>Annuaire des organisations et des contacts</translation>
    </message>
    <message>
        <source>Directory of experts</source>
        <translation>Annuaire des experts</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>No program opened the PDF. It is saved as:
%1</source>
        <translation>Aucun programme n&apos;a ouvert le PDF. Il est enregistré sous :
%1</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Format de page :</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>Why the report was not made</source>
        <translation>Pourquoi le rapport n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Imprimer en PDF</translation>
    </message>
    <message>
        <source>There is nothing to print this report about yet.</source>
        <translation>Il n&apos;y a encore rien sur quoi imprimer ce rapport.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to save the report in.</source>
        <translation>Choisissez le fichier où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation>Préparation de « %1 »…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>ReportLauncher</name>
    <message>
        <source>No program opened the PDF; it is saved as %1</source>
        <translation>Aucun programme n&apos;a ouvert le PDF ; il est enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>EC &amp;meeting pack…</source>
        <translation>Dossier de &amp;réunion du CE…</translation>
    </message>
    <message>
        <source>EC meeting mi&amp;nutes…</source>
        <translation>&amp;Procès-verbal de réunion du CE…</translation>
    </message>
    <message>
        <source>&amp;Annual evaluation report…</source>
        <translation>Rapport d&apos;évaluation &amp;annuel…</translation>
    </message>
    <message>
        <source>&amp;Progress report to the General Assembly…</source>
        <translation>Rapport d&apos;a&amp;vancement à l&apos;Assemblée générale…</translation>
    </message>
    <message>
        <source>Directory of &amp;organisations and contacts…</source>
        <translation>Annuaire des &amp;organisations et des contacts…</translation>
    </message>
    <message>
        <source>Directory of &amp;experts…</source>
        <translation>Annuaire des &amp;experts…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup to bring this database back to. The current state is backed up first, so you can return to it the same way.</source>
        <translation>Choisissez la sauvegarde à laquelle ramener cette base. L&apos;état actuel est d&apos;abord sauvegardé, pour que vous puissiez y revenir de la même façon.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>Dans la sauvegarde</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Contenu de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Il n&apos;y a encore aucune sauvegarde de cette base.</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite manuellement</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>Backup of %1</source>
        <translation>Sauvegarde du %1</translation>
    </message>
    <message>
        <source>Bring this database back to the backup of %1? The current state is backed up first.</source>
        <translation>Ramener cette base à la sauvegarde du %1 ? L&apos;état actuel est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <source>Restored the backup of %1; the state before it is kept as a backup too.</source>
        <translation>Sauvegarde du %1 restaurée ; l&apos;état précédent est aussi conservé comme sauvegarde.</translation>
    </message>
</context>
<context>
    <name>RestoreOfferBox</name>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>IALI Desktop cannot open %1: the file is damaged.</source>
        <translation>IALI Desktop ne peut pas ouvrir %1 : le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The newest intact backup is from %1 (%2). Restore it? Changes made since then are lost here, unless colleagues hold them and send them again. The damaged file is kept beside the database.</source>
        <translation>La sauvegarde intacte la plus récente date du %1 (%2). La restaurer ? Les modifications faites depuis sont perdues ici, sauf si des collègues les détiennent et les renvoient. Le fichier endommagé est conservé à côté de la base.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search everything (%1)</source>
        <translation>Tout rechercher (%1)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Tout rechercher</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Type words from a name, title or note.</source>
        <translation>Saisissez des mots d&apos;un nom, d&apos;un titre ou d&apos;une note.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n enregistrement trouvé</numerusform>
            <numerusform>%n enregistrements trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search every record…</source>
        <translation>Rechercher dans tous les enregistrements…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>No particular region</source>
        <translation>Aucune région en particulier</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Cet espace de travail</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Empreinte de la clé :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Name on your changes:</source>
        <translation>&amp;Nom sur vos modifications :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>Colleagues see this name on the changes from this copy; they check the fingerprint before trusting them.</source>
        <translation>Vos collègues voient ce nom sur les modifications de cette installation ; ils vérifient l&apos;empreinte avant de leur faire confiance.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Delete backups holding erased data</source>
        <translation>Supprimer les sauvegardes contenant des données effacées</translation>
    </message>
    <message>
        <source>Backups made before a person&apos;s data was erased still hold it</source>
        <translation>Les sauvegardes faites avant l&apos;effacement des données d&apos;une personne les contiennent encore</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sauvegardes :</translation>
    </message>
    <message>
        <source>&amp;Sync folder:</source>
        <translation>Dossier de &amp;synchronisation :</translation>
    </message>
    <message>
        <source>Largest attached file in a bundle</source>
        <translation>Plus grand fichier joint dans un paquet</translation>
    </message>
    <message>
        <source>Largest bundle</source>
        <translation>Plus grand paquet</translation>
    </message>
    <message>
        <source>Attached files in bundles</source>
        <translation>Fichiers joints dans les paquets</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>Plus grand &amp;fichier :</translation>
    </message>
    <message>
        <source>Largest b&amp;undle:</source>
        <translation>Plus grand pa&amp;quet :</translation>
    </message>
    <message>
        <source>Bundles with a larger file are refused on import, and such files are left out of the bundles you write.</source>
        <translation>Les paquets contenant un fichier plus grand sont refusés à l&apos;importation, et ces fichiers sont exclus des paquets que vous écrivez.</translation>
    </message>
    <message>
        <source>may still hold erased personal data</source>
        <translation>peuvent encore contenir des données personnelles effacées</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n fichier, %1</numerusform>
            <numerusform>%n fichiers, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Older backups are thinned out to one a day, one a week and one a month.</source>
        <translation>Les sauvegardes plus anciennes sont réduites à une par jour, une par semaine et une par mois.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Supprimer les sauvegardes</translation>
    </message>
    <message>
        <source>Delete every backup that still holds personal data erased since it was made? Backups you made yourself are deleted too.</source>
        <translation>Supprimer toutes les sauvegardes qui contiennent encore des données personnelles effacées depuis leur création ? Les sauvegardes que vous avez faites vous-même sont aussi supprimées.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (XLSX) file whose first line names the columns. A file exported from this table imports back as updates.</source>
        <translation>Choisissez un fichier CSV ou Excel (XLSX) dont la première ligne nomme les colonnes. Un fichier exporté depuis ce tableau se réimporte comme des mises à jour.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Fichier tableur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Which field does each column fill?</source>
        <translation>Quel champ chaque colonne remplit-elle ?</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Match existing records on:</source>
        <translation>Retrouver les fiches existantes par :</translation>
    </message>
    <message>
        <source>Match existing records on</source>
        <translation>Retrouver les fiches existantes par</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Aperçu &gt;</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <source>%1 rows read.</source>
        <translation>%1 lignes lues.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <source>nothing: every row is a new record</source>
        <translation>rien : chaque ligne est une nouvelle fiche</translation>
    </message>
    <message>
        <source>Map at least one column to a field.</source>
        <translation>Associez au moins une colonne à un champ.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged</source>
        <translation>%1 à créer, %2 à mettre à jour, %3 inchangées</translation>
    </message>
    <message>
        <source>%1 rows with errors: fix them in the file and preview again; nothing is imported while any row is in error.</source>
        <translation>%1 lignes en erreur : corrigez-les dans le fichier et relancez l’aperçu ; rien n’est importé tant qu’une ligne est en erreur.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Nothing was imported: records changed since the preview.</source>
        <translation>Rien n’a été importé : des fiches ont changé depuis l’aperçu.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>StartChoiceDialog</name>
    <message>
        <source>Welcome to IALI Desktop</source>
        <translation>Bienvenue dans IALI Desktop</translation>
    </message>
    <message>
        <source>Start with your own database, holding both action plans and nothing else, or first explore a workspace filled with fictional sample data. The sample data is kept in a separate file: it never mixes with your records and is never sent to colleagues. You can open either later from the File menu.</source>
        <translation>Commencez avec votre propre base, qui contient les deux plans d’action et rien d’autre, ou explorez d’abord un espace de travail rempli de données d’exemple fictives. Les données d’exemple sont dans un fichier séparé : elles ne se mêlent jamais à vos enregistrements et ne sont jamais envoyées aux collègues. Vous pourrez ouvrir l’une ou l’autre plus tard depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Start with a &amp;clean database</source>
        <translation>Commencer avec une base &amp;vierge</translation>
    </message>
    <message>
        <source>&amp;Explore with sample data</source>
        <translation>&amp;Explorer les données d’exemple</translation>
    </message>
</context>
<context>
    <name>StartPlanCommand</name>
    <message>
        <source>Start plan %1</source>
        <translation>Commencer le plan %1</translation>
    </message>
    <message>
        <source>The new plan was not undone: %1</source>
        <translation>Le nouveau plan n’a pas été annulé : %1</translation>
    </message>
</context>
<context>
    <name>SyncFolderField</name>
    <message>
        <source>none: bundles travel only when you export</source>
        <translation>aucun : les paquets ne voyagent que lorsque vous exportez</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>A folder that Syncthing, a cloud drive or a network share keeps in step with colleagues: your changes are written there and theirs imported, by themselves. Never the folder of the database itself.</source>
        <translation>Un dossier que Syncthing, un stockage en ligne ou un partage réseau tient à jour avec vos collègues : vos modifications y sont écrites et les leurs importées, d&apos;elles-mêmes. Jamais le dossier de la base elle-même.</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>IALI Desktop bundles (*.ialibundle)</source>
        <translation>Paquets IALI Desktop (*.ialibundle)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter un paquet…</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>C&amp;ollègues</translation>
    </message>
</context>
<context>
    <name>TaskUpdateDialog</name>
    <message>
        <source>Add progress update</source>
        <translation>Ajouter un point d&apos;avancement</translation>
    </message>
    <message>
        <source>“Done” means 100 % progress.</source>
        <translation>« Terminée » signifie 100 % d&apos;avancement.</translation>
    </message>
    <message>
        <source>Write what happened: the update text is required.</source>
        <translation>Décrivez ce qui s&apos;est passé : le texte du point est obligatoire.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
</context>
<context>
    <name>TaskUpdatesPanel</name>
    <message>
        <source>Progress updates</source>
        <translation>Points d&apos;avancement</translation>
    </message>
    <message>
        <source>No progress updates yet.</source>
        <translation>Aucun point d&apos;avancement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Add update…</source>
        <translation>&amp;Ajouter un point…</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>Write the year with four digits (“%1” could be 19%2 or 20%2)</source>
        <translation>Écrivez l&apos;année en quatre chiffres (« %1 » pourrait être 19%2 ou 20%2)</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as %2</source>
        <translation>« %1 » n&apos;est pas une date ; écrivez-la sous la forme %2</translation>
    </message>
    <message>
        <source>There is no such day as “%1”</source>
        <translation>Le jour « %1 » n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>IALI Desktop user guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;IALI Desktop</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>The offline workspace of the IALI Executive Committee.</source>
        <translation>L&apos;espace de travail hors ligne du Comité exécutif de l&apos;IALI.</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <translation>Licence : MIT</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Dossier des journaux :</translation>
    </message>
    <message>
        <source>About IALI Desktop</source>
        <translation>À propos d&apos;IALI Desktop</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This database is read-only here (%1): you can read it but not change it.</source>
        <translation>Cette base est en lecture seule ici (%1) : vous pouvez la lire mais pas la modifier.</translation>
    </message>
    <message>
        <source>This database is open in another IALI Desktop window that does not answer; close it and try again.</source>
        <translation>Cette base est ouverte dans une autre fenêtre d&apos;IALI Desktop qui ne répond pas ; fermez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Any other business</source>
        <translation>Questions diverses</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Assistance technique</translation>
    </message>
    <message>
        <source>Assistance criteria</source>
        <translation>Critères d&apos;assistance</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Assistance requests awaiting decision</source>
        <translation>Demandes d&apos;assistance en attente de décision</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président de séance</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Co-organiser</source>
        <translation>Co-organisateur</translation>
    </message>
    <message>
        <source>Code of practice</source>
        <translation>Code de pratique</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Congress and General Assembly</source>
        <translation>Congrès et Assemblée générale</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Accord de coopération</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ajournée</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Radié</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>EC meeting</source>
        <translation>Réunion du CE</translation>
    </message>
    <message>
        <source>EC member</source>
        <translation>Membre du CE</translation>
    </message>
    <message>
        <source>Election or appointment</source>
        <translation>Élection ou nomination</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Employer or worker body</source>
        <translation>Organisation d&apos;employeurs ou de travailleurs</translation>
    </message>
    <message>
        <source>Events and calendar</source>
        <translation>Événements et calendrier</translation>
    </message>
    <message>
        <source>Events calendar</source>
        <translation>Calendrier des événements</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Experts listed and delisted</source>
        <translation>Experts inscrits et radiés</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Finance, membership and dues</source>
        <translation>Finances, adhésions et cotisations</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>IALI conference</source>
        <translation>Conférence de l&apos;IALI</translation>
    </message>
    <message>
        <source>IBOR stages</source>
        <translation>Étapes IBOR</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>International body</source>
        <translation>Organisme international</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Échu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Lettre d&apos;intention</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Lobby group or NGO</source>
        <translation>Groupe d&apos;intérêt ou ONG</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Members and dues</source>
        <translation>Membres et cotisations</translation>
    </message>
    <message>
        <source>Membership categories</source>
        <translation>Catégories de membres</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>Protocole d&apos;accord</translation>
    </message>
    <message>
        <source>MOU register</source>
        <translation>Registre des protocoles d&apos;accord</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>National inspectorate</source>
        <translation>Inspection nationale</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d&apos;information</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Ongoing activity</source>
        <translation>Activité permanente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Actions carried forward</source>
        <translation>Actions reportées</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Partnerships and agreements</source>
        <translation>Partenariats et accords</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Action plan status</source>
        <translation>État du plan d&apos;action</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Previous minutes and matters arising</source>
        <translation>Procès-verbal précédent et questions en découlant</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Régional</translation>
    </message>
    <message>
        <source>Regional alliance</source>
        <translation>Alliance régionale</translation>
    </message>
    <message>
        <source>Regional conference</source>
        <translation>Conférence régionale</translation>
    </message>
    <message>
        <source>Regional reports</source>
        <translation>Rapports régionaux</translation>
    </message>
    <message>
        <source>Regional representative</source>
        <translation>Représentant régional</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Démissionnaire</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Skill categories</source>
        <translation>Catégories de compétences</translation>
    </message>
    <message>
        <source>Social partners</source>
        <translation>Partenaires sociaux</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Specific task</source>
        <translation>Tâche spécifique</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>World congress</source>
        <translation>Congrès mondial</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and the action was not finished. Details are in the log folder: %1</source>
        <translation>Un problème est survenu et l&apos;action n&apos;a pas abouti. Les détails se trouvent dans le dossier des journaux : %1</translation>
    </message>
    <message>
        <source>IALI Desktop</source>
        <translation>IALI Desktop</translation>
    </message>
</context>
<context>
    <name>field_help</name>
    <message>
        <source>HH:MM, the time the first agenda item starts (09:00 when empty)</source>
        <translation>HH:MM, l&apos;heure à laquelle commence le premier point de l&apos;ordre du jour (09:00 si vide)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Année de fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposé le</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Areas of engagement for members</source>
        <translation>Domaines d&apos;engagement des membres</translation>
    </message>
    <message>
        <source>Action area</source>
        <translation>Domaine d&apos;action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Related areas</source>
        <translation>Domaines liés</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Avancement %</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Established by IALI</source>
        <translation>Créée par l&apos;IALI</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Sphere of influence</source>
        <translation>Sphère d&apos;influence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Suivi prévu le</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Révision prévue le</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Référence du document</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuel</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>IALI role</source>
        <translation>Rôle de l&apos;IALI</translation>
    </message>
    <message>
        <source>Linked tasks</source>
        <translation>Tâches liées</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>EC meeting</source>
        <translation>Réunion du CE</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présentateur</translation>
    </message>
    <message>
        <source>Minutes allotted</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Papers in the pack</source>
        <translation>Documents du dossier</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Linked assistance requests</source>
        <translation>Demandes d&apos;assistance liées</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Global Code of Integrity adopted</source>
        <translation>Code mondial d&apos;intégrité adopté</translation>
    </message>
    <message>
        <source>Common Principles adopted</source>
        <translation>Principes communs adoptés</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Skill categories</source>
        <translation>Catégories de compétences</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Listing changed on</source>
        <translation>Inscription modifiée le</translation>
    </message>
    <message>
        <source>Listing reason</source>
        <translation>Motif de l&apos;inscription</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Réponse le</translation>
    </message>
    <message>
        <source>EC decision</source>
        <translation>Décision du CE</translation>
    </message>
    <message>
        <source>Assigned experts</source>
        <translation>Experts désignés</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Score (0-5)</source>
        <translation>Note (0-5)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Inspectorate</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Statut du procès-verbal</translation>
    </message>
    <message>
        <source>Minutes approved at</source>
        <translation>Procès-verbal approuvé lors de</translation>
    </message>
    <message>
        <source>Minutes approved on</source>
        <translation>Procès-verbal approuvé le</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Task in the plan</source>
        <translation>Tâche du plan</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Alliances and organisations</source>
        <translation>Alliances et organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>Agreements (MOU register)</source>
        <translation>Registre des accords</translation>
    </message>
    <message>
        <source>Events and conferences</source>
        <translation>Événements et conférences</translation>
    </message>
    <message>
        <source>EC meetings</source>
        <translation>Réunions du CE</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>Demandes d&apos;assistance</translation>
    </message>
    <message>
        <source>IBOR</source>
        <translation>IBOR</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
</context>
<context>
    <name>record_phrases</name>
    <message>
        <source>New action plan</source>
        <translation>Nouveau plan d&apos;action</translation>
    </message>
    <message>
        <source>New action area</source>
        <translation>Nouveau domaine d&apos;action</translation>
    </message>
    <message>
        <source>New key outcome</source>
        <translation>Nouveau résultat clé</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>New progress update</source>
        <translation>Nouveau point d&apos;avancement</translation>
    </message>
    <message>
        <source>New region</source>
        <translation>Nouvelle région</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New representative assignment</source>
        <translation>Nouvelle affectation de représentant</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nouveau point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>New decision or action item</source>
        <translation>Nouvelle décision ou action à mener</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>New dues payment</source>
        <translation>Nouvelle cotisation</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Nouvel expert</translation>
    </message>
    <message>
        <source>New assistance request</source>
        <translation>Nouvelle demande d&apos;assistance</translation>
    </message>
    <message>
        <source>New criterion assessment</source>
        <translation>Nouvelle évaluation d&apos;un critère</translation>
    </message>
    <message>
        <source>New IBOR assessment</source>
        <translation>Nouvelle évaluation IBOR</translation>
    </message>
    <message>
        <source>New publication</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>New list entry</source>
        <translation>Nouvelle entrée de liste</translation>
    </message>
    <message>
        <source>New attachment</source>
        <translation>Nouvelle pièce jointe</translation>
    </message>
    <message>
        <source>Delete action plan</source>
        <translation>Supprimer le plan d&apos;action</translation>
    </message>
    <message>
        <source>Delete action area</source>
        <translation>Supprimer le domaine d&apos;action</translation>
    </message>
    <message>
        <source>Delete key outcome</source>
        <translation>Supprimer le résultat clé</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete progress update</source>
        <translation>Supprimer le point d&apos;avancement</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Supprimer la région</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete representative assignment</source>
        <translation>Supprimer l&apos;affectation de représentant</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Supprimer l&apos;accord</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Supprimer le participant</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Supprimer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Delete decision or action item</source>
        <translation>Supprimer la décision ou action à mener</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Supprimer le membre</translation>
    </message>
    <message>
        <source>Delete dues payment</source>
        <translation>Supprimer la cotisation</translation>
    </message>
    <message>
        <source>Delete expert</source>
        <translation>Supprimer l&apos;expert</translation>
    </message>
    <message>
        <source>Delete assistance request</source>
        <translation>Supprimer la demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Delete criterion assessment</source>
        <translation>Supprimer l&apos;évaluation du critère</translation>
    </message>
    <message>
        <source>Delete IBOR assessment</source>
        <translation>Supprimer l&apos;évaluation IBOR</translation>
    </message>
    <message>
        <source>Delete publication</source>
        <translation>Supprimer la publication</translation>
    </message>
    <message>
        <source>Delete list entry</source>
        <translation>Supprimer l&apos;entrée de liste</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Supprimer la pièce jointe</translation>
    </message>
    <message>
        <source>Search tasks…</source>
        <translation>Rechercher des tâches…</translation>
    </message>
    <message>
        <source>Search organisations…</source>
        <translation>Rechercher des organisations…</translation>
    </message>
    <message>
        <source>Search people…</source>
        <translation>Rechercher des personnes…</translation>
    </message>
    <message>
        <source>Search engagements…</source>
        <translation>Rechercher dans le journal des contacts…</translation>
    </message>
    <message>
        <source>Search MOU register…</source>
        <translation>Rechercher dans le registre des accords…</translation>
    </message>
    <message>
        <source>Search events…</source>
        <translation>Rechercher des événements…</translation>
    </message>
    <message>
        <source>Search members…</source>
        <translation>Rechercher des membres…</translation>
    </message>
    <message>
        <source>Search experts…</source>
        <translation>Rechercher des experts…</translation>
    </message>
    <message>
        <source>Search assistance requests…</source>
        <translation>Rechercher des demandes d&apos;assistance…</translation>
    </message>
    <message>
        <source>Search IBOR assessments…</source>
        <translation>Rechercher des évaluations IBOR…</translation>
    </message>
    <message>
        <source>Search publications…</source>
        <translation>Rechercher des publications…</translation>
    </message>
    <message>
        <source>Search regions…</source>
        <translation>Rechercher des régions…</translation>
    </message>
    <message>
        <source>Search list entries…</source>
        <translation>Rechercher des entrées de liste…</translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Importer des tâches</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importer des organisations</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>Import engagements</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Import agreements</source>
        <translation>Importer des accords</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importer des événements</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Importer des membres</translation>
    </message>
    <message>
        <source>Import experts</source>
        <translation>Importer des experts</translation>
    </message>
    <message>
        <source>Import assistance requests</source>
        <translation>Importer des demandes d&apos;assistance</translation>
    </message>
    <message>
        <source>Import IBOR assessments</source>
        <translation>Importer des évaluations IBOR</translation>
    </message>
    <message>
        <source>Import publications</source>
        <translation>Importer des publications</translation>
    </message>
    <message>
        <source>Import regions</source>
        <translation>Importer des régions</translation>
    </message>
    <message>
        <source>Import list entries</source>
        <translation>Importer des entrées de liste</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Add decision or action item</source>
        <translation>Ajouter une décision ou action à mener</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Retirer le point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Remove decision or action item</source>
        <translation>Retirer la décision ou action à mener</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Reorder agenda items</source>
        <translation>Réordonner les points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Reorder decisions and action items</source>
        <translation>Réordonner les décisions et actions à mener</translation>
    </message>
    <message>
        <source>Reorder participants</source>
        <translation>Réordonner les participants</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importer des fiches</translation>
    </message>
    <message>
        <source>Add record</source>
        <translation>Ajouter une fiche</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>Retirer la fiche</translation>
    </message>
    <message>
        <source>Reorder records</source>
        <translation>Réordonner les fiches</translation>
    </message>
</context>
<context>
    <name>record_types</name>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Plans d&apos;action</translation>
    </message>
    <message>
        <source>Action area</source>
        <translation>Domaine d&apos;action</translation>
    </message>
    <message>
        <source>Action areas</source>
        <translation>Domaines d&apos;action</translation>
    </message>
    <message>
        <source>Key outcome</source>
        <translation>Résultat clé</translation>
    </message>
    <message>
        <source>Key outcomes</source>
        <translation>Résultats clés</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Point d&apos;avancement</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Points d&apos;avancement</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Representative assignment</source>
        <translation>Affectation de représentant</translation>
    </message>
    <message>
        <source>Representative assignments</source>
        <translation>Affectations de représentants</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreements (MOU register)</source>
        <translation>Registre des accords</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Decision or action item</source>
        <translation>Décision ou action à mener</translation>
    </message>
    <message>
        <source>Decisions and action items</source>
        <translation>Décisions et actions à mener</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Assistance request</source>
        <translation>Demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Assistance requests</source>
        <translation>Demandes d&apos;assistance</translation>
    </message>
    <message>
        <source>Criterion assessment</source>
        <translation>Évaluation d&apos;un critère</translation>
    </message>
    <message>
        <source>Criterion assessments</source>
        <translation>Évaluations des critères</translation>
    </message>
    <message>
        <source>IBOR assessment</source>
        <translation>Évaluation IBOR</translation>
    </message>
    <message>
        <source>IBOR assessments</source>
        <translation>Évaluations IBOR</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>List entry</source>
        <translation>Entrée de liste</translation>
    </message>
    <message>
        <source>List entries</source>
        <translation>Entrées de liste</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
</TS>
