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
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="666"/>
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
        <location filename="../../desktop/ui/main_window.py" line="100"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101"/>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>&amp;Open calendar file…</source>
        <translation>&amp;Ouvrir un fichier de calendrier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159"/>
        <source>Mee&amp;ting</source>
        <translation>Réu&amp;nion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>&amp;Join selected meeting</source>
        <translation>&amp;Rejoindre la réunion sélectionnée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>&amp;Search contacts</source>
        <translation>Rechercher des &amp;contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>&amp;About Meetdesk</source>
        <translation>À &amp;propos de Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="196"/>
        <source>Sync with your calendar services now (F5)</source>
        <translation>Synchroniser maintenant avec vos services de calendrier (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="202"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>Nothing to sync: connect a server in Settings.</source>
        <translation>Rien à synchroniser&#xa0;: connectez un serveur dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>Sync finished with problems. {details}</source>
        <translation>Synchronisation terminée avec des problèmes. {details}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219"/>
        <source>Everything is up to date.</source>
        <translation>Tout est à jour.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>Sync failed. The log has the details.</source>
        <translation>La synchronisation a échoué. Le journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>About Meetdesk</source>
        <translation>À propos de Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>Your meetings and contacts, in sync with your calendar services.</source>
        <translation>Vos réunions et vos contacts, synchronisés avec vos services de calendrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>Open calendar file</source>
        <translation>Ouvrir un fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>The file is larger than 5 MB.</source>
        <translation>Le fichier dépasse 5 Mo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>Cannot open calendar file</source>
        <translation>Impossible d’ouvrir le fichier de calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
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
        <location filename="../../desktop/ui/meetings/page.py" line="207"/>
        <location filename="../../desktop/ui/meetings/page.py" line="269"/>
        <source>Upcoming meetings</source>
        <translation>Prochaines réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="215"/>
        <location filename="../../desktop/ui/meetings/page.py" line="655"/>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="216"/>
        <source>Show details of the selected meeting</source>
        <translation>Afficher les détails de la réunion sélectionnée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="219"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="220"/>
        <source>Refresh the meetings list</source>
        <translation>Actualiser la liste des réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="222"/>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="224"/>
        <source>Sch&amp;edule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="225"/>
        <location filename="../../desktop/ui/meetings/page.py" line="283"/>
        <source>Schedule a meeting</source>
        <translation>Planifier une réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="226"/>
        <source>Schedule a meeting (Ctrl+N)</source>
        <translation>Planifier une réunion (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="234"/>
        <source>Meetings hosted &amp;by:</source>
        <translation>Réunions organisées p&amp;ar&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="236"/>
        <source>Meetings hosted by</source>
        <translation>Réunions organisées par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="244"/>
        <source>Se&amp;arch:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="246"/>
        <source>Topic or host</source>
        <translation>Sujet ou organisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="247"/>
        <source>Search meetings by topic or host</source>
        <translation>Rechercher des réunions par sujet ou organisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="262"/>
        <source>Loading meetings…</source>
        <translation>Chargement des réunions…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="276"/>
        <location filename="../../desktop/ui/meetings/page.py" line="281"/>
        <source>No upcoming meetings</source>
        <translation>Aucune réunion à venir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="277"/>
        <source>Meetings in the next {days} days from your calendars appear here.</source>
        <translation>Les réunions des {days} prochains jours de vos calendriers s’affichent ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="282"/>
        <source>Schedule a meeti&amp;ng…</source>
        <translation>Planifier une ré&amp;union…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="288"/>
        <source>No meetings match</source>
        <translation>Aucune réunion ne correspond</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="289"/>
        <source>Clear fi&amp;lters</source>
        <translation>Effacer les fi&amp;ltres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="290"/>
        <source>Clear the host filter and search</source>
        <translation>Effacer le filtre d’organisateur et la recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="296"/>
        <source>The meetings cannot be shown</source>
        <translation>Impossible d’afficher les réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="298"/>
        <source>Try a&amp;gain</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="299"/>
        <source>Try loading the meetings again</source>
        <translation>Réessayer de charger les réunions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="412"/>
        <source>The meetings could not be read from the local cache.</source>
        <translation>Les réunions n’ont pas pu être lues depuis le cache local.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="477"/>
        <source>Nothing matches “{text}” among meetings hosted by {host}.</source>
        <translation>Rien ne correspond à «&#xa0;{text}&#xa0;» parmi les réunions organisées par {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="481"/>
        <source>Nothing matches “{text}” in the next {days} days.</source>
        <translation>Rien ne correspond à «&#xa0;{text}&#xa0;» dans les {days} prochains jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="485"/>
        <source>There are no upcoming meetings hosted by {host}.</source>
        <translation>Il n’y a aucune réunion à venir organisée par {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="494"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="495"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="556"/>
        <source>No meeting link</source>
        <translation>Aucun lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="557"/>
        <source>“{topic}” has no meeting link to join.</source>
        <translation>«&#xa0;{topic}&#xa0;» n’a pas de lien de réunion à rejoindre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="569"/>
        <source>Cannot open the meeting link</source>
        <translation>Impossible d’ouvrir le lien de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="570"/>
        <source>This link could not be opened: {url}</source>
        <translation>Ce lien n’a pas pu être ouvert&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="618"/>
        <source>Cannot edit the meeting</source>
        <translation>Impossible de modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="646"/>
        <source>Meeting actions</source>
        <translation>Actions de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="648"/>
        <source>&amp;Join</source>
        <translation>Re&amp;joindre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="651"/>
        <source>&amp;Copy meeting link</source>
        <translation>&amp;Copier le lien de la réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="661"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="664"/>
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
        <location filename="../../desktop/conferencing/invitation.py" line="118"/>
        <source>Unknown placeholder {placeholder}; it will be left as written.</source>
        <translation>Champ inconnu {placeholder}&#xa0;; il restera tel quel.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/invitation.py" line="126"/>
        <source>Unsupported placeholder {placeholder}; only simple names such as {example} are replaced. Write {open} and {close} for literal braces.</source>
        <translation>Champ non pris en charge {placeholder}&#xa0;; seuls les noms simples comme {example} sont remplacés. Écrivez {open} et {close} pour obtenir des accolades littérales.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="55"/>
        <source>Private meeting</source>
        <translation>Réunion privée</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="69"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="93"/>
        <source>&apos;{text}&apos; is not me, others or an e-mail address.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est ni me, ni others, ni une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="319"/>
        <source>This meeting no longer exists.</source>
        <translation>Cette réunion n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="327"/>
        <source>This meeting&apos;s calendar no longer exists.</source>
        <translation>Le calendrier de cette réunion n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="346"/>
        <source>Enter a topic for the meeting.</source>
        <translation>Saisissez un sujet pour la réunion.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="348"/>
        <source>The topic is too long (at most {limit} characters).</source>
        <translation>Le sujet est trop long ({limit} caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="353"/>
        <location filename="../../desktop/services/zoom_links.py" line="93"/>
        <source>Unknown time zone &apos;{zone}&apos;.</source>
        <translation>Fuseau horaire inconnu&#xa0;: «&#xa0;{zone}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="355"/>
        <source>The meeting must end after it starts.</source>
        <translation>La réunion doit se terminer après son début.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="357"/>
        <source>A meeting can last at most 24 hours.</source>
        <translation>Une réunion peut durer 24 heures au maximum.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="362"/>
        <source>Choose a date between 1970 and 2200.</source>
        <translation>Choisissez une date entre 1970 et 2200.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="369"/>
        <source>A passcode has at most 10 characters: letters, digits, @ - _ and *.</source>
        <translation>Un code secret comporte 10 caractères au maximum&#xa0;: lettres, chiffres, @ - _ et *.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="373"/>
        <source>At most {limit} attendees.</source>
        <translation>{limit} participants au maximum.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="383"/>
        <source>The description is too long.</source>
        <translation>La description est trop longue.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="387"/>
        <location filename="../../desktop/services/meetings.py" line="715"/>
        <source>There is no calendar &apos;{calendar}&apos;.</source>
        <translation>Il n’y a pas de calendrier «&#xa0;{calendar}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="391"/>
        <location filename="../../desktop/services/meetings.py" line="719"/>
        <source>You may not add meetings to &apos;{calendar}&apos;.</source>
        <translation>Vous ne pouvez pas ajouter de réunions à «&#xa0;{calendar}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="397"/>
        <source>Teams meetings can only be added to a Microsoft 365 calendar.</source>
        <translation>Les réunions Teams ne peuvent être ajoutées qu’à un calendrier Microsoft 365.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="401"/>
        <source>Unknown online meeting &apos;{meeting}&apos;.</source>
        <translation>Type de réunion en ligne inconnu&#xa0;: «&#xa0;{meeting}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="413"/>
        <source>A Zoom meeting is made when the meeting is saved; try again.</source>
        <translation>Une réunion Zoom est créée à l’enregistrement de la réunion&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="424"/>
        <source>Set a valid personal meeting link (https://...) in Settings.</source>
        <translation>Définissez un lien de réunion personnel valide (https://...) dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="518"/>
        <source>Choose a calendar (or export the .ics file).</source>
        <translation>Choisissez un calendrier (ou exportez le fichier .ics).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="530"/>
        <source>A meeting stays in its calendar; delete it and schedule a new one.</source>
        <translation>Une réunion reste dans son calendrier&#xa0;; supprimez-la et planifiez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="679"/>
        <source>Only meetings scheduled from Meetdesk can be edited or deleted here.</source>
        <translation>Seules les réunions planifiées depuis Meetdesk peuvent être modifiées ou supprimées ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="682"/>
        <source>You may not change meetings in this calendar.</source>
        <translation>Vous ne pouvez pas modifier les réunions de ce calendrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="73"/>
        <source>Meetdesk has no Microsoft app (client) ID: set one in Settings or ask your administrator.</source>
        <translation>Meetdesk n’a pas d’ID d’application Microsoft (client)&#xa0;: définissez-en un dans les Paramètres ou demandez à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="82"/>
        <source>The sign-in address must be an https address with a tenant, like https://login.microsoftonline.com/organizations.</source>
        <translation>L’adresse de connexion doit être une adresse https avec un locataire (tenant), comme https://login.microsoftonline.com/organizations.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="90"/>
        <source>The Graph address must be an https address.</source>
        <translation>L’adresse Graph doit être une adresse https.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="104"/>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="263"/>
        <source>Meetdesk is signed in. You can close this page.</source>
        <translation>Meetdesk est connecté. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="265"/>
        <source>Meetdesk could not sign in: {error}. You can close this page and try again.</source>
        <translation>Meetdesk n’a pas pu se connecter&#xa0;: {error}. Vous pouvez fermer cette page et réessayer.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="219"/>
        <source>Sign-in was not finished in the browser in time. Try again.</source>
        <translation>La connexion n’a pas été terminée à temps dans le navigateur. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="207"/>
        <location filename="../../desktop/auth/microsoft.py" line="217"/>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="223"/>
        <source>Microsoft&apos;s sign-in page cannot be reached ({kind}).</source>
        <translation>Impossible d’atteindre la page de connexion de Microsoft ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="227"/>
        <source>Sign-in is not possible with these settings: {reason}</source>
        <translation>La connexion est impossible avec ces paramètres&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="278"/>
        <source>Sign-in was not finished in the browser. Try again.</source>
        <translation>La connexion n’a pas été terminée dans le navigateur. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="280"/>
        <source>Sign-in was cancelled or refused in the browser.</source>
        <translation>La connexion a été annulée ou refusée dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="282"/>
        <source>Microsoft refused the sign-in: {reason}</source>
        <translation>Microsoft a refusé la connexion&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="288"/>
        <source>Microsoft signed in no account.</source>
        <translation>Microsoft n’a connecté aucun compte.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="319"/>
        <location filename="../../desktop/services/sync.py" line="158"/>
        <source>Sign in to Microsoft 365 again.</source>
        <translation>Reconnectez-vous à Microsoft 365.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="326"/>
        <location filename="../../desktop/auth/microsoft.py" line="409"/>
        <source>Microsoft&apos;s sign-in service cannot be reached ({kind}).</source>
        <translation>Impossible de joindre le service de connexion de Microsoft ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="333"/>
        <source>Your Microsoft sign-in has expired or was revoked. Sign in again.</source>
        <translation>Votre connexion Microsoft a expiré ou a été révoquée. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="336"/>
        <source>Microsoft refused to renew the sign-in: {reason}</source>
        <translation>Microsoft a refusé de renouveler la connexion&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="377"/>
        <source>Application permissions need the sign-in address of your tenant, like https://login.microsoftonline.com/contoso.onmicrosoft.com.</source>
        <translation>Les autorisations d’application nécessitent l’adresse de connexion de votre locataire (tenant), comme https://login.microsoftonline.com/contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="414"/>
        <source>Microsoft refused the app&apos;s certificate: {reason}. Ask your administrator.</source>
        <translation>Microsoft a refusé le certificat de l’application&#xa0;: {reason}. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="428"/>
        <source>Your administrator set Microsoft 365 up for application permissions but named no certificate (policy microsoft_certificate).</source>
        <translation>Votre administrateur a configuré Microsoft 365 avec des autorisations d’application, mais n’a indiqué aucun certificat (stratégie microsoft_certificate).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="438"/>
        <source>The Microsoft app certificate cannot be read ({kind}): {path}</source>
        <translation>Impossible de lire le certificat de l’application Microsoft ({kind})&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="449"/>
        <source>{path} must hold the app&apos;s private key and certificate (PEM, no passphrase).</source>
        <translation>{path} doit contenir la clé privée et le certificat de l’application (PEM, sans phrase secrète).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/secrets.py" line="91"/>
        <source>No system keyring is available, so Meetdesk cannot store passwords or sign-in tokens safely. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); Meetdesk never stores them in plain text.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: Meetdesk ne peut donc pas conserver les mots de passe ni les jetons de connexion en sécurité. Sous Linux, installez et déverrouillez un trousseau Secret Service (GNOME Keyring ou KWallet)&#xa0;; Meetdesk ne les enregistre jamais en clair.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/secrets.py" line="111"/>
        <source>The system keyring refused to store a secret ({kind}).</source>
        <translation>Le trousseau système a refusé de conserver un secret ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/secrets.py" line="122"/>
        <source>The system keyring could not be read ({kind}).</source>
        <translation>Le trousseau système n’a pas pu être lu ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/secrets.py" line="163"/>
        <source>A sign-in token is too large to keep in the system keyring.</source>
        <translation>Un jeton de connexion est trop volumineux pour être conservé dans le trousseau système.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/jitsi.py" line="35"/>
        <source>Jitsi server must be an https URL, got {base}</source>
        <translation>Le serveur Jitsi doit être une URL https, et non {base}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/jitsi.py" line="38"/>
        <source>Jitsi server URL must not have a query or fragment: {base}</source>
        <translation>L’URL du serveur Jitsi ne doit contenir ni requête ni fragment&#xa0;: {base}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="856"/>
        <source>A custom link pattern needs a name.</source>
        <translation>Un modèle de lien personnalisé doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="858"/>
        <source>{name}: the pattern is empty.</source>
        <translation>{name}&#xa0;: le modèle est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="861"/>
        <source>{name}: the pattern is longer than {limit} characters.</source>
        <translation>{name}&#xa0;: le modèle dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="872"/>
        <source>{name}: not a valid regular expression ({reason}).</source>
        <translation>{name}&#xa0;: expression régulière non valide ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="880"/>
        <source>{name}: repeated groups that repeat again, like (a+)+, can take exponential time. Please simplify the pattern.</source>
        <translation>{name}&#xa0;: des groupes répétés qui se répètent encore, comme (a+)+, peuvent prendre un temps exponentiel. Simplifiez le modèle.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="888"/>
        <source>{name}: the pattern matches empty text, so it would match every URL.</source>
        <translation>{name}&#xa0;: le modèle correspond à un texte vide, il correspondrait donc à toutes les URL.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="112"/>
        <source>Meetdesk has no Zoom app (client) ID: set one in Settings.</source>
        <translation>Meetdesk n’a pas d’ID d’application Zoom (client)&#xa0;: définissez-en un dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="121"/>
        <source>The Zoom address must be an https address: {url}</source>
        <translation>L’adresse Zoom doit être une adresse https&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="243"/>
        <source>a Zoom meeting&apos;s start must carry its time zone</source>
        <translation>le début d’une réunion Zoom doit indiquer son fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="245"/>
        <source>a Zoom meeting lasts at least a minute</source>
        <translation>une réunion Zoom dure au moins une minute</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="249"/>
        <location filename="../../desktop/ical/reader.py" line="352"/>
        <source>unknown time zone {zone}</source>
        <translation>fuseau horaire inconnu {zone}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="349"/>
        <source>Zoom answered with a meeting that has no id.</source>
        <translation>Zoom a répondu avec une réunion sans identifiant.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="518"/>
        <source>Zoom answered the sign-in with something unexpected.</source>
        <translation>Zoom a répondu à la connexion de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="526"/>
        <source>Zoom answered the sign-in without tokens.</source>
        <translation>Zoom a répondu à la connexion sans jetons.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="558"/>
        <source>Zoom&apos;s sign-in service cannot be reached ({kind}).</source>
        <translation>Impossible de joindre le service de connexion de Zoom ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="670"/>
        <source>Zoom sign-in was cancelled or refused in the browser.</source>
        <translation>La connexion à Zoom a été annulée ou refusée dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="672"/>
        <source>Zoom refused the sign-in ({error}).</source>
        <translation>Zoom a refusé la connexion ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="747"/>
        <location filename="../../desktop/conferencing/zoom.py" line="980"/>
        <source>Zoom does not accept Meetdesk&apos;s app ID or secret.</source>
        <translation>Zoom n’accepte pas l’ID d’application ou le secret de Meetdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="748"/>
        <source>Zoom refused the sign-in ({error}). Try again.</source>
        <translation>Zoom a refusé la connexion ({error}). Réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="751"/>
        <location filename="../../desktop/conferencing/zoom.py" line="985"/>
        <source>Zoom&apos;s sign-in service is unavailable (HTTP {status}).</source>
        <translation>Le service de connexion de Zoom est indisponible (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="759"/>
        <source>Zoom refused the sign-in (HTTP {status}).</source>
        <translation>Zoom a refusé la connexion (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="786"/>
        <source>Meetdesk could not open a web browser for the Zoom sign-in.</source>
        <translation>Meetdesk n’a pas pu ouvrir de navigateur web pour la connexion à Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="789"/>
        <source>Zoom sign-in was not finished in the browser in time. Try again.</source>
        <translation>La connexion à Zoom n’a pas été terminée à temps dans le navigateur. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="879"/>
        <source>Zoom answered with something unexpected.</source>
        <translation>Zoom a répondu de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="899"/>
        <source>Zoom cannot be reached ({kind}).</source>
        <translation>Impossible de joindre Zoom ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="911"/>
        <location filename="../../desktop/conferencing/zoom.py" line="982"/>
        <source>Sign in to Zoom again.</source>
        <translation>Reconnectez-vous à Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="924"/>
        <source>Zoom is busy (too many requests). Try again in a moment.</source>
        <translation>Zoom est occupé (trop de requêtes). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="931"/>
        <source>This Zoom meeting does not exist any more.</source>
        <translation>Cette réunion Zoom n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="935"/>
        <source>Zoom is unavailable (HTTP {status}). Try again later.</source>
        <translation>Zoom est indisponible (HTTP {status}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="942"/>
        <source>forbidden</source>
        <translation>interdit</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="944"/>
        <source>Zoom does not allow this: {reason}</source>
        <translation>Zoom ne le permet pas&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="949"/>
        <source>Zoom refused the meeting: {reason}</source>
        <translation>Zoom a refusé la réunion&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="967"/>
        <source>Sign in to Zoom first.</source>
        <translation>Connectez-vous d’abord à Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="1009"/>
        <source>The Zoom sign-in cannot be kept: {reason}</source>
        <translation>La connexion à Zoom ne peut pas être conservée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="234"/>
        <source>The file is larger than {size} MB</source>
        <translation>Le fichier dépasse {size} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="238"/>
        <source>Event {event} skipped: {reason}</source>
        <translation>Événement {event} ignoré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="258"/>
        <source>Some characters are not valid UTF-8 and were replaced by &apos;�&apos;.</source>
        <translation>Certains caractères ne sont pas en UTF-8 valide et ont été remplacés par «&#xa0;�&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="278"/>
        <source>The file has more than {count} items</source>
        <translation>Le fichier contient plus de {count} éléments</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="282"/>
        <source>The file nests items more than {depth} deep, which is not valid</source>
        <translation>Le fichier imbrique des éléments sur plus de {depth} niveaux, ce qui n’est pas valide</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="361"/>
        <location filename="../../desktop/ical/reader.py" line="624"/>
        <source>it has a date outside the supported range</source>
        <translation>il contient une date hors de la plage prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="390"/>
        <location filename="../../desktop/ical/reader.py" line="402"/>
        <source>it has an impossible date {date}</source>
        <translation>il contient une date impossible {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="404"/>
        <source>it has an unreadable date {date}</source>
        <translation>il contient une date illisible {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="411"/>
        <source>it has an unreadable duration {duration}</source>
        <translation>il contient une durée illisible {duration}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="414"/>
        <location filename="../../desktop/ical/reader.py" line="626"/>
        <source>it ends before it starts</source>
        <translation>il se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="487"/>
        <source>with UID {uid}</source>
        <translation>avec l’UID {uid}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="488"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="491"/>
        <source>Event {event}: {problem}</source>
        <translation>Événement {event}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="498"/>
        <source>it has more than {count} properties</source>
        <translation>il a plus de {count} propriétés</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="501"/>
        <source>1 unreadable line in it was ignored</source>
        <translation>1 ligne illisible y a été ignorée</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="504"/>
        <source>{count} unreadable lines in it were ignored</source>
        <translation>{count} lignes illisibles y ont été ignorées</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="509"/>
        <source>the title was shortened to {count} characters</source>
        <translation>le titre a été raccourci à {count} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="512"/>
        <source>it had no usable UID, so one was made up</source>
        <translation>il n’avait pas d’UID utilisable, un UID a donc été créé</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="522"/>
        <source>it has no start time</source>
        <translation>il n’a pas d’heure de début</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="543"/>
        <source>the change to this and all later instances applies to one only</source>
        <translation>la modification de cette occurrence et des suivantes ne s’applique qu’à celle-ci</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="549"/>
        <source>the description was shortened to {count} characters</source>
        <translation>la description a été raccourcie à {count} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="558"/>
        <source>the location was shortened to {count} characters</source>
        <translation>le lieu a été raccourci à {count} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="574"/>
        <source>its extra dates (RDATE) are kept but not shown</source>
        <translation>ses dates supplémentaires (RDATE) sont conservées mais pas affichées</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="576"/>
        <source>its exclusion rule (EXRULE) is not supported and was dropped</source>
        <translation>sa règle d’exclusion (EXRULE) n’est pas prise en charge et a été retirée</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="634"/>
        <source>only the first of its repeat rules was kept</source>
        <translation>seule la première de ses règles de répétition a été conservée</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="665"/>
        <source>one of its excluded dates could not be read and was ignored</source>
        <translation>une de ses dates exclues n’a pas pu être lue et a été ignorée</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="668"/>
        <source>{count} of its excluded dates could not be read and were ignored</source>
        <translation>{count} de ses dates exclues n’ont pas pu être lues et ont été ignorées</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="675"/>
        <source>only its first {count} excluded dates were kept</source>
        <translation>seules ses {count} premières dates exclues ont été conservées</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="711"/>
        <source>only its first {count} attendees were kept</source>
        <translation>seuls ses {count} premiers participants ont été conservés</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="752"/>
        <source>a nested {item} inside it was ignored</source>
        <translation>un composant {item} imbriqué y a été ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="759"/>
        <source>a reminder that would run a program was removed</source>
        <translation>un rappel qui lancerait un programme a été retiré</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="774"/>
        <source>links to local or network files were removed from its attachments</source>
        <translation>les liens vers des fichiers locaux ou réseau ont été retirés de ses pièces jointes</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="776"/>
        <source>some very large unrecognised properties were dropped</source>
        <translation>certaines propriétés non reconnues très volumineuses ont été supprimées</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="816"/>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="818"/>
        <source>This is not an iCalendar file</source>
        <translation>Ce n’est pas un fichier iCalendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="821"/>
        <source>The file has more than {count} lines</source>
        <translation>Le fichier compte plus de {count} lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="844"/>
        <source>the file ends in the middle of it</source>
        <translation>le fichier s’arrête au milieu de l’événement</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="854"/>
        <source>it could not be read</source>
        <translation>il n’a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="859"/>
        <source>another event in the file has the same UID</source>
        <translation>un autre événement du fichier a le même UID</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="45"/>
        <source>{name} cannot be changed: {reason}</source>
        <translation>Impossible de modifier {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="78"/>
        <source>Set by your administrator in {path}</source>
        <translation>Défini par votre administrateur dans {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="79"/>
        <source>Recommended by your administrator in {path}; you may change it</source>
        <translation>Recommandé par votre administrateur dans {path}&#xa0;; vous pouvez le modifier</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="83"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="84"/>
        <source>Recommended by your administrator; you may change it</source>
        <translation>Recommandé par votre administrateur&#xa0;; vous pouvez le modifier</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="85"/>
        <source>enforced policy</source>
        <translation>stratégie imposée</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="86"/>
        <source>recommended policy</source>
        <translation>stratégie recommandée</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="87"/>
        <source>your settings</source>
        <translation>vos paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="96"/>
        <source>Set by you</source>
        <translation>Défini par vous</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="104"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="115"/>
        <source>{origin}: unknown setting {name}; ignored</source>
        <translation>{origin}&#xa0;: paramètre inconnu {name}&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="125"/>
        <source>{origin}: setting {name}: {problem}; ignored</source>
        <translation>{origin}&#xa0;: paramètre {name}&#xa0;: {problem}&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="168"/>
        <source>unknown setting {name}</source>
        <translation>paramètre inconnu {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="177"/>
        <source>{name} cannot be changed: set by your administrator in {path}</source>
        <translation>Impossible de modifier {name}&#xa0;: défini par votre administrateur dans {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="182"/>
        <source>{name} cannot be changed: set by your administrator</source>
        <translation>Impossible de modifier {name}&#xa0;: défini par votre administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="69"/>
        <source>is not a usable path ({reason})</source>
        <translation>n’est pas un chemin utilisable ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="72"/>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="76"/>
        <source>is larger than {megabytes} MB ({size} bytes)</source>
        <translation>dépasse {megabytes} Mo ({size} octets)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="90"/>
        <source>is larger than {megabytes} MB</source>
        <translation>dépasse {megabytes} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="96"/>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="106"/>
        <source>is not UTF-8 text (bad byte at offset {offset})</source>
        <translation>n’est pas du texte UTF-8 (octet invalide à la position {offset})</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="109"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="124"/>
        <source>is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>n’est pas du JSON valide&#xa0;: {error} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="132"/>
        <source>is not usable JSON: nested too deeply</source>
        <translation>n’est pas du JSON utilisable&#xa0;: imbrication trop profonde</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="134"/>
        <source>is not usable JSON: {error}</source>
        <translation>n’est pas du JSON utilisable&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="149"/>
        <source>{path}: {section}: unknown setting {name}; ignored</source>
        <translation>{path}&#xa0;: {section}&#xa0;: paramètre inconnu {name}&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="157"/>
        <source>{path}: {section}: unknown setting {name} (did you mean {meant}?); ignored</source>
        <translation>{path}&#xa0;: {section}&#xa0;: paramètre inconnu {name} (vouliez-vous dire {meant}&#xa0;?)&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="170"/>
        <source>{path}: {section} setting {name}: {problem}; ignored</source>
        <translation>{path}&#xa0;: {section}, paramètre {name}&#xa0;: {problem}&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="179"/>
        <source>{path}: {section} setting {name} could not be checked ({error}); ignored</source>
        <translation>{path}&#xa0;: {section}, le paramètre {name} n’a pas pu être vérifié ({error})&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="190"/>
        <source>{path}: {problem}; the whole policy file is ignored</source>
        <translation>{path}&#xa0;: {problem}&#xa0;; tout le fichier de stratégie est ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="214"/>
        <source>{path}: must hold a JSON object with &quot;enforced&quot; and/or &quot;recommended&quot;, found {value}; the whole policy file is ignored</source>
        <translation>{path}&#xa0;: doit contenir un objet JSON avec &quot;enforced&quot; et/ou &quot;recommended&quot;, et non {value}&#xa0;; tout le fichier de stratégie est ignoré</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="223"/>
        <source>{path}: key {key} appears more than once; the last one is used</source>
        <translation>{path}&#xa0;: la clé {key} apparaît plusieurs fois&#xa0;; la dernière est utilisée</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="235"/>
        <source>{path}: unknown top-level key {key} (expected &quot;enforced&quot; or &quot;recommended&quot;); ignored</source>
        <translation>{path}&#xa0;: clé de premier niveau inconnue {key} (&quot;enforced&quot; ou &quot;recommended&quot; attendu)&#xa0;; ignorée</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="244"/>
        <source>{path}: unknown top-level key {key} (did you mean {meant}?) (expected &quot;enforced&quot; or &quot;recommended&quot;); ignored</source>
        <translation>{path}&#xa0;: clé de premier niveau inconnue {key} (vouliez-vous dire {meant}&#xa0;?) (&quot;enforced&quot; ou &quot;recommended&quot; attendu)&#xa0;; ignorée</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="257"/>
        <source>{path}: &quot;{section}&quot; must be an object mapping setting names to values, found {value}; ignored</source>
        <translation>{path}&#xa0;: la section &quot;{section}&quot; doit être un objet associant des noms de paramètres à des valeurs, et non {value}&#xa0;; ignorée</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="71"/>
        <source>the text {text}</source>
        <translation>le texte {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="75"/>
        <location filename="../../desktop/policy/specs.py" line="78"/>
        <source>the number {number}</source>
        <translation>le nombre {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="76"/>
        <source>a very large number</source>
        <translation>un très grand nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="80"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="82"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="83"/>
        <source>a value of type {type}</source>
        <translation>une valeur de type {type}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="93"/>
        <source>must be true or false, got {value}</source>
        <translation>doit être true ou false, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="108"/>
        <source>must be one of {allowed}; got {value} (values are lower-case)</source>
        <translation>doit être l’une des valeurs ({allowed}), et non {value} (les valeurs s’écrivent en minuscules)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="115"/>
        <location filename="../../desktop/policy/specs.py" line="221"/>
        <source>must be one of {allowed}; got {value}</source>
        <translation>doit être l’une des valeurs ({allowed}), et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="148"/>
        <source>unknown permission {value}: {problem}</source>
        <translation>autorisation inconnue {value}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="156"/>
        <source>must be a list of permissions, got {value}</source>
        <translation>doit être une liste d’autorisations, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="170"/>
        <source>expected a domain such as example.com, got {value}</source>
        <translation>un domaine comme example.com est attendu, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="175"/>
        <source>{domain} is not a valid e-mail domain (expected something like example.com)</source>
        <translation>{domain} n’est pas un domaine e-mail valide (attendu&#xa0;: un domaine comme example.com)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="181"/>
        <source>{domain} is not a valid e-mail domain (write it without the @)</source>
        <translation>{domain} n’est pas un domaine e-mail valide (écrivez-le sans le @)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="204"/>
        <source>must be a list of e-mail domains, got {value}</source>
        <translation>doit être une liste de domaines e-mail, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="213"/>
        <source>must be the number 1 or 2, got {value}</source>
        <translation>doit être le nombre 1 ou 2, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="233"/>
        <source>must be text, got {value}</source>
        <translation>doit être un texte, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="236"/>
        <source>must be one short line of text, got {value}</source>
        <translation>doit être une seule ligne de texte courte, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="246"/>
        <source>must be an https address, got {value}</source>
        <translation>doit être une adresse https, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="253"/>
        <source>must be an object mapping feature names to versions, got {value}</source>
        <translation>doit être un objet associant des noms de fonctionnalités à des versions, et non {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="264"/>
        <source>unknown feature {feature} (known: {known})</source>
        <translation>fonctionnalité inconnue {feature} (connues&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="270"/>
        <source>feature {feature}: {problem}</source>
        <translation>fonctionnalité {feature}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/versions.py" line="45"/>
        <source>a version must be text such as &quot;1.2.3&quot;, got {type}</source>
        <translation>une version doit être un texte comme &quot;1.2.3&quot;, et non une valeur de type {type}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/versions.py" line="61"/>
        <source>{version} is not a valid version (expected numbers separated by dots, like &quot;1.2.3&quot;)</source>
        <translation>{version} n’est pas une version valide (attendu&#xa0;: des nombres séparés par des points, comme &quot;1.2.3&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="22"/>
        <source>The server refused the user name or password.</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="93"/>
        <source>{host} did not answer in time.</source>
        <translation>{host} n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="96"/>
        <source>The server&apos;s certificate is not trusted: {reason}</source>
        <translation>Le certificat du serveur n’est pas approuvé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="101"/>
        <source>A secure connection to {host} could not be made: {reason}</source>
        <translation>Impossible d’établir une connexion sécurisée avec {host}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="108"/>
        <source>Cannot reach {host}: {reason}</source>
        <translation>Impossible de joindre {host}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="110"/>
        <source>This is not a web address Meetdesk can use: {host}.</source>
        <translation>Meetdesk ne peut pas utiliser cette adresse web&#xa0;: {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="113"/>
        <source>The connection to {host} was interrupted: {reason}</source>
        <translation>La connexion à {host} a été interrompue&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="118"/>
        <source>The request to {host} failed: {reason}</source>
        <translation>La requête vers {host} a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="131"/>
        <source>{host} is busy or unavailable (HTTP {status}) while {what}.</source>
        <translation>{host} est occupé ou indisponible (HTTP {status}) lors de {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="140"/>
        <source>{host} answered HTTP {status} while {what}.</source>
        <translation>{host} a répondu HTTP {status} lors de {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="227"/>
        <source>{host} sent an answer Meetdesk cannot read ({reason}).</source>
        <translation>{host} a envoyé une réponse que Meetdesk ne peut pas lire ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="75"/>
        <source>the answer declares a DOCTYPE or entities</source>
        <translation>la réponse déclare un DOCTYPE ou des entités</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="78"/>
        <source>the answer refers to an external entity</source>
        <translation>la réponse fait référence à une entité externe</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="83"/>
        <source>the answer has too many elements</source>
        <translation>la réponse contient trop d’éléments</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="85"/>
        <source>the answer nests too deeply</source>
        <translation>la réponse est imbriquée trop profondément</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="122"/>
        <source>the answer is too large</source>
        <translation>la réponse est trop volumineuse</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="134"/>
        <source>the answer is not XML</source>
        <translation>la réponse n’est pas du XML</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="191"/>
        <source>the answer is not a WebDAV multistatus</source>
        <translation>la réponse n’est pas un multistatus WebDAV</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/discovery.py" line="60"/>
        <source>This is not a web address Meetdesk can use: {address}</source>
        <translation>Meetdesk ne peut pas utiliser cette adresse web&#xa0;: {address}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/discovery.py" line="70"/>
        <source>No CalDAV or CardDAV service was found at {url}.</source>
        <translation>Aucun service CalDAV ou CardDAV n’a été trouvé à l’adresse {url}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/discovery.py" line="133"/>
        <location filename="../../desktop/providers/caldav/discovery.py" line="159"/>
        <source>{host} is busy or unavailable (HTTP {status}).</source>
        <translation>{host} est occupé ou indisponible (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="146"/>
        <source>{earlier}; {later}</source>
        <translation>{earlier}&#xa0;; {later}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="161"/>
        <source>{href} skipped: it is larger than {size} MB</source>
        <translation>{href} ignoré&#xa0;: il dépasse {size} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="174"/>
        <source>{href} skipped: it is not iCalendar data</source>
        <translation>{href} ignoré&#xa0;: ce ne sont pas des données iCalendar</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="178"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="194"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="214"/>
        <source>{href} skipped: {reason}</source>
        <translation>{href} ignoré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="180"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="210"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="213"/>
        <source>{href} skipped: it could not be read</source>
        <translation>{href} ignoré&#xa0;: il n’a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="187"/>
        <source>{href} skipped: it has no UID</source>
        <translation>{href} ignoré&#xa0;: il n’a pas d’UID</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="189"/>
        <source>{href} skipped: it holds events with different UIDs</source>
        <translation>{href} ignoré&#xa0;: il contient des événements aux UID différents</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="190"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="216"/>
        <source>{href}: {problem}</source>
        <translation>{href}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="193"/>
        <source>part of it could not be read</source>
        <translation>une partie n’a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="312"/>
        <source>The server does not allow changes to {name}.</source>
        <translation>Le serveur n’autorise pas les modifications de {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="323"/>
        <source>listing the calendars</source>
        <translation>la lecture de la liste des calendriers</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="353"/>
        <source>listing the address books</source>
        <translation>la lecture de la liste des carnets d’adresses</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="378"/>
        <source>The server no longer knows where the last sync of {name} ended.</source>
        <translation>Le serveur ne sait plus où s’est arrêtée la dernière synchronisation de {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="381"/>
        <source>{name} no longer exists on the server.</source>
        <translation>{name} n’existe plus sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="383"/>
        <source>syncing {name}</source>
        <translation>la synchronisation de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="387"/>
        <source>{host} did not send a sync token for {name}.</source>
        <translation>{host} n’a pas envoyé de jeton de synchronisation pour {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="420"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="518"/>
        <source>reading {name}</source>
        <translation>la lecture de {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="433"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="440"/>
        <source>{href} skipped: the server did not send it</source>
        <translation>{href} ignoré&#xa0;: le serveur ne l’a pas envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="496"/>
        <source>reading the new version&apos;s tag</source>
        <translation>la lecture de l’étiquette (etag) de la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="502"/>
        <source>{host} did not tell the version of {href}.</source>
        <translation>{host} n’a pas indiqué la version de {href}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="520"/>
        <source>{href} on the server is too large to read.</source>
        <translation>{href} est trop volumineux sur le serveur pour être lu.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="565"/>
        <source>An item with the same UID already exists in {name}.</source>
        <translation>Un élément avec le même UID existe déjà dans {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="569"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="591"/>
        <source>saving to {name}</source>
        <translation>l’enregistrement dans {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="573"/>
        <source>The item was removed from {name} while it was being saved.</source>
        <translation>L’élément a été retiré de {name} pendant son enregistrement.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="578"/>
        <source>{name} already holds a different item with the same UID.</source>
        <translation>{name} contient déjà un autre élément avec le même UID.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="589"/>
        <source>This item was changed or removed in {name} by someone else.</source>
        <translation>Cet élément a été modifié ou retiré de {name} par quelqu’un d’autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="599"/>
        <source>This item was changed in {name} by someone else.</source>
        <translation>Cet élément a été modifié dans {name} par quelqu’un d’autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="600"/>
        <source>deleting from {name}</source>
        <translation>la suppression dans {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="627"/>
        <source>This meeting has not been saved to the server yet.</source>
        <translation>Cette réunion n’a pas encore été enregistrée sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="642"/>
        <source>This contact has no identity to save it under.</source>
        <translation>Ce contact n’a aucun identifiant sous lequel l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="667"/>
        <source>This contact has not been saved to the server yet.</source>
        <translation>Ce contact n’a pas encore été enregistré sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="169"/>
        <source>{count} malformed line skipped</source>
        <translation>{count} ligne mal formée ignorée</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="171"/>
        <source>{count} malformed lines skipped</source>
        <translation>{count} lignes mal formées ignorées</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="180"/>
        <location filename="../../desktop/providers/caldav/vcard.py" line="226"/>
        <source>the contact is larger than {size} MB</source>
        <translation>le contact dépasse {size} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="185"/>
        <source>this is not a vCard</source>
        <translation>ce n’est pas une vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="200"/>
        <source>only the first contact of the item was read</source>
        <translation>seul le premier contact de l’élément a été lu</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="204"/>
        <source>it holds a contact nested inside another, which is refused</source>
        <translation>il contient un contact imbriqué dans un autre, ce qui est refusé</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="215"/>
        <source>its photo is larger than {size} MB and was dropped</source>
        <translation>sa photo dépasse {size} Mo et a été retirée</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="257"/>
        <source>the contact is not closed with END:VCARD</source>
        <translation>le contact ne se termine pas par END:VCARD</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="107"/>
        <source>Microsoft 365 sent a link to another server; it was ignored.</source>
        <translation>Microsoft 365 a envoyé un lien vers un autre serveur&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="145"/>
        <source>Microsoft 365 did not answer in time.</source>
        <translation>Microsoft 365 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="151"/>
        <source>The Microsoft 365 server&apos;s certificate is not trusted. If your company inspects HTTPS, name its certificate file in SSL_CERT_FILE.</source>
        <translation>Le certificat du serveur Microsoft 365 n’est pas approuvé. Si votre entreprise inspecte le trafic HTTPS, indiquez son fichier de certificat dans SSL_CERT_FILE.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="156"/>
        <source>Microsoft 365 cannot be reached.</source>
        <translation>Impossible de joindre Microsoft 365.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="159"/>
        <source>The connection to Microsoft 365 failed ({error}).</source>
        <translation>La connexion à Microsoft 365 a échoué ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="174"/>
        <source>Microsoft 365 asks Meetdesk to slow down; syncing again later.</source>
        <translation>Microsoft 365 demande à Meetdesk de ralentir&#xa0;; la synchronisation reprendra plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="183"/>
        <source>Microsoft 365 kept refusing; syncing again later.</source>
        <translation>Microsoft 365 a refusé à plusieurs reprises&#xa0;; la synchronisation reprendra plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="191"/>
        <source>Microsoft 365 no longer knows where the last sync ended.</source>
        <translation>Microsoft 365 ne sait plus où s’est arrêtée la dernière synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="193"/>
        <source>Microsoft 365 no longer accepts the sign-in. Sign in again.</source>
        <translation>Microsoft 365 n’accepte plus la connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="197"/>
        <source>Microsoft 365 refused access: {message} The account may lack the permission, or the item is not yours to change.</source>
        <translation>Microsoft 365 a refusé l’accès&#xa0;: {message} Le compte n’a peut-être pas l’autorisation nécessaire, ou cet élément n’est pas le vôtre et vous ne pouvez pas le modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="204"/>
        <source>Microsoft 365 refused access. The account may lack the permission, or the item is not yours to change.</source>
        <translation>Microsoft 365 a refusé l’accès. Le compte n’a peut-être pas l’autorisation nécessaire, ou cet élément n’est pas le vôtre et vous ne pouvez pas le modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="210"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="212"/>
        <source>The item changed on Microsoft 365 since Meetdesk last read it.</source>
        <translation>L’élément a été modifié sur Microsoft 365 depuis la dernière lecture par Meetdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="215"/>
        <source>Microsoft 365 had a problem ({status}); trying again later.</source>
        <translation>Microsoft 365 a rencontré un problème ({status})&#xa0;; nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="242"/>
        <source>Microsoft 365 refused the request ({status}, {code}): {message}</source>
        <translation>Microsoft 365 a refusé la requête ({status}, {code})&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="249"/>
        <source>Microsoft 365 refused the request ({status}, {code}).</source>
        <translation>Microsoft 365 a refusé la requête ({status}, {code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="253"/>
        <source>Microsoft 365 refused the request ({status}): {message}</source>
        <translation>Microsoft 365 a refusé la requête ({status})&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="258"/>
        <source>Microsoft 365 refused the request ({status}).</source>
        <translation>Microsoft 365 a refusé la requête ({status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="267"/>
        <location filename="../../desktop/providers/graph/client.py" line="269"/>
        <source>Microsoft 365 sent an answer Meetdesk cannot read.</source>
        <translation>Microsoft 365 a envoyé une réponse que Meetdesk ne peut pas lire.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="103"/>
        <source>Microsoft 365 cannot store this repeat rule: {reason}</source>
        <translation>Microsoft 365 ne peut pas enregistrer cette règle de répétition&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="113"/>
        <source>Microsoft 365 cannot store this repeat rule: {reason}.</source>
        <translation>Microsoft 365 ne peut pas enregistrer cette règle de répétition&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="121"/>
        <source>Microsoft 365&apos;s repeat pattern cannot be read here: {reason}</source>
        <translation>La règle de répétition de Microsoft 365 ne peut pas être lue ici&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="155"/>
        <source>The event has no id</source>
        <translation>L’événement n’a pas d’identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="155"/>
        <source>The event id is too long</source>
        <translation>L’identifiant de l’événement est trop long</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="156"/>
        <source>The contact has no id</source>
        <translation>Le contact n’a pas d’identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="156"/>
        <source>The contact id is too long</source>
        <translation>L’identifiant du contact est trop long</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="158"/>
        <source>The contact folder has no id</source>
        <translation>Le dossier de contacts n’a pas d’identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="159"/>
        <source>The contact folder id is too long</source>
        <translation>L’identifiant du dossier de contacts est trop long</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="161"/>
        <source>The calendar has no id</source>
        <translation>Le calendrier n’a pas d’identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="161"/>
        <source>The calendar id is too long</source>
        <translation>L’identifiant du calendrier est trop long</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="198"/>
        <source>Unknown time zone {name}</source>
        <translation>Fuseau horaire inconnu&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="215"/>
        <location filename="../../desktop/providers/graph/mapping.py" line="218"/>
        <source>The date-time is missing</source>
        <translation>La date et l’heure manquent</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="223"/>
        <location filename="../../desktop/providers/graph/mapping.py" line="237"/>
        <location filename="../../desktop/providers/graph/mapping.py" line="246"/>
        <location filename="../../desktop/providers/graph/mapping.py" line="251"/>
        <source>Unreadable date-time {text}</source>
        <translation>Date et heure illisibles&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="274"/>
        <source>The event has no start or end</source>
        <translation>L’événement n’a pas de début ou de fin</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="289"/>
        <source>The event ends before it starts</source>
        <translation>L’événement se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="326"/>
        <source>The event is not an object</source>
        <translation>L’événement n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="451"/>
        <source>it repeats every few seconds; the shortest repeat there is daily.</source>
        <translation>elle se répète à quelques secondes d’intervalle&#xa0;; la répétition la plus fréquente possible y est quotidienne.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="452"/>
        <source>it repeats every few minutes; the shortest repeat there is daily.</source>
        <translation>elle se répète à quelques minutes d’intervalle&#xa0;; la répétition la plus fréquente possible y est quotidienne.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="453"/>
        <source>it repeats every few hours; the shortest repeat there is daily.</source>
        <translation>elle se répète à quelques heures d’intervalle&#xa0;; la répétition la plus fréquente possible y est quotidienne.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="456"/>
        <source>it picks seconds of the minute (BYSECOND).</source>
        <translation>elle choisit des secondes dans la minute (BYSECOND).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="457"/>
        <source>it picks minutes of the hour (BYMINUTE).</source>
        <translation>elle choisit des minutes dans l’heure (BYMINUTE).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="458"/>
        <source>it picks several times of day (BYHOUR).</source>
        <translation>elle choisit plusieurs heures de la journée (BYHOUR).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="459"/>
        <source>it picks days of the year by number (BYYEARDAY).</source>
        <translation>elle choisit des jours de l’année par leur numéro (BYYEARDAY).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="460"/>
        <source>it picks weeks of the year by number (BYWEEKNO).</source>
        <translation>elle choisit des semaines de l’année par leur numéro (BYWEEKNO).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="484"/>
        <source>it uses BYSETPOS without BYDAY.</source>
        <translation>elle utilise BYSETPOS sans BYDAY.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="487"/>
        <source>it combines days of the month with weekdays.</source>
        <translation>elle combine des jours du mois et des jours de la semaine.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="491"/>
        <source>it combines BYSETPOS with numbered weekdays.</source>
        <translation>elle combine BYSETPOS et des jours de la semaine numérotés.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="494"/>
        <source>it picks more than one numbered weekday in a period.</source>
        <translation>elle choisit plus d’un jour de la semaine numéroté par période.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="502"/>
        <source>it repeats on every matching weekday of the month; only one (like the second Tuesday) is possible.</source>
        <translation>elle se répète chaque jour de la semaine correspondant dans le mois&#xa0;; un seul est possible (comme le deuxième mardi).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="511"/>
        <source>only the first, second, third, fourth or last weekday of a month is possible.</source>
        <translation>seul le premier, le deuxième, le troisième, le quatrième ou le dernier jour de la semaine du mois est possible.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="520"/>
        <source>it repeats on several days of the month.</source>
        <translation>elle se répète plusieurs jours du mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="523"/>
        <source>it counts days from the end of the month.</source>
        <translation>elle compte les jours à partir de la fin du mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="531"/>
        <source>it limits a daily, weekly or monthly repeat to some months.</source>
        <translation>elle limite une répétition quotidienne, hebdomadaire ou mensuelle à certains mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="535"/>
        <source>it limits a daily repeat to some days of the month.</source>
        <translation>elle limite une répétition quotidienne à certains jours du mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="539"/>
        <source>it repeats every few days on given weekdays only.</source>
        <translation>elle se répète à quelques jours d’intervalle, uniquement certains jours de la semaine.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="549"/>
        <source>it keeps only some of the weekdays (BYSETPOS).</source>
        <translation>elle ne garde que certains des jours de la semaine (BYSETPOS).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="588"/>
        <source>it repeats in several months of the year.</source>
        <translation>elle se répète plusieurs mois de l’année.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="591"/>
        <source>it picks weekdays of the whole year; name the month.</source>
        <translation>elle choisit des jours de la semaine sur toute l’année&#xa0;; indiquez le mois.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="617"/>
        <source>it has both a number of times and an end date.</source>
        <translation>elle a à la fois un nombre de répétitions et une date de fin.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="620"/>
        <source>it repeats too many times; choose no end instead.</source>
        <translation>elle se répète trop de fois&#xa0;; choisissez plutôt une série sans fin.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="634"/>
        <source>it ends before it starts.</source>
        <translation>elle se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="649"/>
        <source>it is not a repeat rule.</source>
        <translation>ce n’est pas une règle de répétition.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="669"/>
        <source>unknown weekday {name}.</source>
        <translation>jour de la semaine inconnu&#xa0;: {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="672"/>
        <source>the pattern names no weekday.</source>
        <translation>le modèle de répétition n’indique aucun jour de la semaine.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="679"/>
        <source>the pattern&apos;s {name} is missing or out of range.</source>
        <translation>le champ {name} du modèle de répétition manque ou est hors limites.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="698"/>
        <source>the pattern&apos;s interval is not a positive number.</source>
        <translation>l’intervalle du modèle de répétition n’est pas un nombre positif.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="708"/>
        <source>the range&apos;s end date is unreadable.</source>
        <translation>la date de fin de la période de répétition est illisible.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="710"/>
        <source>unknown range type {kind}.</source>
        <translation>type de période de répétition inconnu&#xa0;: {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="737"/>
        <source>unknown week index {index}.</source>
        <translation>index de semaine inconnu&#xa0;: {index}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="747"/>
        <source>unknown pattern type {kind}.</source>
        <translation>type de modèle de répétition inconnu&#xa0;: {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="771"/>
        <source>The contact is not an object</source>
        <translation>Le contact n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="75"/>
        <source>unreadable cursor</source>
        <translation>curseur illisible</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="147"/>
        <source>the sync window moved on</source>
        <translation>la fenêtre de synchronisation a avancé</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="156"/>
        <location filename="../../desktop/providers/graph/provider.py" line="366"/>
        <source>an entry without an id</source>
        <translation>une entrée sans identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="182"/>
        <location filename="../../desktop/providers/graph/provider.py" line="380"/>
        <source>Microsoft 365 ended a listing without saying where to go on.</source>
        <translation>Microsoft 365 a terminé une liste sans indiquer où continuer.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="197"/>
        <source>an event could not be read ({reason})</source>
        <translation>un événement n’a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="289"/>
        <location filename="../../desktop/providers/graph/provider.py" line="301"/>
        <source>&apos;{name}&apos; is read-only on Microsoft 365.</source>
        <translation>«&#xa0;{name}&#xa0;» est en lecture seule sur Microsoft 365.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="304"/>
        <source>Microsoft 365 takes changes to single occurrences of a series only from Outlook; Meetdesk sends the series without them.</source>
        <translation>Microsoft 365 n’accepte les modifications d’occurrences isolées d’une série que depuis Outlook&#xa0;; Meetdesk envoie la série sans elles.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="313"/>
        <source>A private meeting of someone else cannot be changed.</source>
        <translation>La réunion privée d’une autre personne ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="324"/>
        <source>Microsoft 365 cannot take &apos;{title}&apos;: {reason}</source>
        <translation>Microsoft 365 ne peut pas accepter «&#xa0;{title}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="374"/>
        <source>a contact could not be read ({reason})</source>
        <translation>un contact n’a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/local/provider.py" line="57"/>
        <source>This meeting was changed elsewhere.</source>
        <translation>Cette réunion a été modifiée ailleurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/local/provider.py" line="76"/>
        <source>This contact was changed elsewhere.</source>
        <translation>Ce contact a été modifié ailleurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="70"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="71"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="72"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="73"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="74"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="75"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="76"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="79"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="80"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="81"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="82"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="83"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="84"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="85"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="86"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="87"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="88"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="89"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="90"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="97"/>
        <source>Repeating every second is not supported</source>
        <translation>La répétition toutes les secondes n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="98"/>
        <source>Repeating every minute is not supported</source>
        <translation>La répétition toutes les minutes n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="99"/>
        <source>Repeating every hour is not supported</source>
        <translation>La répétition toutes les heures n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="102"/>
        <source>Repeating at given seconds (BYSECOND) is not supported</source>
        <translation>La répétition à des secondes précises (BYSECOND) n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="103"/>
        <source>Repeating at given minutes (BYMINUTE) is not supported</source>
        <translation>La répétition à des minutes précises (BYMINUTE) n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="104"/>
        <source>Repeating at several times of day (BYHOUR) is not supported</source>
        <translation>La répétition à plusieurs heures de la journée (BYHOUR) n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="105"/>
        <source>Repeating on days of the year (BYYEARDAY) is not supported</source>
        <translation>La répétition sur des jours numérotés de l’année (BYYEARDAY) n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="106"/>
        <source>Repeating in numbered weeks (BYWEEKNO) is not supported</source>
        <translation>La répétition sur des semaines numérotées (BYWEEKNO) n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="107"/>
        <source>Repeating relative to Easter is not supported</source>
        <translation>La répétition par rapport à Pâques n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="108"/>
        <source>Non-Gregorian calendars (RSCALE) are not supported</source>
        <translation>Les calendriers non grégoriens (RSCALE) ne sont pas pris en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="109"/>
        <source>The SKIP rule part is not supported</source>
        <translation>La partie de règle SKIP n’est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="195"/>
        <location filename="../../desktop/recurrence.py" line="296"/>
        <source>Unknown repeat frequency {name}</source>
        <translation>Fréquence de répétition inconnue&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="198"/>
        <source>INTERVAL must be at least 1</source>
        <translation>INTERVAL doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="200"/>
        <source>INTERVAL must be at most {limit}</source>
        <translation>INTERVAL doit valoir au plus {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="202"/>
        <source>COUNT must be at least 1</source>
        <translation>COUNT doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="204"/>
        <source>UNTIL must be a date or a date-time</source>
        <translation>UNTIL doit être une date ou une date et heure</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="206"/>
        <source>WKST must be a weekday</source>
        <translation>WKST doit être un jour de la semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="209"/>
        <source>BYDAY must name weekdays</source>
        <translation>BYDAY doit indiquer des jours de la semaine</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="214"/>
        <source>BYDAY with a number (like 2TU) only works for monthly or yearly repeats</source>
        <translation>BYDAY avec un nombre (comme 2TU) ne fonctionne que pour les répétitions mensuelles ou annuelles</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="219"/>
        <source>BYDAY numbers must be between -{limit} and {limit}, not 0</source>
        <translation>Les nombres de BYDAY doivent être compris entre -{limit} et {limit}, sauf 0</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="223"/>
        <source>BYMONTHDAY must be between -31 and 31, not 0</source>
        <translation>BYMONTHDAY doit être compris entre -31 et 31, sauf 0</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="225"/>
        <source>BYMONTHDAY cannot be used with weekly repeats</source>
        <translation>BYMONTHDAY ne peut pas être utilisé avec des répétitions hebdomadaires</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="228"/>
        <source>BYMONTH must be between 1 and 12</source>
        <translation>BYMONTH doit être compris entre 1 et 12</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="231"/>
        <source>BYSETPOS must be between -366 and 366, not 0</source>
        <translation>BYSETPOS doit être compris entre -366 et 366, sauf 0</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="237"/>
        <source>{part} must be a list of numbers</source>
        <translation>{part} doit être une liste de nombres</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="244"/>
        <source>UNTIL must be a date like 20260131 or 20260131T120000Z</source>
        <translation>UNTIL doit être une date comme 20260131 ou 20260131T120000Z</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="252"/>
        <source>UNTIL is not a real date ({value})</source>
        <translation>UNTIL n’est pas une date valide ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="257"/>
        <source>BYDAY item {item} is not a weekday like MO or 2TU</source>
        <translation>L’élément {item} de BYDAY n’est pas un jour de la semaine comme MO ou 2TU</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="263"/>
        <source>A repeat rule must be text</source>
        <translation>Une règle de répétition doit être du texte</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="266"/>
        <source>The repeat rule is too long</source>
        <translation>La règle de répétition est trop longue</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="279"/>
        <source>The repeat rule part {part} has no value</source>
        <translation>La partie {part} de la règle de répétition n’a pas de valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="284"/>
        <source>Unknown repeat rule part {part}</source>
        <translation>Partie de règle de répétition inconnue&#xa0;: {part}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="287"/>
        <source>The repeat rule part {part} appears more than once</source>
        <translation>La partie {part} de la règle de répétition apparaît plusieurs fois</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="292"/>
        <source>The repeat rule has no FREQ</source>
        <translation>La règle de répétition n’a pas de FREQ</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="301"/>
        <source>INTERVAL must be a whole number</source>
        <translation>INTERVAL doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="306"/>
        <source>COUNT must be a whole number</source>
        <translation>COUNT doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="313"/>
        <source>BYDAY has too many items</source>
        <translation>BYDAY contient trop d’éléments</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="326"/>
        <source>WKST must be a weekday like MO or SU</source>
        <translation>WKST doit être un jour de la semaine comme MO ou SU</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="350"/>
        <source>first</source>
        <translation>le premier</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="351"/>
        <source>second</source>
        <translation>le deuxième</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="352"/>
        <source>third</source>
        <translation>le troisième</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="353"/>
        <source>fourth</source>
        <translation>le quatrième</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="354"/>
        <source>fifth</source>
        <translation>le cinquième</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="355"/>
        <source>last</source>
        <translation>le dernier</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="356"/>
        <source>second to last</source>
        <translation>l’avant-dernier</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="359"/>
        <source>st</source>
        <translation>e</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="359"/>
        <source>nd</source>
        <translation>e</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="359"/>
        <source>rd</source>
        <translation>e</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="360"/>
        <source>th</source>
        <translation>e</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="362"/>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="363"/>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="364"/>
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="365"/>
        <source>Yearly</source>
        <translation>Tous les ans</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="368"/>
        <source>weekday</source>
        <translation>jour ouvré</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="369"/>
        <source>weekend day</source>
        <translation>jour de week-end</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="370"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="380"/>
        <source>Every {interval} days</source>
        <translation>Tous les {interval} jours</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="382"/>
        <source>Every {interval} weeks</source>
        <translation>Toutes les {interval} semaines</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="384"/>
        <source>Every {interval} months</source>
        <translation>Tous les {interval} mois</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="385"/>
        <source>Every {interval} years</source>
        <translation>Tous les {interval} ans</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="392"/>
        <source>{ordinal} to last</source>
        <translation>{ordinal} (en partant de la fin)</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="397"/>
        <source>{number}{suffix}</source>
        <translation>le {number}{suffix}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="408"/>
        <source>{list} or {item}</source>
        <translation>{list} ou {item}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="410"/>
        <location filename="../../desktop/services/integration.py" line="76"/>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="427"/>
        <source>1</source>
        <translation>1er</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="437"/>
        <source>{repeat} on the {days} day</source>
        <translation>{repeat} {days} jour</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="439"/>
        <source>{repeat} on days {days}</source>
        <translation>{repeat} les jours {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="440"/>
        <source>{repeat} on day {day}</source>
        <translation>{repeat} le {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="456"/>
        <source>{repeat} on the {positions} {days}</source>
        <translation>{repeat} {positions} {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="463"/>
        <source>{repeat} on weekdays</source>
        <translation>{repeat}, du lundi au vendredi</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="465"/>
        <source>{repeat} on weekends</source>
        <translation>{repeat}, le week-end</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="468"/>
        <source>{repeat} on {days}</source>
        <translation>{repeat} le {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="472"/>
        <source>{ordinal} {weekday}</source>
        <translation>{ordinal} {weekday}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="476"/>
        <source>{repeat} on the {days}</source>
        <translation>{repeat} {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="481"/>
        <source>{repeat}, only the {positions} of them</source>
        <translation>{repeat}, en ne gardant que {positions}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="484"/>
        <source>{repeat} in {months}</source>
        <translation>{repeat} en {months}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="487"/>
        <source>{repeat}, once</source>
        <translation>{repeat}, une fois</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="489"/>
        <source>{repeat}, {count} times</source>
        <translation>{repeat}, {count} fois</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="494"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="500"/>
        <source>{repeat}, until {date}</source>
        <translation>{repeat}, jusqu’au {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="105"/>
        <source>There is no contacts folder &apos;{path}&apos;.</source>
        <translation>Il n’y a aucun dossier de contacts «&#xa0;{path}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="142"/>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="157"/>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="159"/>
        <location filename="../../desktop/services/settings.py" line="193"/>
        <source>The name is too long (at most {limit} characters).</source>
        <translation>Le nom est trop long ({limit} caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="165"/>
        <location filename="../../desktop/services/meetings.py" line="376"/>
        <location filename="../../desktop/services/meetings.py" line="379"/>
        <location filename="../../desktop/services/settings.py" line="187"/>
        <source>Not an e-mail address: {address}</source>
        <translation>Ce n’est pas une adresse e-mail&#xa0;: {address}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="169"/>
        <source>Not a phone number: {phone}</source>
        <translation>Ce n’est pas un numéro de téléphone&#xa0;: {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="171"/>
        <source>The notes are too long.</source>
        <translation>Les notes sont trop longues.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="173"/>
        <source>The company or job title is too long.</source>
        <translation>La société ou la fonction est trop longue.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="219"/>
        <source>This contacts folder no longer exists.</source>
        <translation>Ce dossier de contacts n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="222"/>
        <source>You may not change contacts in this folder (Contacts write is off).</source>
        <translation>Vous ne pouvez pas modifier les contacts de ce dossier (Écriture des contacts est désactivée).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="32"/>
        <location filename="../../desktop/store/database.py" line="1225"/>
        <location filename="../../desktop/store/database.py" line="1226"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="33"/>
        <source>A calendar and address book stored on this computer only.</source>
        <translation>Un calendrier et un carnet d’adresses stockés uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="39"/>
        <source>Outlook calendar and contacts through Microsoft Graph.</source>
        <translation>Calendrier et contacts Outlook via Microsoft Graph.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="45"/>
        <source>Google Calendar and Google Contacts.</source>
        <translation>Google Agenda et Google Contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="47"/>
        <source>Google is not available in this build yet.</source>
        <translation>Google n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="51"/>
        <source>Exchange (on-premises)</source>
        <translation>Exchange (sur site)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="52"/>
        <source>An Exchange server in your organisation, through EWS.</source>
        <translation>Un serveur Exchange de votre organisation, via EWS.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="54"/>
        <source>Exchange is not available in this build yet.</source>
        <translation>Exchange n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="59"/>
        <source>Nextcloud, Fastmail, iCloud, Radicale and other standard servers.</source>
        <translation>Nextcloud, Fastmail, iCloud, Radicale et autres serveurs standard.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="65"/>
        <source>Calendar read</source>
        <translation>Lecture du calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="66"/>
        <source>Calendar write</source>
        <translation>Écriture du calendrier</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="67"/>
        <source>Contacts read</source>
        <translation>Lecture des contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="68"/>
        <source>Contacts write</source>
        <translation>Écriture des contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="103"/>
        <source>Your administrator has turned off calendar and contacts integration.</source>
        <translation>Votre administrateur a désactivé l’intégration du calendrier et des contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="120"/>
        <source>Your administrator does not allow: {names}.</source>
        <translation>Votre administrateur n’autorise pas&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="122"/>
        <source>Calendar write needs Calendar read.</source>
        <translation>Écriture du calendrier nécessite Lecture du calendrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="124"/>
        <source>Contacts write needs Contacts read.</source>
        <translation>Écriture des contacts nécessite Lecture des contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="126"/>
        <source>Choose at least one permission.</source>
        <translation>Choisissez au moins une autorisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="137"/>
        <source>Your administrator requires {name} for calendar and contacts.</source>
        <translation>Votre administrateur impose {name} pour le calendrier et les contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="145"/>
        <source>A CalDAV server needs its address and your password to connect.</source>
        <translation>Pour connecter un serveur CalDAV, il faut son adresse et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="150"/>
        <source>The calendar on this computer is already connected.</source>
        <translation>Le calendrier de cet ordinateur est déjà connecté.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="164"/>
        <location filename="../../desktop/services/integration.py" line="178"/>
        <location filename="../../desktop/sync/engine.py" line="445"/>
        <source>This account no longer exists.</source>
        <translation>Ce compte n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="124"/>
        <source>Unknown setting &apos;{name}&apos;.</source>
        <translation>Paramètre «&#xa0;{name}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="162"/>
        <source>Choose a Jitsi room, your personal room link or Zoom.</source>
        <translation>Choisissez une salle Jitsi, le lien de votre salle personnelle ou Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="166"/>
        <source>Enter a link that starts with https://.</source>
        <translation>Saisissez un lien qui commence par https://.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="170"/>
        <source>Enter a number of minutes.</source>
        <translation>Saisissez un nombre de minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="173"/>
        <source>Choose between 0 (no reminders) and 1,440 minutes.</source>
        <translation>Choisissez entre 0 (aucun rappel) et 1&#xa0;440 minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="178"/>
        <source>Choose yes or no.</source>
        <translation>Choisissez oui ou non.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="199"/>
        <source>The invitation template is too long.</source>
        <translation>Le texte de l’invitation est trop long.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="208"/>
        <source>Give a list of name and pattern pairs.</source>
        <translation>Indiquez une liste de paires de nom et de modèle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="213"/>
        <source>At most {limit} patterns, please.</source>
        <translation>{limit} modèles au maximum, s’il vous plaît.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="223"/>
        <location filename="../../desktop/services/settings.py" line="232"/>
        <source>Pattern {number}: give a name and a pattern.</source>
        <translation>Modèle {number}&#xa0;: indiquez un nom et un modèle.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="242"/>
        <source>{name}: {reason}</source>
        <translation>{name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="266"/>
        <source>Give the Zoom options as name and value.</source>
        <translation>Indiquez les options Zoom sous forme de nom et de valeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="276"/>
        <source>Not a domain: {domain} (like example.com).</source>
        <translation>Ce n’est pas un domaine&#xa0;: {domain} (par exemple example.com).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="286"/>
        <source>Unknown Zoom option &apos;{option}&apos;.</source>
        <translation>Option Zoom «&#xa0;{option}&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="291"/>
        <source>{option} must be one of {choices}.</source>
        <translation>{option} doit valoir l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="98"/>
        <source>The password for this account is missing. Sign in again.</source>
        <translation>Le mot de passe de ce compte est manquant. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="247"/>
        <location filename="../../desktop/services/sync.py" line="386"/>
        <location filename="../../desktop/services/sync.py" line="466"/>
        <source>Your administrator does not allow accounts of this e-mail domain.</source>
        <translation>Votre administrateur n’autorise pas les comptes de ce domaine e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="251"/>
        <location filename="../../desktop/services/sync.py" line="395"/>
        <location filename="../../desktop/services/sync.py" line="474"/>
        <source>This account is already connected.</source>
        <translation>Ce compte est déjà connecté.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="317"/>
        <source>Only Microsoft 365 accounts sign in again here.</source>
        <translation>Seuls les comptes Microsoft 365 peuvent se reconnecter ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="349"/>
        <source>You signed in as {signed_in}, not as {expected}. Connect that account separately instead.</source>
        <translation>Vous vous êtes connecté en tant que {signed_in} et non {expected}. Connectez plutôt ce compte séparément.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="382"/>
        <source>Enter your e-mail address (Settings › About you) to connect.</source>
        <translation>Saisissez votre adresse e-mail (Paramètres › À propos de vous) pour connecter le compte.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="427"/>
        <source>Your administrator requires another calendar service.</source>
        <translation>Votre administrateur impose un autre service de calendrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="455"/>
        <source>Enter the server address, like https://dav.example.com/.</source>
        <translation>Saisissez l’adresse du serveur, par exemple https://dav.example.com/.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="457"/>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="459"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/database.py" line="255"/>
        <source>Cannot open the Meetdesk database at {path}: {reason}</source>
        <translation>Impossible d’ouvrir la base de données de Meetdesk {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/database.py" line="286"/>
        <source>The database at {path} was written by a newer Meetdesk (schema {version}, this version knows {known}).</source>
        <translation>La base de données {path} a été écrite par une version plus récente de Meetdesk (schéma {version}, cette version connaît le schéma {known}).</translation>
    </message>
    <message>
        <location filename="../../desktop/store/database.py" line="1219"/>
        <source>The last sync was interrupted. It runs again at the next sync.</source>
        <translation>La dernière synchronisation a été interrompue. Elle sera relancée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/database.py" line="1227"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/store/occurrences.py" line="22"/>
        <source>This series repeats too often; only part of it is shown.</source>
        <translation>Cette série se répète trop souvent&#xa0;; seule une partie est affichée.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="462"/>
        <source>Cannot connect: {reason}</source>
        <translation>Connexion impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="466"/>
        <source>Sign in to sync this account.</source>
        <translation>Connectez-vous pour synchroniser ce compte.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="486"/>
        <source>Sign in again to keep this account in sync.</source>
        <translation>Reconnectez-vous pour que ce compte reste synchronisé.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="489"/>
        <source>The service cannot be reached; trying again later.</source>
        <translation>Le service est injoignable&#xa0;; nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="496"/>
        <source>Unexpected problem while syncing: {error}</source>
        <translation>Problème inattendu pendant la synchronisation&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="653"/>
        <source>&apos;{name}&apos; is no longer on the server. Confirm in Meetdesk to remove its meeting here too.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est plus sur le serveur. Confirmez dans Meetdesk pour retirer aussi ici sa réunion.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="659"/>
        <source>&apos;{name}&apos; is no longer on the server. Confirm in Meetdesk to remove its contact here too.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est plus sur le serveur. Confirmez dans Meetdesk pour retirer aussi ici son contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="666"/>
        <source>&apos;{name}&apos; is no longer on the server. Confirm in Meetdesk to remove its {count} meetings here too.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est plus sur le serveur. Confirmez dans Meetdesk pour retirer aussi ici ses {count} réunions.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="673"/>
        <source>&apos;{name}&apos; is no longer on the server. Confirm in Meetdesk to remove its {count} contacts here too.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est plus sur le serveur. Confirmez dans Meetdesk pour retirer aussi ici ses {count} contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="754"/>
        <source>A change waits for a calendar or folder the server did not list.</source>
        <translation>Une modification attend un calendrier ou un dossier que le serveur n’a pas listé.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="761"/>
        <source>Sending {number} of {total} changes</source>
        <translation>Envoi des modifications ({number} sur {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="770"/>
        <source>The server refused a change: {reason}</source>
        <translation>Le serveur a refusé une modification&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="952"/>
        <location filename="../../desktop/sync/engine.py" line="1260"/>
        <source>The server refused to add &apos;{title}&apos;.</source>
        <translation>Le serveur a refusé d’ajouter «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1032"/>
        <location filename="../../desktop/sync/engine.py" line="1307"/>
        <source>&apos;{title}&apos; was changed on the server after you deleted it here; it was kept.</source>
        <translation>«&#xa0;{title}&#xa0;» a été modifié sur le serveur après que vous l’avez supprimé ici&#xa0;; il a été conservé.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1087"/>
        <location filename="../../desktop/sync/engine.py" line="1376"/>
        <source>&apos;{title}&apos; was deleted on the server after you changed it here; it was put back.</source>
        <translation>«&#xa0;{title}&#xa0;» a été supprimé sur le serveur après que vous l’avez modifié ici&#xa0;; il a été rétabli.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1502"/>
        <source>Syncing &apos;{name}&apos; ({number} of {total})</source>
        <translation>Synchronisation de «&#xa0;{name}&#xa0;» ({number} sur {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1509"/>
        <source>Reading &apos;{name}&apos; for the first time ({number} of {total})</source>
        <translation>Première lecture de «&#xa0;{name}&#xa0;» ({number} sur {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1521"/>
        <source>The server could not list &apos;{name}&apos;.</source>
        <translation>Le serveur n’a pas pu lister «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1530"/>
        <source>Saving {count} items of &apos;{name}&apos; ({number} of {total})</source>
        <translation>Enregistrement de {count} éléments de «&#xa0;{name}&#xa0;» ({number} sur {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1568"/>
        <source>The server&apos;s listing of &apos;{name}&apos; does not advance.</source>
        <translation>La liste de «&#xa0;{name}&#xa0;» envoyée par le serveur n’avance pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1576"/>
        <source>Syncing &apos;{name}&apos; ({number} of {total}): {count} items so far</source>
        <translation>Synchronisation de «&#xa0;{name}&#xa0;» ({number} sur {total})&#xa0;: {count} éléments jusqu’ici</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1584"/>
        <source>The server&apos;s listing of &apos;{name}&apos; does not end.</source>
        <translation>La liste de «&#xa0;{name}&#xa0;» envoyée par le serveur ne se termine pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1600"/>
        <source>An item in &apos;{name}&apos; came without an id.</source>
        <translation>Un élément de «&#xa0;{name}&#xa0;» est arrivé sans identifiant.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1610"/>
        <source>Skipped an item in &apos;{name}&apos;: {problem}</source>
        <translation>Élément ignoré dans «&#xa0;{name}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1663"/>
        <source>The server says {count} of {total} meetings in &apos;{name}&apos; were deleted. Confirm in Meetdesk to delete them here too.</source>
        <translation>Selon le serveur, {count} des {total} réunions de «&#xa0;{name}&#xa0;» ont été supprimées. Confirmez dans Meetdesk pour les supprimer aussi ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1671"/>
        <source>The server says {count} of {total} contacts in &apos;{name}&apos; were deleted. Confirm in Meetdesk to delete them here too.</source>
        <translation>Selon le serveur, {count} des {total} contacts de «&#xa0;{name}&#xa0;» ont été supprimés. Confirmez dans Meetdesk pour les supprimer aussi ici.</translation>
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
        <location filename="../../desktop/services/integration.py" line="32"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="33"/>
        <source>A calendar and address book stored on this computer only.</source>
        <translation>Un calendrier et un carnet d’adresses stockés uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="38"/>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="39"/>
        <source>Outlook calendar and contacts through Microsoft Graph.</source>
        <translation>Calendrier et contacts Outlook via Microsoft Graph.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="44"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="45"/>
        <source>Google Calendar and Google Contacts.</source>
        <translation>Google Agenda et Google Contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="47"/>
        <source>Google is not available in this build yet.</source>
        <translation>Google n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="51"/>
        <source>Exchange (on-premises)</source>
        <translation>Exchange (sur site)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="52"/>
        <source>An Exchange server in your organisation, through EWS.</source>
        <translation>Un serveur Exchange de votre organisation, via EWS.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="54"/>
        <source>Exchange is not available in this build yet.</source>
        <translation>Exchange n’est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="58"/>
        <source>CalDAV / CardDAV</source>
        <translation>CalDAV / CardDAV</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="59"/>
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
        <location filename="../../desktop/ui/settings/page.py" line="634"/>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="651"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="662"/>
        <source>Preferred ser&amp;vice</source>
        <translation>Ser&amp;vice préféré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="667"/>
        <source>T&amp;wo-way sync</source>
        <translation>Synchronisation &amp;bidirectionnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="672"/>
        <source>Set-up &amp;prompt</source>
        <translation>&amp;Invitation à la configuration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="674"/>
        <source>&amp;Delegates may see my private events</source>
        <translation>Les &amp;délégués peuvent voir mes événements privés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="676"/>
        <source>Start Meetdesk when I sign in</source>
        <translation>Démarrer Meetdesk à l’ouverture de session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="680"/>
        <source>It starts in the tray, so reminders work from the start.</source>
        <translation>Il démarre dans la zone de notification, pour que les rappels fonctionnent dès le début.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="709"/>
        <source>Language of Meetdesk</source>
        <translation>Langue de Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="710"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="713"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="715"/>
        <source>Applies the next time Meetdesk starts.</source>
        <translation>S’applique au prochain démarrage de Meetdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="788"/>
        <source>Recommended by your administrator; you may change it.</source>
        <translation>Recommandé par votre administrateur&#xa0;; vous pouvez le modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="821"/>
        <source>Your administrator requires {name}: {reason}</source>
        <translation>Votre administrateur impose {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="824"/>
        <source>Every service available in this version is already connected.</source>
        <translation>Tous les services disponibles dans cette version sont déjà connectés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="867"/>
        <source>Waiting for you to sign in in your web browser…</source>
        <translation>En attente de votre connexion dans le navigateur web…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="883"/>
        <source>Signing in failed. The log has the details.</source>
        <translation>La connexion a échoué. Le journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="915"/>
        <source>Sync failed. The log has the details.</source>
        <translation>La synchronisation a échoué. Le journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="961"/>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="963"/>
        <source>Remove {name}? Its meetings and contacts on this computer are deleted.</source>
        <translation>Retirer {name}&#xa0;? Ses réunions et ses contacts sur cet ordinateur seront supprimés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="969"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="970"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="993"/>
        <source>Meeting links</source>
        <translation>Liens de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="996"/>
        <source>Where meetings you schedule get their join link.</source>
        <translation>D’où les réunions que vous planifiez tirent leur lien pour rejoindre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="997"/>
        <source>Create a &amp;Jitsi room for each meeting</source>
        <translation>Créer une salle &amp;Jitsi pour chaque réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="998"/>
        <source>Create a Jitsi room for each meeting</source>
        <translation>Créer une salle Jitsi pour chaque réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="999"/>
        <source>Use my personal meeting r&amp;oom</source>
        <translation>&amp;Utiliser ma salle de réunion personnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1000"/>
        <source>Use my personal meeting room</source>
        <translation>Utiliser ma salle de réunion personnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1011"/>
        <source>Personal meeting room link</source>
        <translation>Lien de la salle de réunion personnelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1013"/>
        <source>Room &amp;link</source>
        <translation>&amp;Lien de la salle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1018"/>
        <source>Make a &amp;Zoom meeting for each meeting</source>
        <translation>Créer une réunion &amp;Zoom pour chaque réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1019"/>
        <source>Make a Zoom meeting for each meeting</source>
        <translation>Créer une réunion Zoom pour chaque réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1026"/>
        <location filename="../../desktop/ui/settings/page.py" line="1027"/>
        <source>Zoom app (client) ID</source>
        <translation>ID de l’application Zoom (client)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1029"/>
        <source>Sign in to Zoom…</source>
        <translation>Se connecter à Zoom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1034"/>
        <source>Zoom options…</source>
        <translation>Options Zoom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1048"/>
        <source>Invitation te&amp;xt</source>
        <translation>Te&amp;xte de l’invitation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1052"/>
        <source>Invitation text</source>
        <translation>Texte de l’invitation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1063"/>
        <source>Fields in braces are filled in: {fields}.</source>
        <translation>Les champs entre accolades sont remplis&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1093"/>
        <source>R&amp;eset to default</source>
        <translation>Rétablir la valeur &amp;par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1094"/>
        <source>Reset invitation text to default</source>
        <translation>Rétablir le texte d’invitation par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1098"/>
        <source>Save meeting lin&amp;k settings</source>
        <translation>&amp;Enregistrer les paramètres de lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1100"/>
        <source>Save meeting link settings</source>
        <translation>Enregistrer les paramètres de lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1104"/>
        <location filename="../../desktop/ui/settings/page.py" line="1228"/>
        <location filename="../../desktop/ui/settings/page.py" line="1302"/>
        <location filename="../../desktop/ui/settings/page.py" line="1355"/>
        <location filename="../../desktop/ui/settings/page.py" line="1430"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1127"/>
        <source>Signed in to Zoom.</source>
        <translation>Connecté à Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1129"/>
        <source>Not signed in to Zoom: sign in to make Zoom meetings.</source>
        <translation>Non connecté à Zoom&#xa0;: connectez-vous pour créer des réunions Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1149"/>
        <source>Waiting for you to sign in to Zoom in your browser…</source>
        <translation>En attente de votre connexion à Zoom dans le navigateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1156"/>
        <source>Signed in to Zoom as {email}.</source>
        <translation>Connecté à Zoom en tant que {email}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1166"/>
        <source>Signing in to Zoom failed. The log has the details.</source>
        <translation>La connexion à Zoom a échoué. Le journal contient les détails.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1188"/>
        <source>Sign in to Zoom first.</source>
        <translation>Connectez-vous d’abord à Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1191"/>
        <source>Enter the link of your personal meeting room.</source>
        <translation>Saisissez le lien de votre salle de réunion personnelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1198"/>
        <source>This is not a safe web link. Use a link that starts with https:// and has no spaces, for example https://meet.example.com/your-room.</source>
        <translation>Ce n’est pas un lien web sûr. Utilisez un lien qui commence par https:// et ne contient pas d’espaces, par exemple https://meet.example.com/votre-salle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1205"/>
        <source>The invitation text cannot be empty.</source>
        <translation>Le texte de l’invitation ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1210"/>
        <source>The invitation text is too long (at most {count} characters).</source>
        <translation>Le texte de l’invitation est trop long ({count} caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1234"/>
        <source>Joining and reminders</source>
        <translation>Participation et rappels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1241"/>
        <source>no reminders</source>
        <translation>aucun rappel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1242"/>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1243"/>
        <source>Minutes before a meeting to remind me</source>
        <translation>Minutes avant une réunion pour le rappel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1244"/>
        <source>Re&amp;mind me</source>
        <translation>&amp;Me rappeler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1251"/>
        <source>Join in the service&apos;s app (Zoom, Teams) w&amp;hen it has one</source>
        <translation>Rejoindre dans l’application du service (Zoom, Teams) &amp;quand elle existe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1260"/>
        <source>e.g. Online meeting</source>
        <translation>par ex. Réunion en ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1261"/>
        <source>Category that asks for a meeting link</source>
        <translation>Catégorie qui demande un lien de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1263"/>
        <source>Add a meeting link to events with location “Meetdesk” or the &amp;category</source>
        <translation>Ajouter un lien de réunion aux événements dont le lieu est «&#xa0;Meetdesk&#xa0;» ou de la catégorie c&amp;hoisie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1275"/>
        <source>Your own meeting link pattern&amp;s</source>
        <translation>Vos propres modèle&amp;s de liens de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1280"/>
        <source>One per line: a name, a vertical bar, then a regular expression that matches the links, e.g.  Acme Meet | meet\.acme\.example/</source>
        <translation>Un par ligne&#xa0;: un nom, une barre verticale, puis une expression régulière qui correspond aux liens, par ex.  Acme Meet | meet\.acme\.example/</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1288"/>
        <source>Your own meeting link patterns</source>
        <translation>Vos propres modèles de liens de réunion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1305"/>
        <source>Save pa&amp;tterns</source>
        <translation>Enregistrer les m&amp;odèles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1343"/>
        <source>Line {n}: write a name, a vertical bar |, then the pattern.</source>
        <translation>Ligne {n}&#xa0;: écrivez un nom, une barre verticale |, puis le modèle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1361"/>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1367"/>
        <source>Shown as the host of the meetings you schedule, and used to tell your meetings from other people&apos;s.</source>
        <translation>Affiché comme organisateur des réunions que vous planifiez, et utilisé pour distinguer vos réunions de celles des autres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1376"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1380"/>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1383"/>
        <source>Yo&amp;ur name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1384"/>
        <source>E-m&amp;ail address</source>
        <translation>&amp;Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1398"/>
        <source>Save a&amp;bout you</source>
        <translation>Enregistrer vos in&amp;formations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1400"/>
        <source>Save your name and e-mail address</source>
        <translation>Enregistrer votre nom et votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1417"/>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>«&#xa0;{email}&#xa0;» n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1436"/>
        <source>Managed by your organisation</source>
        <translation>Géré par votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1442"/>
        <location filename="../../desktop/ui/settings/page.py" line="1447"/>
        <source>Problems in the policy file</source>
        <translation>Problèmes dans le fichier de stratégie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1452"/>
        <source>Settings managed by your organisation</source>
        <translation>Paramètres gérés par votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1466"/>
        <source>Your administrator&apos;s policy is read from {path}.</source>
        <translation>La stratégie de votre administrateur est lue depuis {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1471"/>
        <source>No policy is set on this computer ({path}); these settings are yours or the defaults.</source>
        <translation>Aucune stratégie n’est définie sur cet ordinateur ({path})&#xa0;; ces paramètres sont les vôtres ou les valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1475"/>
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
