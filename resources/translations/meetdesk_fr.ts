<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ConfigureDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="176"/>
        <source>Configure {name}</source>
        <translation>Configurer {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="186"/>
        <source>Choose what Meetdesk may use from this account.</source>
        <translation>Choisissez ce que Meetdesk peut utiliser de ce compte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="200"/>
        <source>Your administrator no longer allows: {names}. Saving removes them.</source>
        <translation>Votre administrateur n’autorise plus&#xa0;: {names}. L’enregistrement les retire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="211"/>
        <source>Save permissions</source>
        <translation>Enregistrer les autorisations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="212"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="233"/>
        <source>Waiting for you to sign in in your web browser…</source>
        <translation>En attente de votre connexion dans le navigateur web…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="245"/>
        <source>Signing in failed. The log has the details.</source>
        <translation>La connexion a échoué. Le journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="563"/>
        <source>Connect a calendar and contacts service</source>
        <translation>Connecter un service de calendrier et de contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="573"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="574"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="575"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="576"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="584"/>
        <source>Choose a service first.</source>
        <translation>Choisissez d’abord un service.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="608"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="626"/>
        <source>Waiting for you to sign in in your web browser… (up to 5 minutes)</source>
        <translation>En attente de votre connexion dans le navigateur web… (5 minutes au maximum)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="660"/>
        <source>Signing in failed unexpectedly. The log has the details.</source>
        <translation>La connexion a échoué de façon inattendue. Le journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="119"/>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="128"/>
        <source>Select a contact to see the details.</source>
        <translation>Sélectionnez un contact pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="158"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="161"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="165"/>
        <source>No e-mail address or phone number.</source>
        <translation>Aucune adresse e-mail ni aucun numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="167"/>
        <location filename="../../desktop/ui/contacts/page.py" line="171"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="216"/>
        <source>In {folder}</source>
        <translation>Dans {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="221"/>
        <source>Write e-mail</source>
        <translation>Écrire un e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="223"/>
        <location filename="../../desktop/ui/contacts/page.py" line="226"/>
        <source>Write an e-mail to {address}</source>
        <translation>Écrire un e-mail à {address}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="234"/>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="235"/>
        <location filename="../../desktop/ui/contacts/page.py" line="236"/>
        <source>Call {phone}</source>
        <translation>Appeler le {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="271"/>
        <source>Cannot call</source>
        <translation>Impossible d’appeler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="272"/>
        <source>{phone} cannot be called: no phone app accepted the number.</source>
        <translation>Impossible d’appeler le {phone}&#xa0;: aucune application de téléphonie n’a accepté le numéro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="282"/>
        <source>Cannot write an e-mail</source>
        <translation>Impossible d’écrire un e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="283"/>
        <source>No e-mail app could open {address}.</source>
        <translation>Aucune application de messagerie n’a pu ouvrir {address}.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="68"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="68"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="74"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="101"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="102"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="106"/>
        <source>E-mail addresses, one per line</source>
        <translation>Adresses e-mail, une par ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="108"/>
        <source>&amp;E-mail addresses:</source>
        <translation>Adresses e-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="108"/>
        <source>One per line</source>
        <translation>Une par ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="112"/>
        <source>Phone numbers, one per line</source>
        <translation>Numéros de téléphone, un par ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="116"/>
        <source>&amp;Phone numbers:</source>
        <translation>Numéros de &amp;téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="118"/>
        <source>One per line, e.g. +31 20 123 4567</source>
        <translation>Un par ligne, par ex. +33 1 23 45 67 89</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="122"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="123"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Société&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="126"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="127"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="131"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="133"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="136"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="141"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="145"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="147"/>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="150"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="178"/>
        <source>A contact stays in its folder when edited.</source>
        <translation>Un contact reste dans son dossier quand on le modifie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="184"/>
        <source>{path} ({account})</source>
        <translation>{path} ({account})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="192"/>
        <source>No address book allows adding contacts. Turn on Contacts write in Settings.</source>
        <translation>Aucun carnet d’adresses ne permet d’ajouter des contacts. Activez Écriture des contacts dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="255"/>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="297"/>
        <location filename="../../desktop/ui/contacts/page.py" line="392"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="334"/>
        <source>Search all contacts (Ctrl+F)</source>
        <translation>Rechercher dans tous les contacts (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="335"/>
        <source>Search all contacts</source>
        <translation>Rechercher dans tous les contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="337"/>
        <source>Names, e-mail addresses, phone numbers and companies in every address book</source>
        <translation>Noms, adresses e-mail, numéros de téléphone et sociétés dans tous les carnets d’adresses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="344"/>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="345"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="347"/>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="348"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="361"/>
        <source>A&amp;ddress books</source>
        <translation>&amp;Carnets d’adresses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="364"/>
        <source>Address books and folders</source>
        <translation>Carnets d’adresses et dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="382"/>
        <location filename="../../desktop/ui/contacts/page.py" line="653"/>
        <source>Contact &amp;list</source>
        <translation>&amp;Liste des contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="413"/>
        <source>No contacts in this folder</source>
        <translation>Aucun contact dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="415"/>
        <source>Add contact…</source>
        <translation>Ajouter un contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="416"/>
        <source>Add a contact to this folder</source>
        <translation>Ajouter un contact à ce dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="430"/>
        <source>Search looks for names, e-mail addresses, phone numbers and companies in every address book.</source>
        <translation>La recherche porte sur les noms, adresses e-mail, numéros de téléphone et sociétés de tous les carnets d’adresses.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="437"/>
        <location filename="../../desktop/ui/contacts/page.py" line="438"/>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="465"/>
        <source>No address books. Connect one in Settings.</source>
        <translation>Aucun carnet d’adresses. Connectez-en un dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="471"/>
        <source>&amp;Open Settings</source>
        <translation>&amp;Ouvrir les Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="472"/>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="621"/>
        <source>No results for “{text}”</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="627"/>
        <source>The first {count} results. Type more to narrow the search.</source>
        <translation>Les {count} premiers résultats. Précisez la recherche pour en affiner le résultat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="633"/>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="635"/>
        <source>{count} results</source>
        <translation>{count} résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="637"/>
        <source>Search results in all address books</source>
        <translation>Résultats de la recherche dans tous les carnets d’adresses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="638"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="645"/>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="647"/>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="651"/>
        <source>Contact &amp;list: {folder}</source>
        <translation>&amp;Liste des contacts&#xa0;: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="655"/>
        <source>Contacts in {folder}</source>
        <translation>Contacts dans {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="732"/>
        <source>No address book allows adding contacts. Turn on Contacts write in Settings.</source>
        <translation>Aucun carnet d’adresses ne permet d’ajouter des contacts. Activez Écriture des contacts dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="738"/>
        <source>This folder is read-only; a new contact goes to a folder you can change.</source>
        <translation>Ce dossier est en lecture seule&#xa0;; un nouveau contact va dans un dossier que vous pouvez modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="746"/>
        <source>Select a contact to edit it.</source>
        <translation>Sélectionnez un contact pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="749"/>
        <source>This contact&apos;s folder is read-only (Contacts write is off for its account).</source>
        <translation>Le dossier de ce contact est en lecture seule (Écriture des contacts est désactivée pour son compte).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/app.py" line="89"/>
        <source>Meetdesk ran into an unexpected problem and carried on. If something looks wrong, restart it. The details are in the log: {path}</source>
        <translation>Meetdesk a rencontré un problème inattendu et a continué. Si quelque chose semble anormal, redémarrez-le. Les détails sont dans le journal&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>FirstLoginPrompt</name>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="35"/>
        <source>Set up calendar and contacts</source>
        <translation>Configurer le calendrier et les contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="39"/>
        <source>See your meetings and contacts in Meetdesk</source>
        <translation>Voyez vos réunions et vos contacts dans Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="48"/>
        <source>Connect the calendar and contacts you already use: Meetdesk then lists your upcoming meetings with a Join button and keeps your contacts at hand. You choose what it may read or change, and can change or remove it later in Settings.</source>
        <translation>Connectez le calendrier et les contacts que vous utilisez déjà&#xa0;: Meetdesk affiche alors vos prochaines réunions avec un bouton Rejoindre et garde vos contacts à portée de main. Vous choisissez ce qu’il peut lire ou modifier, et pouvez le changer ou le retirer plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="61"/>
        <source>&amp;Set up now</source>
        <translation>&amp;Configurer maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="63"/>
        <source>Set up now</source>
        <translation>Configurer maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="65"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="67"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="68"/>
        <source>Open Se&amp;ttings</source>
        <translation>Ouvrir les Paramè&amp;tres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="70"/>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="107"/>
        <source>Your calendar and address book on this computer are already connected. Choose what Meetdesk may use from them.</source>
        <translation>Le calendrier et le carnet d’adresses de cet ordinateur sont déjà connectés. Choisissez ce que Meetdesk peut en utiliser.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="113"/>
        <source>No service can be connected right now. Settings shows what is set up.</source>
        <translation>Aucun service ne peut être connecté pour le moment. Les Paramètres indiquent ce qui est configuré.</translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <location filename="../../desktop/ui/contacts/models.py" line="78"/>
        <source>{folder} – {account}</source>
        <translation>{folder} – {account}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="152"/>
        <source>Import calendar file</source>
        <translation>Importer un fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="160"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="170"/>
        <source>1 event found.</source>
        <translation>1 événement trouvé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="172"/>
        <source>{count} events found.</source>
        <translation>{count} événements trouvés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="174"/>
        <source>Importing the file again updates them.</source>
        <translation>Importer à nouveau le fichier les met à jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="176"/>
        <source>No event in this file can be imported.</source>
        <translation>Aucun événement de ce fichier ne peut être importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="181"/>
        <source>Events in the file</source>
        <translation>Événements du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="198"/>
        <source>The file holds no events.</source>
        <translation>Le fichier ne contient aucun événement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="199"/>
        <source>&amp;Problems in the file</source>
        <translation>&amp;Problèmes dans le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="203"/>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="219"/>
        <source>Calendar to add the events to</source>
        <translation>Calendrier auquel ajouter les événements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="230"/>
        <source>Add to &amp;calendar</source>
        <translation>Ajouter au &amp;calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="239"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="243"/>
        <source>There is no calendar you may add meetings to. In Settings, connect a service or allow Calendar write.</source>
        <translation>Il n’y a aucun calendrier auquel vous pouvez ajouter des réunions. Dans les Paramètres, connectez un service ou autorisez Écriture du calendrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="251"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="253"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="257"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="279"/>
        <source>Added {added}, updated {updated}.</source>
        <translation>Ajoutés&#xa0;: {added}, mis à jour&#xa0;: {updated}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="285"/>
        <source>1 item skipped.</source>
        <translation>1 élément ignoré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="287"/>
        <source>{count} items skipped.</source>
        <translation>{count} éléments ignorés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="294"/>
        <source>Calendar file imported</source>
        <translation>Fichier de calendrier importé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="295"/>
        <source>{file}: {summary}</source>
        <translation>{file}&#xa0;: {summary}</translation>
    </message>
</context>
<context>
    <name>ImportEventsModel</name>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="87"/>
        <source>{date} (all day)</source>
        <translation>{date} (toute la journée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="91"/>
        <source>{date} {start}–{end}</source>
        <translation>{date} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="94"/>
        <source>{start_date} {start} – {end_date} {end}</source>
        <translation>{start_date} {start} – {end_date} {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="103"/>
        <source>Changes one occurrence</source>
        <translation>Modifie une occurrence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="108"/>
        <source>Repeats daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="109"/>
        <source>Repeats weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="110"/>
        <source>Repeats monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="111"/>
        <source>Repeats yearly</source>
        <translation>Tous les ans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="114"/>
        <location filename="../../desktop/ui/importing/dialog.py" line="48"/>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="121"/>
        <source>(No title)</source>
        <translation>(Sans titre)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="48"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="48"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="56"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="57"/>
        <location filename="../../desktop/ui/main_window.py" line="96"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="70"/>
        <source>&amp;Open calendar file…</source>
        <translation>&amp;Ouvrir un fichier de calendrier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>Mee&amp;ting</source>
        <translation>Réu&amp;nion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <source>&amp;Join selected meeting</source>
        <translation>&amp;Rejoindre la réunion sélectionnée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="97"/>
        <source>&amp;Search contacts</source>
        <translation>Rechercher des &amp;contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103"/>
        <source>&amp;About Meetdesk</source>
        <translation>À &amp;propos de Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>Sync with your calendar services now (F5)</source>
        <translation>Synchroniser maintenant avec vos services de calendrier (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="122"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>Nothing to sync: connect a server in Settings.</source>
        <translation>Rien à synchroniser&#xa0;: connectez un serveur dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135"/>
        <source>Sync finished with problems. {details}</source>
        <translation>Synchronisation terminée avec des problèmes. {details}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>Everything is up to date.</source>
        <translation>Tout est à jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>Sync failed. The log has the details.</source>
        <translation>La synchronisation a échoué. Le journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>About Meetdesk</source>
        <translation>À propos de Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Your meetings and contacts, in sync with your calendar services.</source>
        <translation>Vos réunions et vos contacts, synchronisés avec vos services de calendrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Open calendar file</source>
        <translation>Ouvrir un fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>The file is larger than 5 MB.</source>
        <translation>Le fichier dépasse 5 Mo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>Cannot open calendar file</source>
        <translation>Impossible d’ouvrir le fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>{name} cannot be opened: {reason}</source>
        <translation>Impossible d’ouvrir {name}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>MeetingDelegate</name>
    <message>
        <location filename="../../desktop/ui/meetings/delegate.py" line="88"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/delegate.py" line="204"/>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/delegate.py" line="216"/>
        <source>repeats</source>
        <translation>périodique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/delegate.py" line="237"/>
        <source>Host: {host}</source>
        <translation>Organisateur&#xa0;: {host}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/delegate.py" line="238"/>
        <source>No meeting link</source>
        <translation>Aucun lien de réunion</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsDialog</name>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="135"/>
        <source>Meeting details</source>
        <translation>Détails de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="162"/>
        <source>{date}, {start} – {end}</source>
        <translation>{date}, {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="165"/>
        <source>{date} {start} – {end_date} {end}</source>
        <translation>{date} {start} – {end_date} {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="175"/>
        <source>{date}, all day</source>
        <translation>{date}, toute la journée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="182"/>
        <source>{span} in the meeting&apos;s time zone ({zone})</source>
        <translation>{span} dans le fuseau horaire de la réunion ({zone})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="189"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="190"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="191"/>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="192"/>
        <location filename="../../desktop/ui/meetings/details.py" line="193"/>
        <source>No response yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="203"/>
        <source>{who} — {response}</source>
        <translation>{who} — {response}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="205"/>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="235"/>
        <source>Private meeting</source>
        <translation>Réunion privée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="237"/>
        <source>(No topic)</source>
        <translation>(Sans sujet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="238"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="250"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="251"/>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="260"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="262"/>
        <source>Edit this meeting</source>
        <translation>Modifier cette réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="265"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="267"/>
        <source>Delete this meeting</source>
        <translation>Supprimer cette réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="270"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="282"/>
        <source>Repeats:</source>
        <translation>Répétition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="282"/>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="283"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="286"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="286"/>
        <source>Host</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="287"/>
        <source>Host:</source>
        <translation>Organisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="288"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="289"/>
        <source>Calendar:</source>
        <translation>Calendrier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="291"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="292"/>
        <source>Location:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="299"/>
        <location filename="../../desktop/ui/meetings/details.py" line="386"/>
        <source>Meeting ID: {id}</source>
        <translation>ID de réunion&#xa0;: {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="301"/>
        <location filename="../../desktop/ui/meetings/details.py" line="388"/>
        <source>Passcode: {passcode}</source>
        <translation>Code secret&#xa0;: {passcode}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="303"/>
        <source>Meeting ID and passcode</source>
        <translation>ID de réunion et code secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="304"/>
        <source>Cop&amp;y meeting ID and passcode</source>
        <translation>&amp;Copier l’ID de réunion et le code secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="305"/>
        <source>Copy meeting ID and passcode</source>
        <translation>Copier l’ID de réunion et le code secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="308"/>
        <source>Dial-in details:</source>
        <translation>Accès par téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="311"/>
        <source>Meeting links</source>
        <translation>Liens de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="315"/>
        <source>No meeting link</source>
        <translation>Aucun lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="322"/>
        <source>&amp;Attendees ({count}):</source>
        <translation>&amp;Participants ({count})&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="326"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="336"/>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="354"/>
        <source>Address of the {service} link</source>
        <translation>Adresse du lien {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="356"/>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="356"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="359"/>
        <source>Join with {service}</source>
        <translation>Rejoindre avec {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="361"/>
        <source>Open {service} link</source>
        <translation>Ouvrir le lien {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="378"/>
        <source>Cannot open the meeting link</source>
        <translation>Impossible d’ouvrir le lien de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="379"/>
        <source>This link could not be opened: {url}</source>
        <translation>Ce lien n’a pas pu être ouvert&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="70"/>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="71"/>
        <source>Delete “{topic}”?

The meeting is removed from the calendar too.</source>
        <translation>Supprimer «&#xa0;{topic}&#xa0;»&#xa0;?

La réunion est aussi retirée du calendrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="77"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="87"/>
        <source>Cannot delete the meeting</source>
        <translation>Impossible de supprimer la réunion</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="104"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="106"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="130"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="131"/>
        <source>Unknown host</source>
        <translation>Organisateur inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="132"/>
        <source>Private meeting</source>
        <translation>Réunion privée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="133"/>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="161"/>
        <source>(No topic)</source>
        <translation>(Sans sujet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="209"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="211"/>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="213"/>
        <source>hosted by {host}</source>
        <translation>organisée par {host}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="215"/>
        <source>{service}, press Enter to join</source>
        <translation>{service}, appuyez sur Entrée pour rejoindre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="217"/>
        <source>No meeting link</source>
        <translation>Aucun lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="220"/>
        <source>repeats</source>
        <translation>périodique</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="202"/>
        <location filename="../../desktop/ui/meetings/page.py" line="264"/>
        <source>Upcoming meetings</source>
        <translation>Prochaines réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="210"/>
        <location filename="../../desktop/ui/meetings/page.py" line="650"/>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="211"/>
        <source>Show details of the selected meeting</source>
        <translation>Afficher les détails de la réunion sélectionnée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="214"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="215"/>
        <source>Refresh the meetings list</source>
        <translation>Actualiser la liste des réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="217"/>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="219"/>
        <source>Sch&amp;edule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="220"/>
        <location filename="../../desktop/ui/meetings/page.py" line="278"/>
        <source>Schedule a meeting</source>
        <translation>Planifier une réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="221"/>
        <source>Schedule a meeting (Ctrl+N)</source>
        <translation>Planifier une réunion (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="229"/>
        <source>Meetings hosted &amp;by:</source>
        <translation>Réunions organisées p&amp;ar&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="231"/>
        <source>Meetings hosted by</source>
        <translation>Réunions organisées par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="239"/>
        <source>Se&amp;arch:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="241"/>
        <source>Topic or host</source>
        <translation>Sujet ou organisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="242"/>
        <source>Search meetings by topic or host</source>
        <translation>Rechercher des réunions par sujet ou organisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="257"/>
        <source>Loading meetings…</source>
        <translation>Chargement des réunions…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="271"/>
        <location filename="../../desktop/ui/meetings/page.py" line="276"/>
        <source>No upcoming meetings</source>
        <translation>Aucune réunion à venir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="272"/>
        <source>Meetings in the next {days} days from your calendars appear here.</source>
        <translation>Les réunions des {days} prochains jours de vos calendriers s’affichent ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="277"/>
        <source>Schedule a meeti&amp;ng…</source>
        <translation>Planifier une ré&amp;union…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="283"/>
        <source>No meetings match</source>
        <translation>Aucune réunion ne correspond</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="284"/>
        <source>Clear fi&amp;lters</source>
        <translation>Effacer les fi&amp;ltres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="285"/>
        <source>Clear the host filter and search</source>
        <translation>Effacer le filtre d’organisateur et la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="291"/>
        <source>The meetings cannot be shown</source>
        <translation>Impossible d’afficher les réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="293"/>
        <source>Try a&amp;gain</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="294"/>
        <source>Try loading the meetings again</source>
        <translation>Réessayer de charger les réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="407"/>
        <source>The meetings could not be read from the local cache.</source>
        <translation>Les réunions n’ont pas pu être lues depuis le cache local.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="472"/>
        <source>Nothing matches “{text}” among meetings hosted by {host}.</source>
        <translation>Rien ne correspond à «&#xa0;{text}&#xa0;» parmi les réunions organisées par {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="476"/>
        <source>Nothing matches “{text}” in the next {days} days.</source>
        <translation>Rien ne correspond à «&#xa0;{text}&#xa0;» dans les {days} prochains jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="480"/>
        <source>There are no upcoming meetings hosted by {host}.</source>
        <translation>Il n’y a aucune réunion à venir organisée par {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="489"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="490"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="551"/>
        <source>No meeting link</source>
        <translation>Aucun lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="552"/>
        <source>“{topic}” has no meeting link to join.</source>
        <translation>«&#xa0;{topic}&#xa0;» n’a pas de lien de réunion à rejoindre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="564"/>
        <source>Cannot open the meeting link</source>
        <translation>Impossible d’ouvrir le lien de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="565"/>
        <source>This link could not be opened: {url}</source>
        <translation>Ce lien n’a pas pu être ouvert&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="613"/>
        <source>Cannot edit the meeting</source>
        <translation>Impossible de modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="641"/>
        <source>Meeting actions</source>
        <translation>Actions de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="643"/>
        <source>&amp;Join</source>
        <translation>Re&amp;joindre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="646"/>
        <source>&amp;Copy meeting link</source>
        <translation>&amp;Copier le lien de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="656"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="659"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="70"/>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="71"/>
        <source>Delete “{topic}”?

The meeting is removed from the calendar too.</source>
        <translation>Supprimer «&#xa0;{topic}&#xa0;»&#xa0;?

La réunion est aussi retirée du calendrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="77"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="87"/>
        <source>Cannot delete the meeting</source>
        <translation>Impossible de supprimer la réunion</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/conferencing/invitation.py" line="38"/>
        <source>{host} is inviting you to a meeting.

Topic: {topic}
When: {start} – {end} ({timezone})
Duration: {duration}

Join the meeting:
{join_url}

Meeting ID: {meeting_id}
Passcode: {passcode}

Dial in:
{dial_in}
Phone passcode: {pstn_password}
H.323 passcode: {h323_password}

{description}
</source>
        <translation>{host} vous invite à une réunion.

Sujet : {topic}
Quand : {start} – {end} ({timezone})
Durée : {duration}

Rejoindre la réunion :
{join_url}

ID de réunion : {meeting_id}
Code secret : {passcode}

Par téléphone :
{dial_in}
Code secret téléphone : {pstn_password}
Code secret H.323 : {h323_password}

{description}
</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="69"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="43"/>
        <source>Calendar &amp;read</source>
        <translation>&amp;Lecture du calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="49"/>
        <source>Calendar &amp;write</source>
        <translation>É&amp;criture du calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="55"/>
        <source>C&amp;ontacts read</source>
        <translation>Lec&amp;ture des contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="61"/>
        <source>Co&amp;ntacts write</source>
        <translation>Écriture des co&amp;ntacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="80"/>
        <source>Not allowed by your administrator</source>
        <translation>Non autorisé par votre administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="88"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="269"/>
        <source>Your administrator requires {name}.</source>
        <translation>Votre administrateur impose {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="275"/>
        <source>Already connected.</source>
        <translation>Déjà connecté.</translation>
    </message>
</context>
<context>
    <name>PermissionsEditor</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="43"/>
        <source>Calendar &amp;read</source>
        <translation>&amp;Lecture du calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="44"/>
        <source>See your events and meetings</source>
        <translation>Voir vos événements et vos réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="49"/>
        <source>Calendar &amp;write</source>
        <translation>É&amp;criture du calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="50"/>
        <source>Create, edit and delete meetings</source>
        <translation>Créer, modifier et supprimer des réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="55"/>
        <source>C&amp;ontacts read</source>
        <translation>Lec&amp;ture des contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="56"/>
        <source>See your contacts and their folders</source>
        <translation>Voir vos contacts et leurs dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="61"/>
        <source>Co&amp;ntacts write</source>
        <translation>Écriture des co&amp;ntacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="62"/>
        <source>Create contacts and add numbers to them</source>
        <translation>Créer des contacts et leur ajouter des numéros</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="381"/>
        <source>Choose permissions</source>
        <translation>Choisir les autorisations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="382"/>
        <source>Choose what Meetdesk may use. You can change this later.</source>
        <translation>Choisissez ce que Meetdesk peut utiliser. Vous pourrez le modifier plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="387"/>
        <source>Choose at least one permission.</source>
        <translation>Choisissez au moins une autorisation.</translation>
    </message>
</context>
<context>
    <name>PolicyModel</name>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="397"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="397"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="397"/>
        <source>Set by</source>
        <translation>Défini par</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="115"/>
        <source>Matching contacts</source>
        <translation>Contacts correspondants</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="97"/>
        <location filename="../../desktop/ui/reminders/window.py" line="98"/>
        <source>Meeting reminder</source>
        <translation>Rappel de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="119"/>
        <source>{n} more meetings are starting too.</source>
        <translation>{n} autres réunions commencent aussi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="42"/>
        <source>Starts in {n} minutes, at {time}</source>
        <translation>Commence dans {n} minutes, à {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="44"/>
        <source>Starts in 1 minute, at {time}</source>
        <translation>Commence dans 1 minute, à {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="46"/>
        <source>Starts now ({time})</source>
        <translation>Commence maintenant ({time})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="47"/>
        <source>Started {n} min ago ({time})</source>
        <translation>A commencé il y a {n} min ({time})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="67"/>
        <source>Host: {name}</source>
        <translation>Organisateur&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="72"/>
        <source>&amp;Join {service}</source>
        <translation>&amp;Rejoindre {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="78"/>
        <source>No meeting link</source>
        <translation>Aucun lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="79"/>
        <source>&amp;Snooze 5 min</source>
        <translation>R&amp;appeler dans 5 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="81"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
</context>
<context>
    <name>SafeDescriptionView</name>
    <message>
        <location filename="../../desktop/ui/safe_browser.py" line="288"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safe_browser.py" line="290"/>
        <source>Link target</source>
        <translation>Cible du lien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safe_browser.py" line="305"/>
        <source>Link goes to: {url}</source>
        <translation>Le lien mène à&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safe_browser.py" line="311"/>
        <source>This link was not opened because it is not a safe web address: {url}</source>
        <translation>Ce lien n’a pas été ouvert, car ce n’est pas une adresse web sûre&#xa0;: {url}</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <location filename="../../desktop/ui/safe_browser.py" line="246"/>
        <source>⚠ this link goes to {host}</source>
        <translation>⚠ ce lien mène à {host}</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="176"/>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="176"/>
        <source>Schedule a meeting</source>
        <translation>Planifier une réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="196"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="245"/>
        <source>What is the meeting about?</source>
        <translation>Quel est le sujet de la réunion&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="246"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="247"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="254"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="255"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="262"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="263"/>
        <source>Duration hours</source>
        <translation>Durée en heures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="267"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="268"/>
        <source>Duration minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="272"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="278"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="288"/>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="292"/>
        <source>Meeting options</source>
        <translation>Options de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="297"/>
        <source>Optional, up to 10 characters</source>
        <translation>Facultatif, 10 caractères au maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="298"/>
        <source>Passcode</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="299"/>
        <source>&amp;Passcode:</source>
        <translation>&amp;Code secret&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="300"/>
        <source>&amp;Waiting room</source>
        <translation>Salle d’&amp;attente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="301"/>
        <source>&amp;Host video on</source>
        <translation>&amp;Vidéo de l’organisateur activée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="302"/>
        <source>Participant &amp;video on</source>
        <translation>Vidéo des &amp;participants activée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="304"/>
        <source>Allow participants to join &amp;before the host</source>
        <translation>Autoriser les participants à rejoindre avant l’&amp;organisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="306"/>
        <source>&amp;Mute participants on entry</source>
        <translation>Couper le &amp;micro des participants à l’entrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="317"/>
        <source>name@example.com, …</source>
        <translation>nom@example.com, …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="319"/>
        <source>Alternative hosts, e-mail addresses separated by commas</source>
        <translation>Organisateurs alternatifs, adresses e-mail séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="323"/>
        <source>Alternative h&amp;osts:</source>
        <translation>Organisateurs a&amp;lternatifs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="332"/>
        <source>Type a name or e-mail address, then a comma</source>
        <translation>Tapez un nom ou une adresse e-mail, puis une virgule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="335"/>
        <source>Attendees, e-mail addresses separated by commas</source>
        <translation>Participants, adresses e-mail séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="338"/>
        <source>&amp;Attendees:</source>
        <translation>I&amp;nvités&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="341"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="344"/>
        <source>Added to the invitation under the join details</source>
        <translation>Ajoutée à l’invitation sous les informations pour rejoindre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="348"/>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="351"/>
        <source>Calendar to add the meeting to</source>
        <translation>Calendrier auquel ajouter la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="358"/>
        <source>&amp;Calendar:</source>
        <translation>Calend&amp;rier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="360"/>
        <source>Teams meetin&amp;g (Microsoft 365 makes the link)</source>
        <translation>Réunion T&amp;eams (Microsoft 365 crée le lien)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="366"/>
        <source>Meeting link</source>
        <translation>Lien de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="371"/>
        <source>Meeting link:</source>
        <translation>Lien de la réunion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="383"/>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="600"/>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="386"/>
        <source>Save the meeting</source>
        <translation>Enregistrer la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="388"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="400"/>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="402"/>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="403"/>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="404"/>
        <source>Every weekday (Monday to Friday)</source>
        <translation>Tous les jours ouvrés (du lundi au vendredi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="405"/>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="406"/>
        <source>Every 2 weeks</source>
        <translation>Toutes les 2 semaines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="407"/>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="408"/>
        <source>Custom rule (RRULE)…</source>
        <translation>Règle personnalisée (RRULE)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="415"/>
        <source>Custom repeat rule</source>
        <translation>Règle de répétition personnalisée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="422"/>
        <source>E&amp;nds:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="424"/>
        <source>Series ends</source>
        <translation>Fin de la série</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="425"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="426"/>
        <source>On date</source>
        <translation>À une date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="427"/>
        <source>After a number of meetings</source>
        <translation>Après un nombre de réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="432"/>
        <source>Last date of the series</source>
        <translation>Dernière date de la série</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="436"/>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="437"/>
        <source>Number of meetings in the series</source>
        <translation>Nombre de réunions dans la série</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="445"/>
        <source>&amp;Repeats:</source>
        <translation>Répé&amp;tition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="459"/>
        <source>A meeting stays in its calendar; delete it and schedule a new one to move it.</source>
        <translation>Une réunion reste dans son calendrier&#xa0;; pour la déplacer, supprimez-la et planifiez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="469"/>
        <source>{calendar} ({account})</source>
        <translation>{calendar} ({account})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="473"/>
        <source>Other calendars (save an .ics file)</source>
        <translation>Autres calendriers (enregistrer un fichier .ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="598"/>
        <source>&amp;Save .ics file…</source>
        <translation>Enre&amp;gistrer le fichier .ics…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="611"/>
        <source>Microsoft 365 creates a Teams meeting and its link.</source>
        <translation>Microsoft 365 crée une réunion Teams et son lien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="613"/>
        <source>The meeting keeps its link: {url}</source>
        <translation>La réunion garde son lien&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="618"/>
        <source>A Zoom meeting is made for it when you save.</source>
        <translation>Une réunion Zoom est créée pour elle à l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="622"/>
        <source>Your personal meeting link is used: {url}</source>
        <translation>Votre lien de réunion personnel est utilisé&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="623"/>
        <source>Set your personal meeting link in Settings first.</source>
        <translation>Définissez d’abord votre lien de réunion personnel dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="624"/>
        <source>A Jitsi room link is created for this meeting.</source>
        <translation>Un lien de salle Jitsi est créé pour cette réunion.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="636"/>
        <source>Enter a repeat rule, such as FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>Saisissez une règle de répétition, par exemple FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="648"/>
        <source>The series must end on or after its first meeting.</source>
        <translation>La série doit se terminer le jour de sa première réunion ou après.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="699"/>
        <source>The meeting was not saved. Check the messages above.</source>
        <translation>La réunion n’a pas été enregistrée. Vérifiez les messages ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="730"/>
        <source>Making the Zoom meeting…</source>
        <translation>Création de la réunion Zoom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="747"/>
        <source>Zoom could not make the meeting. The log has the details.</source>
        <translation>Zoom n’a pas pu créer la réunion. Le journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="790"/>
        <source>Save calendar file</source>
        <translation>Enregistrer le fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="793"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="813"/>
        <source>The file could not be saved: {reason}</source>
        <translation>Le fichier n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="292"/>
        <source>Choose a service</source>
        <translation>Choisir un service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="293"/>
        <source>Where are the calendar and contacts you want to see here?</source>
        <translation>Où se trouvent le calendrier et les contacts que vous voulez voir ici&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="323"/>
        <source>No service can be connected right now.</source>
        <translation>Aucun service ne peut être connecté pour le moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="335"/>
        <source>Your administrator requires {name} for calendar and contacts.</source>
        <translation>Votre administrateur impose {name} pour le calendrier et les contacts.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../desktop/services/integration.py" line="31"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="32"/>
        <source>A calendar and address book stored on this computer only.</source>
        <translation>Un calendrier et un carnet d’adresses stockés uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="37"/>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="38"/>
        <source>Outlook calendar and contacts through Microsoft Graph.</source>
        <translation>Calendrier et contacts Outlook via Microsoft Graph.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="43"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="44"/>
        <source>Google Calendar and Google Contacts.</source>
        <translation>Google Agenda et Google Contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="46"/>
        <source>Google is not available in this build yet.</source>
        <translation>Google n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="50"/>
        <source>Exchange (on-premises)</source>
        <translation>Exchange (sur site)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="51"/>
        <source>An Exchange server in your organisation, through EWS.</source>
        <translation>Un serveur Exchange de votre organisation, via EWS.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="53"/>
        <source>Exchange is not available in this build yet.</source>
        <translation>Exchange n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="57"/>
        <source>CalDAV / CardDAV</source>
        <translation>CalDAV / CardDAV</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="58"/>
        <source>Nextcloud, Fastmail, iCloud, Radicale and other standard servers.</source>
        <translation>Nextcloud, Fastmail, iCloud, Radicale et autres serveurs standard.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="525"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="560"/>
        <location filename="../../desktop/ui/settings/page.py" line="288"/>
        <source>Calendar and contacts integration</source>
        <translation>Intégration du calendrier et des contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="566"/>
        <source>Meetdesk shows the meetings and contacts of the services you connect, and keeps them in sync.</source>
        <translation>Meetdesk affiche les réunions et les contacts des services que vous connectez, et les garde synchronisés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="575"/>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="592"/>
        <source>No calendar or contacts service connected</source>
        <translation>Aucun service de calendrier ou de contacts connecté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="598"/>
        <source>Connect a service to see its meetings and contacts here. Until then Meetdesk has nothing to show.</source>
        <translation>Connectez un service pour voir ici ses réunions et ses contacts. D’ici là, Meetdesk n’a rien à afficher.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="609"/>
        <source>Co&amp;nnect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="611"/>
        <source>Connect a service</source>
        <translation>Connecter un service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="613"/>
        <source>Confi&amp;gure…</source>
        <translation>Confi&amp;gurer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="615"/>
        <source>Configure the selected account</source>
        <translation>Configurer le compte sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="617"/>
        <source>&amp;Remove…</source>
        <translation>Reti&amp;rer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="619"/>
        <source>Remove the selected account</source>
        <translation>Retirer le compte sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="621"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="623"/>
        <source>Sync the selected account now</source>
        <translation>Synchroniser maintenant le compte sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="627"/>
        <source>Sign &amp;in again…</source>
        <translation>Se reconnec&amp;ter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="630"/>
        <source>Sign in again to the selected account</source>
        <translation>Se reconnecter au compte sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="645"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="656"/>
        <source>Preferred ser&amp;vice</source>
        <translation>Ser&amp;vice préféré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="661"/>
        <source>T&amp;wo-way sync</source>
        <translation>Synchronisation &amp;bidirectionnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="666"/>
        <source>Set-up &amp;prompt</source>
        <translation>&amp;Invitation à la configuration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="668"/>
        <source>&amp;Delegates may see my private events</source>
        <translation>Les &amp;délégués peuvent voir mes événements privés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="671"/>
        <source>Start Meetdesk when I sign in (in the tray, for reminders)</source>
        <translation>Démarrer Meetdesk à l’ouverture de session (dans la zone de notification, pour les rappels)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="699"/>
        <source>Language of Meetdesk</source>
        <translation>Langue de Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="700"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="703"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="705"/>
        <source>Applies the next time Meetdesk starts.</source>
        <translation>S’applique au prochain démarrage de Meetdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="772"/>
        <source>Recommended by your administrator; you may change it.</source>
        <translation>Recommandé par votre administrateur&#xa0;; vous pouvez le modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="805"/>
        <source>Your administrator requires {name}: {reason}</source>
        <translation>Votre administrateur impose {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="808"/>
        <source>Every service available in this version is already connected.</source>
        <translation>Tous les services disponibles dans cette version sont déjà connectés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="851"/>
        <source>Waiting for you to sign in in your web browser…</source>
        <translation>En attente de votre connexion dans le navigateur web…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="864"/>
        <source>Signing in failed. The log has the details.</source>
        <translation>La connexion a échoué. Le journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="891"/>
        <source>Sync failed. The log has the details.</source>
        <translation>La synchronisation a échoué. Le journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="937"/>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="939"/>
        <source>Remove {name}? Its meetings and contacts on this computer are deleted.</source>
        <translation>Retirer {name}&#xa0;? Ses réunions et ses contacts sur cet ordinateur seront supprimés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="945"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="946"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="969"/>
        <source>Meeting links</source>
        <translation>Liens de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="972"/>
        <source>Where meetings you schedule get their join link.</source>
        <translation>D’où les réunions que vous planifiez tirent leur lien pour rejoindre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="973"/>
        <source>Create a &amp;Jitsi room for each meeting</source>
        <translation>Créer une salle &amp;Jitsi pour chaque réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="974"/>
        <source>Create a Jitsi room for each meeting</source>
        <translation>Créer une salle Jitsi pour chaque réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="975"/>
        <source>Use my personal meeting r&amp;oom</source>
        <translation>&amp;Utiliser ma salle de réunion personnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="976"/>
        <source>Use my personal meeting room</source>
        <translation>Utiliser ma salle de réunion personnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="987"/>
        <source>Personal meeting room link</source>
        <translation>Lien de la salle de réunion personnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="989"/>
        <source>Room &amp;link</source>
        <translation>&amp;Lien de la salle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="994"/>
        <source>Make a &amp;Zoom meeting for each meeting</source>
        <translation>Créer une réunion &amp;Zoom pour chaque réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="995"/>
        <source>Make a Zoom meeting for each meeting</source>
        <translation>Créer une réunion Zoom pour chaque réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1002"/>
        <location filename="../../desktop/ui/settings/page.py" line="1003"/>
        <source>Zoom app (client) ID</source>
        <translation>ID de l’application Zoom (client)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1005"/>
        <source>Sign in to Zoom…</source>
        <translation>Se connecter à Zoom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1010"/>
        <source>Zoom options…</source>
        <translation>Options Zoom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1024"/>
        <source>Invitation te&amp;xt</source>
        <translation>Te&amp;xte de l’invitation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1028"/>
        <source>Invitation text</source>
        <translation>Texte de l’invitation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1039"/>
        <source>Fields in braces are filled in: {fields}.</source>
        <translation>Les champs entre accolades sont remplis&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1069"/>
        <source>R&amp;eset to default</source>
        <translation>Rétablir la valeur &amp;par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1070"/>
        <source>Reset invitation text to default</source>
        <translation>Rétablir le texte d’invitation par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1074"/>
        <source>Save meeting lin&amp;k settings</source>
        <translation>&amp;Enregistrer les paramètres de lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1076"/>
        <source>Save meeting link settings</source>
        <translation>Enregistrer les paramètres de lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1080"/>
        <location filename="../../desktop/ui/settings/page.py" line="1204"/>
        <location filename="../../desktop/ui/settings/page.py" line="1278"/>
        <location filename="../../desktop/ui/settings/page.py" line="1331"/>
        <location filename="../../desktop/ui/settings/page.py" line="1406"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1103"/>
        <source>Signed in to Zoom.</source>
        <translation>Connecté à Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1105"/>
        <source>Not signed in to Zoom: sign in to make Zoom meetings.</source>
        <translation>Non connecté à Zoom&#xa0;: connectez-vous pour créer des réunions Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1125"/>
        <source>Waiting for you to sign in to Zoom in your browser…</source>
        <translation>En attente de votre connexion à Zoom dans le navigateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1132"/>
        <source>Signed in to Zoom as {email}.</source>
        <translation>Connecté à Zoom en tant que {email}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1142"/>
        <source>Signing in to Zoom failed. The log has the details.</source>
        <translation>La connexion à Zoom a échoué. Le journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1164"/>
        <source>Sign in to Zoom first.</source>
        <translation>Connectez-vous d’abord à Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1167"/>
        <source>Enter the link of your personal meeting room.</source>
        <translation>Saisissez le lien de votre salle de réunion personnelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1174"/>
        <source>This is not a safe web link. Use a link that starts with https:// and has no spaces, for example https://meet.example.com/your-room.</source>
        <translation>Ce n’est pas un lien web sûr. Utilisez un lien qui commence par https:// et ne contient pas d’espaces, par exemple https://meet.example.com/votre-salle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1181"/>
        <source>The invitation text cannot be empty.</source>
        <translation>Le texte de l’invitation ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1186"/>
        <source>The invitation text is too long (at most {count} characters).</source>
        <translation>Le texte de l’invitation est trop long ({count} caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1210"/>
        <source>Joining and reminders</source>
        <translation>Participation et rappels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1217"/>
        <source>no reminders</source>
        <translation>aucun rappel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1218"/>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1219"/>
        <source>Minutes before a meeting to remind me</source>
        <translation>Minutes avant une réunion pour le rappel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1220"/>
        <source>Re&amp;mind me</source>
        <translation>&amp;Me rappeler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1227"/>
        <source>Join in the service&apos;s app (Zoom, Teams) w&amp;hen it has one</source>
        <translation>Rejoindre dans l’application du service (Zoom, Teams) &amp;quand elle existe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1236"/>
        <source>e.g. Online meeting</source>
        <translation>par ex. Réunion en ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1237"/>
        <source>Category that asks for a meeting link</source>
        <translation>Catégorie qui demande un lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1239"/>
        <source>Add a meeting link to events with location “Meetdesk” or the &amp;category</source>
        <translation>Ajouter un lien de réunion aux événements dont le lieu est «&#xa0;Meetdesk&#xa0;» ou de la catégorie c&amp;hoisie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1251"/>
        <source>Your own meeting link pattern&amp;s</source>
        <translation>Vos propres modèle&amp;s de liens de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1256"/>
        <source>One per line: a name, a vertical bar, then a regular expression that matches the links, e.g.  Acme Meet | meet\.acme\.example/</source>
        <translation>Un par ligne&#xa0;: un nom, une barre verticale, puis une expression régulière qui correspond aux liens, par ex.  Acme Meet | meet\.acme\.example/</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1264"/>
        <source>Your own meeting link patterns</source>
        <translation>Vos propres modèles de liens de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1281"/>
        <source>Save pa&amp;tterns</source>
        <translation>Enregistrer les m&amp;odèles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1319"/>
        <source>Line {n}: write a name, a vertical bar |, then the pattern.</source>
        <translation>Ligne {n}&#xa0;: écrivez un nom, une barre verticale |, puis le modèle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1337"/>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1343"/>
        <source>Shown as the host of the meetings you schedule, and used to tell your meetings from other people&apos;s.</source>
        <translation>Affiché comme organisateur des réunions que vous planifiez, et utilisé pour distinguer vos réunions de celles des autres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1352"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1356"/>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1359"/>
        <source>Yo&amp;ur name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1360"/>
        <source>E-m&amp;ail address</source>
        <translation>&amp;Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1374"/>
        <source>Save a&amp;bout you</source>
        <translation>Enregistrer vos in&amp;formations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1376"/>
        <source>Save your name and e-mail address</source>
        <translation>Enregistrer votre nom et votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1393"/>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>«&#xa0;{email}&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1412"/>
        <source>Managed by your organisation</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1418"/>
        <location filename="../../desktop/ui/settings/page.py" line="1423"/>
        <source>Problems in the policy file</source>
        <translation>Problèmes dans le fichier de stratégie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1428"/>
        <source>Settings managed by your organisation</source>
        <translation>Paramètres gérés par votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1442"/>
        <source>Your administrator&apos;s policy is read from {path}.</source>
        <translation>La stratégie de votre administrateur est lue depuis {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1447"/>
        <source>No policy is set on this computer ({path}); these settings are yours or the defaults.</source>
        <translation>Aucune stratégie n’est définie sur cet ordinateur ({path})&#xa0;; ces paramètres sont les vôtres ou les valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1451"/>
        <source>These settings are yours or the defaults.</source>
        <translation>Ces paramètres sont les vôtres ou les valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="101"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="102"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="103"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="104"/>
        <source>Needs sign-in</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="105"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="114"/>
        <source>read and write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="116"/>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="118"/>
        <source>write only</source>
        <translation>écriture seule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="119"/>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="125"/>
        <source>Calendar: {access}</source>
        <translation>Calendrier&#xa0;: {access}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="128"/>
        <source>Contacts: {access}</source>
        <translation>Contacts&#xa0;: {access}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="172"/>
        <source>State: {state}</source>
        <translation>État&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="180"/>
        <source>Your administrator no longer allows: {names}. Use Configure to update.</source>
        <translation>Votre administrateur n’autorise plus&#xa0;: {names}. Utilisez Configurer pour mettre à jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="289"/>
        <source>Preferred service</source>
        <translation>Service préféré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="290"/>
        <source>Allowed permissions</source>
        <translation>Autorisations permises</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="291"/>
        <source>Allowed e-mail domains</source>
        <translation>Domaines e-mail autorisés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="292"/>
        <source>Two-way sync</source>
        <translation>Synchronisation bidirectionnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="293"/>
        <source>Set-up prompt at sign-in</source>
        <translation>Invitation à la configuration à la connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="294"/>
        <source>Delegates see private events</source>
        <translation>Les délégués voient les événements privés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="295"/>
        <source>Start at sign-in</source>
        <translation>Démarrer à l’ouverture de session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="296"/>
        <source>Microsoft app (client) ID</source>
        <translation>ID de l’application Microsoft (client)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="297"/>
        <source>Microsoft sign-in address</source>
        <translation>Adresse de connexion Microsoft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="298"/>
        <source>Microsoft Graph address</source>
        <translation>Adresse de Microsoft Graph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="299"/>
        <source>Who connects Microsoft 365</source>
        <translation>Qui connecte Microsoft 365</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="300"/>
        <source>Microsoft app certificate (admin mode)</source>
        <translation>Certificat de l’application Microsoft (mode administrateur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="301"/>
        <source>Minimum versions of features</source>
        <translation>Versions minimales des fonctionnalités</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="305"/>
        <source>Version 1: only meetings scheduled here, 30 days ahead</source>
        <translation>Version 1&#xa0;: uniquement les réunions planifiées ici, 30 jours à l’avance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="306"/>
        <source>Version 2: all events, 6 months back to 18 months ahead</source>
        <translation>Version 2&#xa0;: tous les événements, de 6 mois en arrière à 18 mois à l’avance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="310"/>
        <source>At the first sign-in only</source>
        <translation>À la première connexion uniquement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="311"/>
        <source>At every sign-in until set up</source>
        <translation>À chaque connexion jusqu’à la configuration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="312"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="315"/>
        <source>Set-up prompt</source>
        <translation>Invitation à la configuration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="326"/>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="326"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="327"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="327"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="336"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="338"/>
        <source>Any domain</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="340"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="343"/>
        <source>Your administrator (application permissions)</source>
        <translation>Votre administrateur (autorisations d’application)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="345"/>
        <source>Each person, by signing in</source>
        <translation>Chaque personne, en se connectant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="349"/>
        <source>Built-in minimums</source>
        <translation>Minimums intégrés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="351"/>
        <source>{feature} from {version}</source>
        <translation>{feature} à partir de {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="361"/>
        <source>Locked: {reason}</source>
        <translation>Verrouillé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="363"/>
        <source>Recommended by your administrator</source>
        <translation>Recommandé par votre administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="365"/>
        <source>Set by you</source>
        <translation>Défini par vous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="366"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="405"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="416"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="418"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="421"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="422"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="423"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="424"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="426"/>
        <source>The password is kept in your system&apos;s keyring, never in Meetdesk&apos;s files.</source>
        <translation>Le mot de passe est conservé dans le trousseau de votre système, jamais dans les fichiers de Meetdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="437"/>
        <source>Microsoft app (client) ID</source>
        <translation>ID de l’application Microsoft (client)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="440"/>
        <source>Microsoft cloud</source>
        <translation>Cloud Microsoft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="442"/>
        <source>Worldwide</source>
        <translation>Mondial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="443"/>
        <source>US Government (GCC High)</source>
        <translation>Gouvernement des États-Unis (GCC High)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="444"/>
        <source>US Government (DoD)</source>
        <translation>Gouvernement des États-Unis (DoD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="445"/>
        <source>China (21Vianet)</source>
        <translation>Chine (21Vianet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="446"/>
        <source>Other addresses…</source>
        <translation>Autres adresses…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="450"/>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="452"/>
        <source>Graph address</source>
        <translation>Adresse Graph</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="453"/>
        <source>App (&amp;client) ID:</source>
        <translation>ID de l’application (&amp;client)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="454"/>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="455"/>
        <source>Sign-in a&amp;ddress:</source>
        <translation>A&amp;dresse de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="456"/>
        <source>&amp;Graph address:</source>
        <translation>Adresse &amp;Graph&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="460"/>
        <source>Your sign-in is kept in your system&apos;s keyring, never in Meetdesk&apos;s files.</source>
        <translation>Votre connexion est conservée dans le trousseau de votre système, jamais dans les fichiers de Meetdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="503"/>
        <source>Nothing to sign in to.</source>
        <translation>Aucune connexion nécessaire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="506"/>
        <source>The calendar and address book on this computer need no sign-in: your meetings and contacts stay on this computer. Click Finish to connect them.</source>
        <translation>Le calendrier et le carnet d’adresses de cet ordinateur ne demandent aucune connexion&#xa0;: vos réunions et vos contacts restent sur cet ordinateur. Cliquez sur Terminer pour les connecter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="515"/>
        <source>Enter your server&apos;s address and your user name and password. Meetdesk finds your calendars and address books and then keeps them in sync.</source>
        <translation>Saisissez l’adresse de votre serveur, votre nom d’utilisateur et votre mot de passe. Meetdesk trouve vos calendriers et vos carnets d’adresses, puis les garde synchronisés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="526"/>
        <source>Your administrator connects Microsoft 365 for you: nobody signs in. Click Finish to show the meetings and contacts of {email}.</source>
        <translation>Votre administrateur connecte Microsoft 365 pour vous&#xa0;: personne ne se connecte. Cliquez sur Terminer pour afficher les réunions et les contacts de {email}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="531"/>
        <source>Your administrator connects Microsoft 365 for you. Enter your e-mail address in Settings › About you first, then connect.</source>
        <translation>Votre administrateur connecte Microsoft 365 pour vous. Saisissez d’abord votre adresse e-mail dans Paramètres › À propos de vous, puis connectez.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="539"/>
        <source>Click Finish to sign in to Microsoft 365 in your web browser. Meetdesk waits for you there, then shows your Outlook meetings and contacts.</source>
        <translation>Cliquez sur Terminer pour vous connecter à Microsoft 365 dans votre navigateur web. Meetdesk vous y attend, puis affiche vos réunions et vos contacts Outlook.</translation>
    </message>
</context>
<context>
    <name>SyncDecisionsBox</name>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="21"/>
        <source>Needs your decision</source>
        <translation>Votre décision est requise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="23"/>
        <source>Sync decisions</source>
        <translation>Décisions de synchronisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="59"/>
        <source>“{mine}” was changed here and on the server (there: “{theirs}”).</source>
        <translation>«&#xa0;{mine}&#xa0;» a été modifié ici et sur le serveur (là-bas&#xa0;: «&#xa0;{theirs}&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="67"/>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="72"/>
        <source>Keep the server&apos;s</source>
        <translation>Garder celui du serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="88"/>
        <source>Delete them here too</source>
        <translation>Les supprimer ici aussi</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/ui/tray.py" line="29"/>
        <source>No more meetings this week</source>
        <translation>Plus de réunion cette semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="34"/>
        <source>Next: {title} at {time}</source>
        <translation>Prochaine&#xa0;: {title} à {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="36"/>
        <source>Next: {title}, {day} {time}</source>
        <translation>Prochaine&#xa0;: {title}, {day} {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="53"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="55"/>
        <source>Open Meetdesk</source>
        <translation>Ouvrir Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="57"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="59"/>
        <source>Quit Meetdesk</source>
        <translation>Quitter Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="92"/>
        <source>Join {service}</source>
        <translation>Rejoindre {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="122"/>
        <source>Meetdesk keeps running here so that your meeting reminders still appear. Quit it from this icon&apos;s menu.</source>
        <translation>Meetdesk continue de fonctionner ici pour que vos rappels de réunion s’affichent toujours. Quittez-le depuis le menu de cette icône.</translation>
    </message>
</context>
<context>
    <name>ZoomOptionsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="27"/>
        <source>Zoom meeting options</source>
        <translation>Options de réunion Zoom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="34"/>
        <source>Do not record</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="35"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="36"/>
        <source>In the Zoom cloud</source>
        <translation>Dans le cloud Zoom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="44"/>
        <source>Computer audio and telephone</source>
        <translation>Audio de l’ordinateur et téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="45"/>
        <source>Computer audio only</source>
        <translation>Audio de l’ordinateur uniquement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="46"/>
        <source>Telephone only</source>
        <translation>Téléphone uniquement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="52"/>
        <source>No registration</source>
        <translation>Pas d’inscription</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="53"/>
        <source>Registration, approved automatically</source>
        <translation>Inscription, approuvée automatiquement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="54"/>
        <source>Registration, approved by me</source>
        <translation>Inscription, approuvée par moi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="60"/>
        <source>&amp;Record automatically:</source>
        <translation>En&amp;registrer automatiquement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="61"/>
        <source>&amp;Audio:</source>
        <translation>&amp;Audio&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="62"/>
        <source>Re&amp;gistration:</source>
        <translation>&amp;Inscription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="65"/>
        <source>Add a &amp;watermark to shared screens</source>
        <translation>Ajouter un &amp;filigrane aux écrans partagés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="66"/>
        <source>Use my &amp;personal meeting ID</source>
        <translation>Utiliser mon ID de réunion &amp;personnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="67"/>
        <source>&amp;Close registration after the meeting date</source>
        <translation>&amp;Clore l’inscription après la date de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="70"/>
        <source>Send registrants a confirmation &amp;e-mail</source>
        <translation>Envoyer un &amp;e-mail de confirmation aux inscrits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="73"/>
        <source>Only signed-in &amp;users may join</source>
        <translation>Seuls les &amp;utilisateurs connectés peuvent rejoindre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="82"/>
        <source>…from these &amp;domains:</source>
        <translation>…de ces &amp;domaines&#xa0;:</translation>
    </message>
</context>
</TS>
