<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ConfigureDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="176"/>
        <source>Configure {name}</source>
        <translation>{name} configureren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="186"/>
        <source>Choose what Meetdesk may use from this account.</source>
        <translation>Kies wat Meetdesk van dit account mag gebruiken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="200"/>
        <source>Your administrator no longer allows: {names}. Saving removes them.</source>
        <translation>Uw beheerder staat dit niet meer toe: {names}. Bij opslaan worden ze verwijderd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="211"/>
        <source>Save permissions</source>
        <translation>Machtigingen opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="212"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="233"/>
        <source>Waiting for you to sign in in your web browser…</source>
        <translation>Wachten tot u zich aanmeldt in uw webbrowser…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="245"/>
        <source>Signing in failed. The log has the details.</source>
        <translation>Aanmelden is mislukt. Het logboek bevat de details.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="563"/>
        <source>Connect a calendar and contacts service</source>
        <translation>Een agenda- en contactenservice koppelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="573"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="574"/>
        <source>Back</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="575"/>
        <source>Finish</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="576"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="584"/>
        <source>Choose a service first.</source>
        <translation>Kies eerst een service.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="608"/>
        <source>Connecting…</source>
        <translation>Koppelen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="626"/>
        <source>Waiting for you to sign in in your web browser… (up to 5 minutes)</source>
        <translation>Wachten tot u zich aanmeldt in uw webbrowser… (maximaal 5 minuten)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="666"/>
        <source>Signing in failed unexpectedly. The log has the details.</source>
        <translation>Aanmelden is onverwacht mislukt. Het logboek bevat de details.</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="119"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="128"/>
        <source>Select a contact to see the details.</source>
        <translation>Selecteer een contact om de gegevens te zien.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="158"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="161"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="165"/>
        <source>No e-mail address or phone number.</source>
        <translation>Geen e-mailadres of telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="167"/>
        <location filename="../../desktop/ui/contacts/page.py" line="171"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="216"/>
        <source>In {folder}</source>
        <translation>In {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="221"/>
        <source>Write e-mail</source>
        <translation>E-mail schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="223"/>
        <location filename="../../desktop/ui/contacts/page.py" line="226"/>
        <source>Write an e-mail to {address}</source>
        <translation>Een e-mail schrijven aan {address}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="234"/>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="235"/>
        <location filename="../../desktop/ui/contacts/page.py" line="236"/>
        <source>Call {phone}</source>
        <translation>{phone} bellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="271"/>
        <source>Cannot call</source>
        <translation>Kan niet bellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="272"/>
        <source>{phone} cannot be called: no phone app accepted the number.</source>
        <translation>{phone} kan niet worden gebeld: geen telefoonapp heeft het nummer geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="282"/>
        <source>Cannot write an e-mail</source>
        <translation>Kan geen e-mail schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="283"/>
        <source>No e-mail app could open {address}.</source>
        <translation>Geen e-mailapp kon {address} openen.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="68"/>
        <source>Edit contact</source>
        <translation>Contact bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="68"/>
        <source>Add contact</source>
        <translation>Contact toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="74"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="101"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="102"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="106"/>
        <source>E-mail addresses, one per line</source>
        <translation>E-mailadressen, één per regel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="108"/>
        <source>&amp;E-mail addresses:</source>
        <translation>&amp;E-mailadressen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="108"/>
        <source>One per line</source>
        <translation>Eén per regel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="112"/>
        <source>Phone numbers, one per line</source>
        <translation>Telefoonnummers, één per regel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="116"/>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Telefoonnummers:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="118"/>
        <source>One per line, e.g. +31 20 123 4567</source>
        <translation>Eén per regel, bijv. +31 20 123 4567</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="122"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="123"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="126"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="127"/>
        <source>&amp;Job title:</source>
        <translation>F&amp;unctie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="131"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="133"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="136"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="141"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="145"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="147"/>
        <source>Save contact</source>
        <translation>Contact opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="150"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="178"/>
        <source>A contact stays in its folder when edited.</source>
        <translation>Een contact blijft bij bewerken in zijn map.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="184"/>
        <source>{path} ({account})</source>
        <translation>{path} ({account})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="192"/>
        <source>No address book allows adding contacts. Turn on Contacts write in Settings.</source>
        <translation>Geen adresboek staat het toevoegen van contacten toe. Zet Contacten schrijven aan in Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/dialog.py" line="255"/>
        <source>Choose a folder.</source>
        <translation>Kies een map.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="297"/>
        <location filename="../../desktop/ui/contacts/page.py" line="392"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="334"/>
        <source>Search all contacts (Ctrl+F)</source>
        <translation>Alle contacten doorzoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="335"/>
        <source>Search all contacts</source>
        <translation>Alle contacten doorzoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="337"/>
        <source>Names, e-mail addresses, phone numbers and companies in every address book</source>
        <translation>Namen, e-mailadressen, telefoonnummers en bedrijven in alle adresboeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="344"/>
        <source>&amp;Add contact…</source>
        <translation>Contact &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="345"/>
        <source>Add contact</source>
        <translation>Contact toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="347"/>
        <source>&amp;Edit contact…</source>
        <translation>Contact &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="348"/>
        <source>Edit contact</source>
        <translation>Contact bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="361"/>
        <source>A&amp;ddress books</source>
        <translation>&amp;Adresboeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="364"/>
        <source>Address books and folders</source>
        <translation>Adresboeken en mappen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="382"/>
        <location filename="../../desktop/ui/contacts/page.py" line="653"/>
        <source>Contact &amp;list</source>
        <translation>Contact&amp;lijst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="413"/>
        <source>No contacts in this folder</source>
        <translation>Geen contacten in deze map</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="415"/>
        <source>Add contact…</source>
        <translation>Contact toevoegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="416"/>
        <source>Add a contact to this folder</source>
        <translation>Een contact aan deze map toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="430"/>
        <source>Search looks for names, e-mail addresses, phone numbers and companies in every address book.</source>
        <translation>Zoeken doorzoekt namen, e-mailadressen, telefoonnummers en bedrijven in alle adresboeken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="437"/>
        <location filename="../../desktop/ui/contacts/page.py" line="438"/>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="465"/>
        <source>No address books. Connect one in Settings.</source>
        <translation>Geen adresboeken. Koppel er een in Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="471"/>
        <source>&amp;Open Settings</source>
        <translation>&amp;Instellingen openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="472"/>
        <source>Open Settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="621"/>
        <source>No results for “{text}”</source>
        <translation>Geen resultaten voor ‘{text}’</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="627"/>
        <source>The first {count} results. Type more to narrow the search.</source>
        <translation>De eerste {count} resultaten. Typ meer om de zoekopdracht te verfijnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="633"/>
        <source>1 result</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="635"/>
        <source>{count} results</source>
        <translation>{count} resultaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="637"/>
        <source>Search results in all address books</source>
        <translation>Zoekresultaten in alle adresboeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="638"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="645"/>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="647"/>
        <source>{count} contacts</source>
        <translation>{count} contacten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="651"/>
        <source>Contact &amp;list: {folder}</source>
        <translation>Contact&amp;lijst: {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="655"/>
        <source>Contacts in {folder}</source>
        <translation>Contacten in {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="732"/>
        <source>No address book allows adding contacts. Turn on Contacts write in Settings.</source>
        <translation>Geen adresboek staat het toevoegen van contacten toe. Zet Contacten schrijven aan in Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="738"/>
        <source>This folder is read-only; a new contact goes to a folder you can change.</source>
        <translation>Deze map is alleen-lezen; een nieuw contact komt in een map die u kunt wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="746"/>
        <source>Select a contact to edit it.</source>
        <translation>Selecteer een contact om het te bewerken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/contacts/page.py" line="749"/>
        <source>This contact&apos;s folder is read-only (Contacts write is off for its account).</source>
        <translation>De map van dit contact is alleen-lezen (Contacten schrijven staat uit voor het account).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/app.py" line="89"/>
        <source>Meetdesk ran into an unexpected problem and carried on. If something looks wrong, restart it. The details are in the log: {path}</source>
        <translation>Meetdesk liep tegen een onverwacht probleem aan en is doorgegaan. Start het opnieuw als er iets niet klopt. De details staan in het logboek: {path}</translation>
    </message>
</context>
<context>
    <name>FirstLoginPrompt</name>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="35"/>
        <source>Set up calendar and contacts</source>
        <translation>Agenda en contacten instellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="39"/>
        <source>See your meetings and contacts in Meetdesk</source>
        <translation>Zie uw vergaderingen en contacten in Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="48"/>
        <source>Connect the calendar and contacts you already use: Meetdesk then lists your upcoming meetings with a Join button and keeps your contacts at hand. You choose what it may read or change, and can change or remove it later in Settings.</source>
        <translation>Koppel de agenda en contacten die u al gebruikt: Meetdesk toont dan uw komende vergaderingen met een knop Deelnemen en houdt uw contacten bij de hand. U kiest wat het mag lezen of wijzigen, en kunt dat later in Instellingen aanpassen of verwijderen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="61"/>
        <source>&amp;Set up now</source>
        <translation>Nu &amp;instellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="63"/>
        <source>Set up now</source>
        <translation>Nu instellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="65"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="67"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="68"/>
        <source>Open Se&amp;ttings</source>
        <translation>Instellingen &amp;openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="70"/>
        <source>Open Settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="107"/>
        <source>Your calendar and address book on this computer are already connected. Choose what Meetdesk may use from them.</source>
        <translation>Uw agenda en adresboek op deze computer zijn al gekoppeld. Kies wat Meetdesk ervan mag gebruiken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/first_login.py" line="113"/>
        <source>No service can be connected right now. Settings shows what is set up.</source>
        <translation>Er kan nu geen service worden gekoppeld. Instellingen toont wat is ingesteld.</translation>
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
        <translation>Agendabestand importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="160"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="170"/>
        <source>1 event found.</source>
        <translation>1 afspraak gevonden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="172"/>
        <source>{count} events found.</source>
        <translation>{count} afspraken gevonden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="174"/>
        <source>Importing the file again updates them.</source>
        <translation>Het bestand opnieuw importeren werkt ze bij.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="176"/>
        <source>No event in this file can be imported.</source>
        <translation>Geen enkele afspraak in dit bestand kan worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="181"/>
        <source>Events in the file</source>
        <translation>Afspraken in het bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="198"/>
        <source>The file holds no events.</source>
        <translation>Het bestand bevat geen afspraken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="199"/>
        <source>&amp;Problems in the file</source>
        <translation>&amp;Problemen in het bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="203"/>
        <source>Problems in the file</source>
        <translation>Problemen in het bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="219"/>
        <source>Calendar to add the events to</source>
        <translation>Agenda waaraan de afspraken worden toegevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="230"/>
        <source>Add to &amp;calendar</source>
        <translation>Toevoegen aan &amp;agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="239"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="243"/>
        <source>There is no calendar you may add meetings to. In Settings, connect a service or allow Calendar write.</source>
        <translation>Er is geen agenda waaraan u vergaderingen mag toevoegen. Koppel in Instellingen een service of sta Agenda schrijven toe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="251"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="253"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="257"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="279"/>
        <source>Added {added}, updated {updated}.</source>
        <translation>Toegevoegd: {added}, bijgewerkt: {updated}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="285"/>
        <source>1 item skipped.</source>
        <translation>1 item overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="287"/>
        <source>{count} items skipped.</source>
        <translation>{count} items overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="294"/>
        <source>Calendar file imported</source>
        <translation>Agendabestand geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="295"/>
        <source>{file}: {summary}</source>
        <translation>{file}: {summary}</translation>
    </message>
</context>
<context>
    <name>ImportEventsModel</name>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="87"/>
        <source>{date} (all day)</source>
        <translation>{date} (hele dag)</translation>
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
        <translation>Wijzigt één exemplaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="108"/>
        <source>Repeats daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="109"/>
        <source>Repeats weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="110"/>
        <source>Repeats monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="111"/>
        <source>Repeats yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="114"/>
        <location filename="../../desktop/ui/importing/dialog.py" line="48"/>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="121"/>
        <source>(No title)</source>
        <translation>(Geen titel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="48"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/importing/dialog.py" line="48"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101"/>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>&amp;Open calendar file…</source>
        <translation>Agendabestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159"/>
        <source>Mee&amp;ting</source>
        <translation>Ver&amp;gadering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <source>&amp;Schedule…</source>
        <translation>&amp;Plannen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>&amp;Join selected meeting</source>
        <translation>&amp;Deelnemen aan geselecteerde vergadering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>&amp;Search contacts</source>
        <translation>Contacten &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>&amp;About Meetdesk</source>
        <translation>&amp;Over Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="196"/>
        <source>Sync with your calendar services now (F5)</source>
        <translation>Nu synchroniseren met uw agendaservices (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="202"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>Nothing to sync: connect a server in Settings.</source>
        <translation>Niets te synchroniseren: koppel een server in Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>Sync finished with problems. {details}</source>
        <translation>Synchronisatie voltooid met problemen. {details}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="219"/>
        <source>Everything is up to date.</source>
        <translation>Alles is bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>Sync failed. The log has the details.</source>
        <translation>Synchronisatie mislukt. Het logboek bevat de details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>About Meetdesk</source>
        <translation>Over Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="247"/>
        <source>Your meetings and contacts, in sync with your calendar services.</source>
        <translation>Uw vergaderingen en contacten, gesynchroniseerd met uw agendaservices.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>Open calendar file</source>
        <translation>Agendabestand openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>The file is larger than 5 MB.</source>
        <translation>Het bestand is groter dan 5 MB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273"/>
        <source>Cannot open calendar file</source>
        <translation>Kan agendabestand niet openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="274"/>
        <source>{name} cannot be opened: {reason}</source>
        <translation>{name} kan niet worden geopend: {reason}</translation>
    </message>
</context>
<context>
    <name>MeetingDelegate</name>
    <message>
        <location filename="../../desktop/ui/meetings/delegate.py" line="88"/>
        <source>Join</source>
        <translation>Deelnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/delegate.py" line="204"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/delegate.py" line="216"/>
        <source>repeats</source>
        <translation>terugkerend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/delegate.py" line="237"/>
        <source>Host: {host}</source>
        <translation>Host: {host}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/delegate.py" line="238"/>
        <source>No meeting link</source>
        <translation>Geen vergaderlink</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsDialog</name>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="135"/>
        <source>Meeting details</source>
        <translation>Vergaderdetails</translation>
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
        <translation>{date}, hele dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="182"/>
        <source>{span} in the meeting&apos;s time zone ({zone})</source>
        <translation>{span} in de tijdzone van de vergadering ({zone})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="189"/>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="190"/>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="191"/>
        <source>Tentative</source>
        <translation>Voorlopig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="192"/>
        <location filename="../../desktop/ui/meetings/details.py" line="193"/>
        <source>No response yet</source>
        <translation>Nog geen antwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="203"/>
        <source>{who} — {response}</source>
        <translation>{who} — {response}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="205"/>
        <source>(optional)</source>
        <translation>(optioneel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="235"/>
        <source>Private meeting</source>
        <translation>Privévergadering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="237"/>
        <source>(No topic)</source>
        <translation>(Geen onderwerp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="238"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="250"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="251"/>
        <source>When:</source>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="260"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="262"/>
        <source>Edit this meeting</source>
        <translation>Deze vergadering bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="265"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="267"/>
        <source>Delete this meeting</source>
        <translation>Deze vergadering verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="270"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="282"/>
        <source>Repeats:</source>
        <translation>Herhaling:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="282"/>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="283"/>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="286"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="286"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="287"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="288"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="289"/>
        <source>Calendar:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="291"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="292"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="299"/>
        <location filename="../../desktop/ui/meetings/details.py" line="386"/>
        <source>Meeting ID: {id}</source>
        <translation>Vergadering-ID: {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="301"/>
        <location filename="../../desktop/ui/meetings/details.py" line="388"/>
        <source>Passcode: {passcode}</source>
        <translation>Toegangscode: {passcode}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="303"/>
        <source>Meeting ID and passcode</source>
        <translation>Vergadering-ID en toegangscode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="304"/>
        <source>Cop&amp;y meeting ID and passcode</source>
        <translation>Vergadering-ID en toegangscode &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="305"/>
        <source>Copy meeting ID and passcode</source>
        <translation>Vergadering-ID en toegangscode kopiëren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="308"/>
        <source>Dial-in details:</source>
        <translation>Inbelgegevens:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="311"/>
        <source>Meeting links</source>
        <translation>Vergaderlinks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="315"/>
        <source>No meeting link</source>
        <translation>Geen vergaderlink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="322"/>
        <source>&amp;Attendees ({count}):</source>
        <translation>Deel&amp;nemers ({count}):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="326"/>
        <source>Attendees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="336"/>
        <source>Descr&amp;iption:</source>
        <translation>Beschr&amp;ijving:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="354"/>
        <source>Address of the {service} link</source>
        <translation>Adres van de {service}-link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="356"/>
        <source>&amp;Join</source>
        <translation>&amp;Deelnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="356"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="359"/>
        <source>Join with {service}</source>
        <translation>Deelnemen met {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="361"/>
        <source>Open {service} link</source>
        <translation>{service}-link openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="378"/>
        <source>Cannot open the meeting link</source>
        <translation>Kan de vergaderlink niet openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="379"/>
        <source>This link could not be opened: {url}</source>
        <translation>Deze link kon niet worden geopend: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="70"/>
        <source>Delete meeting</source>
        <translation>Vergadering verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="71"/>
        <source>Delete “{topic}”?

The meeting is removed from the calendar too.</source>
        <translation>‘{topic}’ verwijderen?

De vergadering wordt ook uit de agenda verwijderd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="77"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="87"/>
        <source>Cannot delete the meeting</source>
        <translation>Kan de vergadering niet verwijderen</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="104"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="106"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="130"/>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="131"/>
        <source>Unknown host</source>
        <translation>Onbekende host</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="132"/>
        <source>Private meeting</source>
        <translation>Privévergadering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="133"/>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="161"/>
        <source>(No topic)</source>
        <translation>(Geen onderwerp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="209"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="211"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="213"/>
        <source>hosted by {host}</source>
        <translation>gehost door {host}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="215"/>
        <source>{service}, press Enter to join</source>
        <translation>{service}, druk op Enter om deel te nemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="217"/>
        <source>No meeting link</source>
        <translation>Geen vergaderlink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/model.py" line="220"/>
        <source>repeats</source>
        <translation>terugkerend</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="207"/>
        <location filename="../../desktop/ui/meetings/page.py" line="269"/>
        <source>Upcoming meetings</source>
        <translation>Komende vergaderingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="215"/>
        <location filename="../../desktop/ui/meetings/page.py" line="655"/>
        <source>&amp;Details…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="216"/>
        <source>Show details of the selected meeting</source>
        <translation>Details van de geselecteerde vergadering tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="219"/>
        <source>&amp;Refresh</source>
        <translation>Ve&amp;rnieuwen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="220"/>
        <source>Refresh the meetings list</source>
        <translation>De lijst met vergaderingen vernieuwen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="222"/>
        <source>Refresh (F5)</source>
        <translation>Vernieuwen (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="224"/>
        <source>Sch&amp;edule…</source>
        <translation>&amp;Plannen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="225"/>
        <location filename="../../desktop/ui/meetings/page.py" line="283"/>
        <source>Schedule a meeting</source>
        <translation>Een vergadering plannen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="226"/>
        <source>Schedule a meeting (Ctrl+N)</source>
        <translation>Een vergadering plannen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="234"/>
        <source>Meetings hosted &amp;by:</source>
        <translation>Vergaderingen gehost &amp;door:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="236"/>
        <source>Meetings hosted by</source>
        <translation>Vergaderingen gehost door</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="244"/>
        <source>Se&amp;arch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="246"/>
        <source>Topic or host</source>
        <translation>Onderwerp of host</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="247"/>
        <source>Search meetings by topic or host</source>
        <translation>Vergaderingen zoeken op onderwerp of host</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="262"/>
        <source>Loading meetings…</source>
        <translation>Vergaderingen laden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="276"/>
        <location filename="../../desktop/ui/meetings/page.py" line="281"/>
        <source>No upcoming meetings</source>
        <translation>Geen komende vergaderingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="277"/>
        <source>Meetings in the next {days} days from your calendars appear here.</source>
        <translation>Vergaderingen uit uw agenda’s in de komende {days} dagen verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="282"/>
        <source>Schedule a meeti&amp;ng…</source>
        <translation>Een vergadering p&amp;lannen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="288"/>
        <source>No meetings match</source>
        <translation>Geen vergaderingen gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="289"/>
        <source>Clear fi&amp;lters</source>
        <translation>Fi&amp;lters wissen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="290"/>
        <source>Clear the host filter and search</source>
        <translation>Het hostfilter en de zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="296"/>
        <source>The meetings cannot be shown</source>
        <translation>De vergaderingen kunnen niet worden getoond</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="298"/>
        <source>Try a&amp;gain</source>
        <translation>Opnieuw pro&amp;beren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="299"/>
        <source>Try loading the meetings again</source>
        <translation>Opnieuw proberen de vergaderingen te laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="412"/>
        <source>The meetings could not be read from the local cache.</source>
        <translation>De vergaderingen konden niet uit de lokale cache worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="477"/>
        <source>Nothing matches “{text}” among meetings hosted by {host}.</source>
        <translation>Niets komt overeen met ‘{text}’ in de vergaderingen gehost door {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="481"/>
        <source>Nothing matches “{text}” in the next {days} days.</source>
        <translation>Niets komt overeen met ‘{text}’ in de komende {days} dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="485"/>
        <source>There are no upcoming meetings hosted by {host}.</source>
        <translation>Er zijn geen komende vergaderingen gehost door {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="494"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="495"/>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="556"/>
        <source>No meeting link</source>
        <translation>Geen vergaderlink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="557"/>
        <source>“{topic}” has no meeting link to join.</source>
        <translation>‘{topic}’ heeft geen vergaderlink om aan deel te nemen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="569"/>
        <source>Cannot open the meeting link</source>
        <translation>Kan de vergaderlink niet openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="570"/>
        <source>This link could not be opened: {url}</source>
        <translation>Deze link kon niet worden geopend: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="618"/>
        <source>Cannot edit the meeting</source>
        <translation>Kan de vergadering niet bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="646"/>
        <source>Meeting actions</source>
        <translation>Vergaderacties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="648"/>
        <source>&amp;Join</source>
        <translation>Dee&amp;lnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="651"/>
        <source>&amp;Copy meeting link</source>
        <translation>Vergaderlink &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="661"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="664"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="70"/>
        <source>Delete meeting</source>
        <translation>Vergadering verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="71"/>
        <source>Delete “{topic}”?

The meeting is removed from the calendar too.</source>
        <translation>‘{topic}’ verwijderen?

De vergadering wordt ook uit de agenda verwijderd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="77"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/details.py" line="87"/>
        <source>Cannot delete the meeting</source>
        <translation>Kan de vergadering niet verwijderen</translation>
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
        <translation>{host} nodigt u uit voor een vergadering.

Onderwerp: {topic}
Wanneer: {start} – {end} ({timezone})
Duur: {duration}

Deelnemen aan de vergadering:
{join_url}

Vergadering-ID: {meeting_id}
Toegangscode: {passcode}

Inbellen:
{dial_in}
Toegangscode telefoon: {pstn_password}
Toegangscode H.323: {h323_password}

{description}
</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/invitation.py" line="118"/>
        <source>Unknown placeholder {placeholder}; it will be left as written.</source>
        <translation>Onbekend veld {placeholder}; het blijft staan zoals het is geschreven.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/invitation.py" line="126"/>
        <source>Unsupported placeholder {placeholder}; only simple names such as {example} are replaced. Write {open} and {close} for literal braces.</source>
        <translation>Niet-ondersteund veld {placeholder}; alleen eenvoudige namen zoals {example} worden ingevuld. Schrijf {open} en {close} voor letterlijke accolades.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="55"/>
        <source>Private meeting</source>
        <translation>Privévergadering</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="69"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="93"/>
        <source>&apos;{text}&apos; is not me, others or an e-mail address.</source>
        <translation>‘{text}’ is niet ‘me’, ‘others’ of een e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="319"/>
        <source>This meeting no longer exists.</source>
        <translation>Deze vergadering bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="327"/>
        <source>This meeting&apos;s calendar no longer exists.</source>
        <translation>De agenda van deze vergadering bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="346"/>
        <source>Enter a topic for the meeting.</source>
        <translation>Voer een onderwerp voor de vergadering in.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="348"/>
        <source>The topic is too long (at most {limit} characters).</source>
        <translation>Het onderwerp is te lang (maximaal {limit} tekens).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="353"/>
        <location filename="../../desktop/services/zoom_links.py" line="93"/>
        <source>Unknown time zone &apos;{zone}&apos;.</source>
        <translation>Onbekende tijdzone ‘{zone}’.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="355"/>
        <source>The meeting must end after it starts.</source>
        <translation>De vergadering moet na het begin eindigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="357"/>
        <source>A meeting can last at most 24 hours.</source>
        <translation>Een vergadering kan maximaal 24 uur duren.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="362"/>
        <source>Choose a date between 1970 and 2200.</source>
        <translation>Kies een datum tussen 1970 en 2200.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="369"/>
        <source>A passcode has at most 10 characters: letters, digits, @ - _ and *.</source>
        <translation>Een toegangscode heeft maximaal 10 tekens: letters, cijfers, @ - _ en *.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="373"/>
        <source>At most {limit} attendees.</source>
        <translation>Maximaal {limit} deelnemers.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="383"/>
        <source>The description is too long.</source>
        <translation>De beschrijving is te lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="387"/>
        <location filename="../../desktop/services/meetings.py" line="715"/>
        <source>There is no calendar &apos;{calendar}&apos;.</source>
        <translation>Er is geen agenda ‘{calendar}’.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="391"/>
        <location filename="../../desktop/services/meetings.py" line="719"/>
        <source>You may not add meetings to &apos;{calendar}&apos;.</source>
        <translation>U mag geen vergaderingen toevoegen aan ‘{calendar}’.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="397"/>
        <source>Teams meetings can only be added to a Microsoft 365 calendar.</source>
        <translation>Teams-vergaderingen kunnen alleen aan een Microsoft 365-agenda worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="401"/>
        <source>Unknown online meeting &apos;{meeting}&apos;.</source>
        <translation>Onbekende onlinevergadering ‘{meeting}’.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="413"/>
        <source>A Zoom meeting is made when the meeting is saved; try again.</source>
        <translation>Een Zoom-vergadering wordt gemaakt wanneer de vergadering wordt opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="424"/>
        <source>Set a valid personal meeting link (https://...) in Settings.</source>
        <translation>Stel een geldige persoonlijke vergaderlink (https://...) in bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="518"/>
        <source>Choose a calendar (or export the .ics file).</source>
        <translation>Kies een agenda (of exporteer het .ics-bestand).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="530"/>
        <source>A meeting stays in its calendar; delete it and schedule a new one.</source>
        <translation>Een vergadering blijft in haar agenda; verwijder haar en plan een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="679"/>
        <source>Only meetings scheduled from Meetdesk can be edited or deleted here.</source>
        <translation>Alleen vergaderingen die vanuit Meetdesk zijn gepland, kunnen hier worden bewerkt of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/meetings.py" line="682"/>
        <source>You may not change meetings in this calendar.</source>
        <translation>U mag geen vergaderingen in deze agenda wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="73"/>
        <source>Meetdesk has no Microsoft app (client) ID: set one in Settings or ask your administrator.</source>
        <translation>Meetdesk heeft geen Microsoft-app-ID (client): stel er een in bij Instellingen of vraag het uw beheerder.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="82"/>
        <source>The sign-in address must be an https address with a tenant, like https://login.microsoftonline.com/organizations.</source>
        <translation>Het aanmeldadres moet een https-adres met een tenant zijn, zoals https://login.microsoftonline.com/organizations.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="90"/>
        <source>The Graph address must be an https address.</source>
        <translation>Het Graph-adres moet een https-adres zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="104"/>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="263"/>
        <source>Meetdesk is signed in. You can close this page.</source>
        <translation>Meetdesk is aangemeld. U kunt deze pagina sluiten.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="265"/>
        <source>Meetdesk could not sign in: {error}. You can close this page and try again.</source>
        <translation>Meetdesk kon niet aanmelden: {error}. U kunt deze pagina sluiten en het opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="219"/>
        <source>Sign-in was not finished in the browser in time. Try again.</source>
        <translation>De aanmelding is niet op tijd voltooid in de browser. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="207"/>
        <location filename="../../desktop/auth/microsoft.py" line="217"/>
        <source>Sign-in was cancelled.</source>
        <translation>De aanmelding is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="223"/>
        <source>Microsoft&apos;s sign-in page cannot be reached ({kind}).</source>
        <translation>De aanmeldpagina van Microsoft is niet bereikbaar ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="227"/>
        <source>Sign-in is not possible with these settings: {reason}</source>
        <translation>Aanmelden is niet mogelijk met deze instellingen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="278"/>
        <source>Sign-in was not finished in the browser. Try again.</source>
        <translation>De aanmelding is niet voltooid in de browser. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="280"/>
        <source>Sign-in was cancelled or refused in the browser.</source>
        <translation>De aanmelding is geannuleerd of geweigerd in de browser.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="282"/>
        <source>Microsoft refused the sign-in: {reason}</source>
        <translation>Microsoft heeft de aanmelding geweigerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="288"/>
        <source>Microsoft signed in no account.</source>
        <translation>Microsoft heeft geen account aangemeld.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="319"/>
        <location filename="../../desktop/services/sync.py" line="158"/>
        <source>Sign in to Microsoft 365 again.</source>
        <translation>Meld u opnieuw aan bij Microsoft 365.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="326"/>
        <location filename="../../desktop/auth/microsoft.py" line="409"/>
        <source>Microsoft&apos;s sign-in service cannot be reached ({kind}).</source>
        <translation>De aanmeldservice van Microsoft is niet bereikbaar ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="333"/>
        <source>Your Microsoft sign-in has expired or was revoked. Sign in again.</source>
        <translation>Uw Microsoft-aanmelding is verlopen of ingetrokken. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="336"/>
        <source>Microsoft refused to renew the sign-in: {reason}</source>
        <translation>Microsoft weigerde de aanmelding te vernieuwen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="377"/>
        <source>Application permissions need the sign-in address of your tenant, like https://login.microsoftonline.com/contoso.onmicrosoft.com.</source>
        <translation>Toepassingsmachtigingen hebben het aanmeldadres van uw tenant nodig, zoals https://login.microsoftonline.com/contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="414"/>
        <source>Microsoft refused the app&apos;s certificate: {reason}. Ask your administrator.</source>
        <translation>Microsoft heeft het certificaat van de app geweigerd: {reason}. Neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="428"/>
        <source>Your administrator set Microsoft 365 up for application permissions but named no certificate (policy microsoft_certificate).</source>
        <translation>Uw beheerder heeft Microsoft 365 ingesteld voor toepassingsmachtigingen, maar geen certificaat opgegeven (beleid microsoft_certificate).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="438"/>
        <source>The Microsoft app certificate cannot be read ({kind}): {path}</source>
        <translation>Het Microsoft-appcertificaat kan niet worden gelezen ({kind}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/microsoft.py" line="449"/>
        <source>{path} must hold the app&apos;s private key and certificate (PEM, no passphrase).</source>
        <translation>{path} moet de privésleutel en het certificaat van de app bevatten (PEM, zonder wachtwoordzin).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/secrets.py" line="91"/>
        <source>No system keyring is available, so Meetdesk cannot store passwords or sign-in tokens safely. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); Meetdesk never stores them in plain text.</source>
        <translation>Er is geen sleutelbos van het systeem beschikbaar, dus Meetdesk kan wachtwoorden en aanmeldtokens niet veilig bewaren. Installeer en ontgrendel op Linux een Secret Service-sleutelbos (GNOME Keyring of KWallet); Meetdesk bewaart ze nooit als platte tekst.</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/secrets.py" line="111"/>
        <source>The system keyring refused to store a secret ({kind}).</source>
        <translation>De sleutelbos van het systeem weigerde een geheim op te slaan ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/secrets.py" line="122"/>
        <source>The system keyring could not be read ({kind}).</source>
        <translation>De sleutelbos van het systeem kon niet worden gelezen ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/auth/secrets.py" line="163"/>
        <source>A sign-in token is too large to keep in the system keyring.</source>
        <translation>Een aanmeldtoken is te groot om in de sleutelbos van het systeem te bewaren.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/jitsi.py" line="35"/>
        <source>Jitsi server must be an https URL, got {base}</source>
        <translation>De Jitsi-server moet een https-URL zijn, maar is {base}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/jitsi.py" line="38"/>
        <source>Jitsi server URL must not have a query or fragment: {base}</source>
        <translation>De URL van de Jitsi-server mag geen query of fragment bevatten: {base}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="856"/>
        <source>A custom link pattern needs a name.</source>
        <translation>Een eigen patroon voor vergaderlinks heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="858"/>
        <source>{name}: the pattern is empty.</source>
        <translation>{name}: het patroon is leeg.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="861"/>
        <source>{name}: the pattern is longer than {limit} characters.</source>
        <translation>{name}: het patroon is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="872"/>
        <source>{name}: not a valid regular expression ({reason}).</source>
        <translation>{name}: geen geldige reguliere expressie ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="880"/>
        <source>{name}: repeated groups that repeat again, like (a+)+, can take exponential time. Please simplify the pattern.</source>
        <translation>{name}: herhaalde groepen die zelf weer worden herhaald, zoals (a+)+, kunnen exponentieel veel tijd kosten. Vereenvoudig het patroon.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/links.py" line="888"/>
        <source>{name}: the pattern matches empty text, so it would match every URL.</source>
        <translation>{name}: het patroon past op lege tekst en zou dus op elke URL passen.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="112"/>
        <source>Meetdesk has no Zoom app (client) ID: set one in Settings.</source>
        <translation>Meetdesk heeft geen Zoom-app-ID (client): stel er een in bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="121"/>
        <source>The Zoom address must be an https address: {url}</source>
        <translation>Het Zoom-adres moet een https-adres zijn: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="243"/>
        <source>a Zoom meeting&apos;s start must carry its time zone</source>
        <translation>het begin van een Zoom-vergadering moet een tijdzone hebben</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="245"/>
        <source>a Zoom meeting lasts at least a minute</source>
        <translation>een Zoom-vergadering duurt minstens een minuut</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="249"/>
        <location filename="../../desktop/ical/reader.py" line="352"/>
        <source>unknown time zone {zone}</source>
        <translation>onbekende tijdzone {zone}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="349"/>
        <source>Zoom answered with a meeting that has no id.</source>
        <translation>Zoom antwoordde met een vergadering zonder ID.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="518"/>
        <source>Zoom answered the sign-in with something unexpected.</source>
        <translation>Zoom antwoordde op de aanmelding met iets onverwachts.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="526"/>
        <source>Zoom answered the sign-in without tokens.</source>
        <translation>Zoom antwoordde op de aanmelding zonder tokens.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="558"/>
        <source>Zoom&apos;s sign-in service cannot be reached ({kind}).</source>
        <translation>De aanmeldservice van Zoom is niet bereikbaar ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="670"/>
        <source>Zoom sign-in was cancelled or refused in the browser.</source>
        <translation>De Zoom-aanmelding is geannuleerd of geweigerd in de browser.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="672"/>
        <source>Zoom refused the sign-in ({error}).</source>
        <translation>Zoom heeft de aanmelding geweigerd ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="747"/>
        <location filename="../../desktop/conferencing/zoom.py" line="980"/>
        <source>Zoom does not accept Meetdesk&apos;s app ID or secret.</source>
        <translation>Zoom accepteert de app-ID of het geheim van Meetdesk niet.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="748"/>
        <source>Zoom refused the sign-in ({error}). Try again.</source>
        <translation>Zoom heeft de aanmelding geweigerd ({error}). Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="751"/>
        <location filename="../../desktop/conferencing/zoom.py" line="985"/>
        <source>Zoom&apos;s sign-in service is unavailable (HTTP {status}).</source>
        <translation>De aanmeldservice van Zoom is niet beschikbaar (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="759"/>
        <source>Zoom refused the sign-in (HTTP {status}).</source>
        <translation>Zoom heeft de aanmelding geweigerd (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="786"/>
        <source>Meetdesk could not open a web browser for the Zoom sign-in.</source>
        <translation>Meetdesk kon geen webbrowser openen voor de Zoom-aanmelding.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="789"/>
        <source>Zoom sign-in was not finished in the browser in time. Try again.</source>
        <translation>De Zoom-aanmelding is niet op tijd voltooid in de browser. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="879"/>
        <source>Zoom answered with something unexpected.</source>
        <translation>Zoom antwoordde met iets onverwachts.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="899"/>
        <source>Zoom cannot be reached ({kind}).</source>
        <translation>Zoom is niet bereikbaar ({kind}).</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="911"/>
        <location filename="../../desktop/conferencing/zoom.py" line="982"/>
        <source>Sign in to Zoom again.</source>
        <translation>Meld u opnieuw aan bij Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="924"/>
        <source>Zoom is busy (too many requests). Try again in a moment.</source>
        <translation>Zoom is bezet (te veel verzoeken). Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="931"/>
        <source>This Zoom meeting does not exist any more.</source>
        <translation>Deze Zoom-vergadering bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="935"/>
        <source>Zoom is unavailable (HTTP {status}). Try again later.</source>
        <translation>Zoom is niet beschikbaar (HTTP {status}). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="942"/>
        <source>forbidden</source>
        <translation>verboden</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="944"/>
        <source>Zoom does not allow this: {reason}</source>
        <translation>Zoom staat dit niet toe: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="949"/>
        <source>Zoom refused the meeting: {reason}</source>
        <translation>Zoom heeft de vergadering geweigerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="967"/>
        <source>Sign in to Zoom first.</source>
        <translation>Meld u eerst aan bij Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/conferencing/zoom.py" line="1009"/>
        <source>The Zoom sign-in cannot be kept: {reason}</source>
        <translation>De Zoom-aanmelding kan niet worden bewaard: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="234"/>
        <source>The file is larger than {size} MB</source>
        <translation>Het bestand is groter dan {size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="238"/>
        <source>Event {event} skipped: {reason}</source>
        <translation>Afspraak {event} overgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="258"/>
        <source>Some characters are not valid UTF-8 and were replaced by &apos;�&apos;.</source>
        <translation>Sommige tekens waren geen geldige UTF-8 en zijn vervangen door ‘�’.</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="278"/>
        <source>The file has more than {count} items</source>
        <translation>Het bestand bevat meer dan {count} items</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="282"/>
        <source>The file nests items more than {depth} deep, which is not valid</source>
        <translation>Het bestand nest items meer dan {depth} niveaus diep, wat niet geldig is</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="361"/>
        <location filename="../../desktop/ical/reader.py" line="624"/>
        <source>it has a date outside the supported range</source>
        <translation>een datum valt buiten het ondersteunde bereik</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="390"/>
        <location filename="../../desktop/ical/reader.py" line="402"/>
        <source>it has an impossible date {date}</source>
        <translation>de datum {date} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="404"/>
        <source>it has an unreadable date {date}</source>
        <translation>de datum {date} is onleesbaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="411"/>
        <source>it has an unreadable duration {duration}</source>
        <translation>de duur {duration} is onleesbaar</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="414"/>
        <location filename="../../desktop/ical/reader.py" line="626"/>
        <source>it ends before it starts</source>
        <translation>het einde ligt vóór het begin</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="487"/>
        <source>with UID {uid}</source>
        <translation>met UID {uid}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="488"/>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="491"/>
        <source>Event {event}: {problem}</source>
        <translation>Afspraak {event}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="498"/>
        <source>it has more than {count} properties</source>
        <translation>deze heeft meer dan {count} eigenschappen</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="501"/>
        <source>1 unreadable line in it was ignored</source>
        <translation>1 onleesbare regel erin is genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="504"/>
        <source>{count} unreadable lines in it were ignored</source>
        <translation>{count} onleesbare regels erin zijn genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="509"/>
        <source>the title was shortened to {count} characters</source>
        <translation>de titel is ingekort tot {count} tekens</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="512"/>
        <source>it had no usable UID, so one was made up</source>
        <translation>er was geen bruikbare UID, dus er is er een aangemaakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="522"/>
        <source>it has no start time</source>
        <translation>er is geen begintijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="543"/>
        <source>the change to this and all later instances applies to one only</source>
        <translation>de wijziging voor dit en alle latere exemplaren geldt alleen voor dit ene</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="549"/>
        <source>the description was shortened to {count} characters</source>
        <translation>de beschrijving is ingekort tot {count} tekens</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="558"/>
        <source>the location was shortened to {count} characters</source>
        <translation>de locatie is ingekort tot {count} tekens</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="574"/>
        <source>its extra dates (RDATE) are kept but not shown</source>
        <translation>de extra datums (RDATE) worden bewaard maar niet getoond</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="576"/>
        <source>its exclusion rule (EXRULE) is not supported and was dropped</source>
        <translation>de uitsluitingsregel (EXRULE) wordt niet ondersteund en is verwijderd</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="634"/>
        <source>only the first of its repeat rules was kept</source>
        <translation>alleen de eerste van de herhalingsregels is behouden</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="665"/>
        <source>one of its excluded dates could not be read and was ignored</source>
        <translation>een van de uitgesloten datums kon niet worden gelezen en is genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="668"/>
        <source>{count} of its excluded dates could not be read and were ignored</source>
        <translation>{count} van de uitgesloten datums konden niet worden gelezen en zijn genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="675"/>
        <source>only its first {count} excluded dates were kept</source>
        <translation>alleen de eerste {count} uitgesloten datums zijn behouden</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="711"/>
        <source>only its first {count} attendees were kept</source>
        <translation>alleen de eerste {count} deelnemers zijn behouden</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="752"/>
        <source>a nested {item} inside it was ignored</source>
        <translation>een geneste {item} erin is genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="759"/>
        <source>a reminder that would run a program was removed</source>
        <translation>een herinnering die een programma zou starten, is verwijderd</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="774"/>
        <source>links to local or network files were removed from its attachments</source>
        <translation>links naar lokale bestanden of netwerkbestanden zijn uit de bijlagen verwijderd</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="776"/>
        <source>some very large unrecognised properties were dropped</source>
        <translation>enkele zeer grote onbekende eigenschappen zijn weggelaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="816"/>
        <source>The file is empty</source>
        <translation>Het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="818"/>
        <source>This is not an iCalendar file</source>
        <translation>Dit is geen iCalendar-bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="821"/>
        <source>The file has more than {count} lines</source>
        <translation>Het bestand heeft meer dan {count} regels</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="844"/>
        <source>the file ends in the middle of it</source>
        <translation>het bestand houdt midden in de afspraak op</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="854"/>
        <source>it could not be read</source>
        <translation>deze kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ical/reader.py" line="859"/>
        <source>another event in the file has the same UID</source>
        <translation>een andere afspraak in het bestand heeft dezelfde UID</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="45"/>
        <source>{name} cannot be changed: {reason}</source>
        <translation>{name} kan niet worden gewijzigd: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="78"/>
        <source>Set by your administrator in {path}</source>
        <translation>Ingesteld door uw beheerder in {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="79"/>
        <source>Recommended by your administrator in {path}; you may change it</source>
        <translation>Aanbevolen door uw beheerder in {path}; u mag dit wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="83"/>
        <source>Set by your administrator</source>
        <translation>Ingesteld door uw beheerder</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="84"/>
        <source>Recommended by your administrator; you may change it</source>
        <translation>Aanbevolen door uw beheerder; u mag dit wijzigen</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="85"/>
        <source>enforced policy</source>
        <translation>afgedwongen beleid</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="86"/>
        <source>recommended policy</source>
        <translation>aanbevolen beleid</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="87"/>
        <source>your settings</source>
        <translation>uw instellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="96"/>
        <source>Set by you</source>
        <translation>Door u ingesteld</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="104"/>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="115"/>
        <source>{origin}: unknown setting {name}; ignored</source>
        <translation>{origin}: onbekende instelling {name}; genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="125"/>
        <source>{origin}: setting {name}: {problem}; ignored</source>
        <translation>{origin}: instelling {name}: {problem}; genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="168"/>
        <source>unknown setting {name}</source>
        <translation>onbekende instelling {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="177"/>
        <source>{name} cannot be changed: set by your administrator in {path}</source>
        <translation>{name} kan niet worden gewijzigd: ingesteld door uw beheerder in {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/effective.py" line="182"/>
        <source>{name} cannot be changed: set by your administrator</source>
        <translation>{name} kan niet worden gewijzigd: ingesteld door uw beheerder</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="69"/>
        <source>is not a usable path ({reason})</source>
        <translation>is geen bruikbaar pad ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="72"/>
        <source>is not a regular file</source>
        <translation>is geen gewoon bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="76"/>
        <source>is larger than {megabytes} MB ({size} bytes)</source>
        <translation>is groter dan {megabytes} MB ({size} bytes)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="90"/>
        <source>is larger than {megabytes} MB</source>
        <translation>is groter dan {megabytes} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="96"/>
        <source>cannot be read ({reason})</source>
        <translation>kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="106"/>
        <source>is not UTF-8 text (bad byte at offset {offset})</source>
        <translation>is geen UTF-8-tekst (ongeldige byte op positie {offset})</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="109"/>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="124"/>
        <source>is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>is geen geldige JSON: {error} op regel {line}, kolom {column}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="132"/>
        <source>is not usable JSON: nested too deeply</source>
        <translation>is geen bruikbare JSON: te diep genest</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="134"/>
        <source>is not usable JSON: {error}</source>
        <translation>is geen bruikbare JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="149"/>
        <source>{path}: {section}: unknown setting {name}; ignored</source>
        <translation>{path}: {section}: onbekende instelling {name}; genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="157"/>
        <source>{path}: {section}: unknown setting {name} (did you mean {meant}?); ignored</source>
        <translation>{path}: {section}: onbekende instelling {name} (bedoelde u {meant}?); genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="170"/>
        <source>{path}: {section} setting {name}: {problem}; ignored</source>
        <translation>{path}: instelling {name} in {section}: {problem}; genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="179"/>
        <source>{path}: {section} setting {name} could not be checked ({error}); ignored</source>
        <translation>{path}: instelling {name} in {section} kon niet worden gecontroleerd ({error}); genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="190"/>
        <source>{path}: {problem}; the whole policy file is ignored</source>
        <translation>{path}: {problem}; het hele beleidsbestand wordt genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="214"/>
        <source>{path}: must hold a JSON object with &quot;enforced&quot; and/or &quot;recommended&quot;, found {value}; the whole policy file is ignored</source>
        <translation>{path}: moet een JSON-object met &quot;enforced&quot; en/of &quot;recommended&quot; bevatten, maar bevat {value}; het hele beleidsbestand wordt genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="223"/>
        <source>{path}: key {key} appears more than once; the last one is used</source>
        <translation>{path}: sleutel {key} komt meer dan eens voor; de laatste wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="235"/>
        <source>{path}: unknown top-level key {key} (expected &quot;enforced&quot; or &quot;recommended&quot;); ignored</source>
        <translation>{path}: onbekende sleutel {key} op het hoogste niveau (verwacht &quot;enforced&quot; of &quot;recommended&quot;); genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="244"/>
        <source>{path}: unknown top-level key {key} (did you mean {meant}?) (expected &quot;enforced&quot; or &quot;recommended&quot;); ignored</source>
        <translation>{path}: onbekende sleutel {key} op het hoogste niveau (bedoelde u {meant}?) (verwacht &quot;enforced&quot; of &quot;recommended&quot;); genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/loader.py" line="257"/>
        <source>{path}: &quot;{section}&quot; must be an object mapping setting names to values, found {value}; ignored</source>
        <translation>{path}: &quot;{section}&quot; moet een object zijn dat namen van instellingen aan waarden koppelt, maar is {value}; genegeerd</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="71"/>
        <source>the text {text}</source>
        <translation>de tekst {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="75"/>
        <location filename="../../desktop/policy/specs.py" line="78"/>
        <source>the number {number}</source>
        <translation>het getal {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="76"/>
        <source>a very large number</source>
        <translation>een zeer groot getal</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="80"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="82"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="83"/>
        <source>a value of type {type}</source>
        <translation>een waarde van het type {type}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="93"/>
        <source>must be true or false, got {value}</source>
        <translation>moet true of false zijn, maar is {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="108"/>
        <source>must be one of {allowed}; got {value} (values are lower-case)</source>
        <translation>moet een van {allowed} zijn, maar is {value} (waarden zijn in kleine letters)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="115"/>
        <location filename="../../desktop/policy/specs.py" line="221"/>
        <source>must be one of {allowed}; got {value}</source>
        <translation>moet een van {allowed} zijn, maar is {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="148"/>
        <source>unknown permission {value}: {problem}</source>
        <translation>onbekende machtiging {value}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="156"/>
        <source>must be a list of permissions, got {value}</source>
        <translation>moet een lijst met machtigingen zijn, maar is {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="170"/>
        <source>expected a domain such as example.com, got {value}</source>
        <translation>moet een domein zijn zoals example.com, maar is {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="175"/>
        <source>{domain} is not a valid e-mail domain (expected something like example.com)</source>
        <translation>{domain} is geen geldig e-maildomein (verwacht iets als example.com)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="181"/>
        <source>{domain} is not a valid e-mail domain (write it without the @)</source>
        <translation>{domain} is geen geldig e-maildomein (schrijf het zonder de @)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="204"/>
        <source>must be a list of e-mail domains, got {value}</source>
        <translation>moet een lijst met e-maildomeinen zijn, maar is {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="213"/>
        <source>must be the number 1 or 2, got {value}</source>
        <translation>moet het getal 1 of 2 zijn, maar is {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="233"/>
        <source>must be text, got {value}</source>
        <translation>moet tekst zijn, maar is {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="236"/>
        <source>must be one short line of text, got {value}</source>
        <translation>moet één korte regel tekst zijn, maar is {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="246"/>
        <source>must be an https address, got {value}</source>
        <translation>moet een https-adres zijn, maar is {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="253"/>
        <source>must be an object mapping feature names to versions, got {value}</source>
        <translation>moet een object zijn dat namen van functies aan versies koppelt, maar is {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="264"/>
        <source>unknown feature {feature} (known: {known})</source>
        <translation>onbekende functie {feature} (bekend: {known})</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/specs.py" line="270"/>
        <source>feature {feature}: {problem}</source>
        <translation>functie {feature}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/versions.py" line="45"/>
        <source>a version must be text such as &quot;1.2.3&quot;, got {type}</source>
        <translation>een versie moet tekst zijn zoals &quot;1.2.3&quot;, maar is van het type {type}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy/versions.py" line="61"/>
        <source>{version} is not a valid version (expected numbers separated by dots, like &quot;1.2.3&quot;)</source>
        <translation>{version} is geen geldige versie (verwacht getallen gescheiden door punten, zoals &quot;1.2.3&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="22"/>
        <source>The server refused the user name or password.</source>
        <translation>De server heeft de gebruikersnaam of het wachtwoord geweigerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="93"/>
        <source>{host} did not answer in time.</source>
        <translation>{host} heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="96"/>
        <source>The server&apos;s certificate is not trusted: {reason}</source>
        <translation>Het certificaat van de server wordt niet vertrouwd: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="101"/>
        <source>A secure connection to {host} could not be made: {reason}</source>
        <translation>Er kon geen beveiligde verbinding met {host} worden gemaakt: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="108"/>
        <source>Cannot reach {host}: {reason}</source>
        <translation>{host} is niet bereikbaar: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="110"/>
        <source>This is not a web address Meetdesk can use: {host}.</source>
        <translation>Dit is geen webadres dat Meetdesk kan gebruiken: {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="113"/>
        <source>The connection to {host} was interrupted: {reason}</source>
        <translation>De verbinding met {host} is onderbroken: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="118"/>
        <source>The request to {host} failed: {reason}</source>
        <translation>Het verzoek aan {host} is mislukt: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="131"/>
        <source>{host} is busy or unavailable (HTTP {status}) while {what}.</source>
        <translation>{host} is bezet of niet beschikbaar (HTTP {status}) bij het {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="140"/>
        <source>{host} answered HTTP {status} while {what}.</source>
        <translation>{host} antwoordde HTTP {status} bij het {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_http.py" line="227"/>
        <source>{host} sent an answer Meetdesk cannot read ({reason}).</source>
        <translation>{host} stuurde een antwoord dat Meetdesk niet kan lezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="75"/>
        <source>the answer declares a DOCTYPE or entities</source>
        <translation>het antwoord declareert een DOCTYPE of entiteiten</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="78"/>
        <source>the answer refers to an external entity</source>
        <translation>het antwoord verwijst naar een externe entiteit</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="83"/>
        <source>the answer has too many elements</source>
        <translation>het antwoord heeft te veel elementen</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="85"/>
        <source>the answer nests too deeply</source>
        <translation>het antwoord is te diep genest</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="122"/>
        <source>the answer is too large</source>
        <translation>het antwoord is te groot</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="134"/>
        <source>the answer is not XML</source>
        <translation>het antwoord is geen XML</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/_xml.py" line="191"/>
        <source>the answer is not a WebDAV multistatus</source>
        <translation>het antwoord is geen WebDAV-multistatus</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/discovery.py" line="60"/>
        <source>This is not a web address Meetdesk can use: {address}</source>
        <translation>Dit is geen webadres dat Meetdesk kan gebruiken: {address}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/discovery.py" line="70"/>
        <source>No CalDAV or CardDAV service was found at {url}.</source>
        <translation>Er is geen CalDAV- of CardDAV-service gevonden op {url}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/discovery.py" line="133"/>
        <location filename="../../desktop/providers/caldav/discovery.py" line="159"/>
        <source>{host} is busy or unavailable (HTTP {status}).</source>
        <translation>{host} is bezet of niet beschikbaar (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="146"/>
        <source>{earlier}; {later}</source>
        <translation>{earlier}; {later}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="161"/>
        <source>{href} skipped: it is larger than {size} MB</source>
        <translation>{href} overgeslagen: het is groter dan {size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="174"/>
        <source>{href} skipped: it is not iCalendar data</source>
        <translation>{href} overgeslagen: het zijn geen iCalendar-gegevens</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="178"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="194"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="214"/>
        <source>{href} skipped: {reason}</source>
        <translation>{href} overgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="180"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="210"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="213"/>
        <source>{href} skipped: it could not be read</source>
        <translation>{href} overgeslagen: het kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="187"/>
        <source>{href} skipped: it has no UID</source>
        <translation>{href} overgeslagen: het heeft geen UID</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="189"/>
        <source>{href} skipped: it holds events with different UIDs</source>
        <translation>{href} overgeslagen: het bevat afspraken met verschillende UID’s</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="190"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="216"/>
        <source>{href}: {problem}</source>
        <translation>{href}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="193"/>
        <source>part of it could not be read</source>
        <translation>een deel ervan kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="312"/>
        <source>The server does not allow changes to {name}.</source>
        <translation>De server staat geen wijzigingen in {name} toe.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="323"/>
        <source>listing the calendars</source>
        <translation>opvragen van de agenda’s</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="353"/>
        <source>listing the address books</source>
        <translation>opvragen van de adresboeken</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="378"/>
        <source>The server no longer knows where the last sync of {name} ended.</source>
        <translation>De server weet niet meer waar de laatste synchronisatie van {name} eindigde.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="381"/>
        <source>{name} no longer exists on the server.</source>
        <translation>{name} bestaat niet meer op de server.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="383"/>
        <source>syncing {name}</source>
        <translation>synchroniseren van {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="387"/>
        <source>{host} did not send a sync token for {name}.</source>
        <translation>{host} heeft geen synchronisatietoken voor {name} gestuurd.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="420"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="518"/>
        <source>reading {name}</source>
        <translation>lezen van {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="433"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="440"/>
        <source>{href} skipped: the server did not send it</source>
        <translation>{href} overgeslagen: de server heeft het niet gestuurd</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="496"/>
        <source>reading the new version&apos;s tag</source>
        <translation>lezen van de tag van de nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="502"/>
        <source>{host} did not tell the version of {href}.</source>
        <translation>{host} heeft de versie van {href} niet doorgegeven.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="520"/>
        <source>{href} on the server is too large to read.</source>
        <translation>{href} op de server is te groot om te lezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="565"/>
        <source>An item with the same UID already exists in {name}.</source>
        <translation>Er bestaat al een item met dezelfde UID in {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="569"/>
        <location filename="../../desktop/providers/caldav/provider.py" line="591"/>
        <source>saving to {name}</source>
        <translation>opslaan in {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="573"/>
        <source>The item was removed from {name} while it was being saved.</source>
        <translation>Het item is uit {name} verwijderd terwijl het werd opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="578"/>
        <source>{name} already holds a different item with the same UID.</source>
        <translation>{name} bevat al een ander item met dezelfde UID.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="589"/>
        <source>This item was changed or removed in {name} by someone else.</source>
        <translation>Dit item is in {name} door iemand anders gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="599"/>
        <source>This item was changed in {name} by someone else.</source>
        <translation>Dit item is in {name} door iemand anders gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="600"/>
        <source>deleting from {name}</source>
        <translation>verwijderen uit {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="627"/>
        <source>This meeting has not been saved to the server yet.</source>
        <translation>Deze vergadering is nog niet op de server opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="642"/>
        <source>This contact has no identity to save it under.</source>
        <translation>Dit contact heeft geen identiteit waaronder het kan worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/provider.py" line="667"/>
        <source>This contact has not been saved to the server yet.</source>
        <translation>Dit contact is nog niet op de server opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="169"/>
        <source>{count} malformed line skipped</source>
        <translation>{count} onjuiste regel overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="171"/>
        <source>{count} malformed lines skipped</source>
        <translation>{count} onjuiste regels overgeslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="180"/>
        <location filename="../../desktop/providers/caldav/vcard.py" line="226"/>
        <source>the contact is larger than {size} MB</source>
        <translation>het contact is groter dan {size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="185"/>
        <source>this is not a vCard</source>
        <translation>dit is geen vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="200"/>
        <source>only the first contact of the item was read</source>
        <translation>alleen het eerste contact van het item is gelezen</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="204"/>
        <source>it holds a contact nested inside another, which is refused</source>
        <translation>het bevat een contact binnen een ander contact, wat wordt geweigerd</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="215"/>
        <source>its photo is larger than {size} MB and was dropped</source>
        <translation>de foto is groter dan {size} MB en is weggelaten</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/caldav/vcard.py" line="257"/>
        <source>the contact is not closed with END:VCARD</source>
        <translation>het contact is niet afgesloten met END:VCARD</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="107"/>
        <source>Microsoft 365 sent a link to another server; it was ignored.</source>
        <translation>Microsoft 365 stuurde een link naar een andere server; deze is genegeerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="145"/>
        <source>Microsoft 365 did not answer in time.</source>
        <translation>Microsoft 365 heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="151"/>
        <source>The Microsoft 365 server&apos;s certificate is not trusted. If your company inspects HTTPS, name its certificate file in SSL_CERT_FILE.</source>
        <translation>Het certificaat van de Microsoft 365-server wordt niet vertrouwd. Als uw bedrijf HTTPS inspecteert, geef dan het certificaatbestand ervan op in SSL_CERT_FILE.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="156"/>
        <source>Microsoft 365 cannot be reached.</source>
        <translation>Microsoft 365 is niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="159"/>
        <source>The connection to Microsoft 365 failed ({error}).</source>
        <translation>De verbinding met Microsoft 365 is mislukt ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="174"/>
        <source>Microsoft 365 asks Meetdesk to slow down; syncing again later.</source>
        <translation>Microsoft 365 vraagt Meetdesk om het rustiger aan te doen; later wordt opnieuw gesynchroniseerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="183"/>
        <source>Microsoft 365 kept refusing; syncing again later.</source>
        <translation>Microsoft 365 bleef weigeren; later wordt opnieuw gesynchroniseerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="191"/>
        <source>Microsoft 365 no longer knows where the last sync ended.</source>
        <translation>Microsoft 365 weet niet meer waar de laatste synchronisatie eindigde.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="193"/>
        <source>Microsoft 365 no longer accepts the sign-in. Sign in again.</source>
        <translation>Microsoft 365 accepteert de aanmelding niet meer. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="197"/>
        <source>Microsoft 365 refused access: {message} The account may lack the permission, or the item is not yours to change.</source>
        <translation>Microsoft 365 heeft de toegang geweigerd: {message} Mogelijk heeft het account de machtiging niet, of mag u dit item niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="204"/>
        <source>Microsoft 365 refused access. The account may lack the permission, or the item is not yours to change.</source>
        <translation>Microsoft 365 heeft de toegang geweigerd. Mogelijk heeft het account de machtiging niet, of mag u dit item niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="210"/>
        <source>Not found.</source>
        <translation>Niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="212"/>
        <source>The item changed on Microsoft 365 since Meetdesk last read it.</source>
        <translation>Het item is in Microsoft 365 gewijzigd sinds Meetdesk het voor het laatst heeft gelezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="215"/>
        <source>Microsoft 365 had a problem ({status}); trying again later.</source>
        <translation>Microsoft 365 had een probleem ({status}); er wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="242"/>
        <source>Microsoft 365 refused the request ({status}, {code}): {message}</source>
        <translation>Microsoft 365 heeft het verzoek geweigerd ({status}, {code}): {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="249"/>
        <source>Microsoft 365 refused the request ({status}, {code}).</source>
        <translation>Microsoft 365 heeft het verzoek geweigerd ({status}, {code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="253"/>
        <source>Microsoft 365 refused the request ({status}): {message}</source>
        <translation>Microsoft 365 heeft het verzoek geweigerd ({status}): {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="258"/>
        <source>Microsoft 365 refused the request ({status}).</source>
        <translation>Microsoft 365 heeft het verzoek geweigerd ({status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/client.py" line="267"/>
        <location filename="../../desktop/providers/graph/client.py" line="269"/>
        <source>Microsoft 365 sent an answer Meetdesk cannot read.</source>
        <translation>Microsoft 365 stuurde een antwoord dat Meetdesk niet kan lezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="103"/>
        <source>Microsoft 365 cannot store this repeat rule: {reason}</source>
        <translation>Microsoft 365 kan deze herhalingsregel niet opslaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="113"/>
        <source>Microsoft 365 cannot store this repeat rule: {reason}.</source>
        <translation>Microsoft 365 kan deze herhalingsregel niet opslaan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="121"/>
        <source>Microsoft 365&apos;s repeat pattern cannot be read here: {reason}</source>
        <translation>Het herhalingspatroon van Microsoft 365 kan hier niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="155"/>
        <source>The event has no id</source>
        <translation>De afspraak heeft geen id</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="155"/>
        <source>The event id is too long</source>
        <translation>De id van de afspraak is te lang</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="156"/>
        <source>The contact has no id</source>
        <translation>Het contact heeft geen id</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="156"/>
        <source>The contact id is too long</source>
        <translation>De id van het contact is te lang</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="158"/>
        <source>The contact folder has no id</source>
        <translation>De contactenmap heeft geen id</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="159"/>
        <source>The contact folder id is too long</source>
        <translation>De id van de contactenmap is te lang</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="161"/>
        <source>The calendar has no id</source>
        <translation>De agenda heeft geen id</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="161"/>
        <source>The calendar id is too long</source>
        <translation>De id van de agenda is te lang</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="198"/>
        <source>Unknown time zone {name}</source>
        <translation>Onbekende tijdzone {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="215"/>
        <location filename="../../desktop/providers/graph/mapping.py" line="218"/>
        <source>The date-time is missing</source>
        <translation>De datum en tijd ontbreken</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="223"/>
        <location filename="../../desktop/providers/graph/mapping.py" line="237"/>
        <location filename="../../desktop/providers/graph/mapping.py" line="246"/>
        <location filename="../../desktop/providers/graph/mapping.py" line="251"/>
        <source>Unreadable date-time {text}</source>
        <translation>Onleesbare datum en tijd {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="274"/>
        <source>The event has no start or end</source>
        <translation>De afspraak heeft geen begin of einde</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="289"/>
        <source>The event ends before it starts</source>
        <translation>De afspraak eindigt voordat ze begint</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="326"/>
        <source>The event is not an object</source>
        <translation>De afspraak is geen object</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="451"/>
        <source>it repeats every few seconds; the shortest repeat there is daily.</source>
        <translation>de regel herhaalt om de paar seconden; de kortste herhaling is daar dagelijks.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="452"/>
        <source>it repeats every few minutes; the shortest repeat there is daily.</source>
        <translation>de regel herhaalt om de paar minuten; de kortste herhaling is daar dagelijks.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="453"/>
        <source>it repeats every few hours; the shortest repeat there is daily.</source>
        <translation>de regel herhaalt om de paar uur; de kortste herhaling is daar dagelijks.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="456"/>
        <source>it picks seconds of the minute (BYSECOND).</source>
        <translation>de regel kiest seconden van de minuut (BYSECOND).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="457"/>
        <source>it picks minutes of the hour (BYMINUTE).</source>
        <translation>de regel kiest minuten van het uur (BYMINUTE).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="458"/>
        <source>it picks several times of day (BYHOUR).</source>
        <translation>de regel kiest meerdere tijdstippen per dag (BYHOUR).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="459"/>
        <source>it picks days of the year by number (BYYEARDAY).</source>
        <translation>de regel kiest dagen van het jaar op nummer (BYYEARDAY).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="460"/>
        <source>it picks weeks of the year by number (BYWEEKNO).</source>
        <translation>de regel kiest weken van het jaar op nummer (BYWEEKNO).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="484"/>
        <source>it uses BYSETPOS without BYDAY.</source>
        <translation>de regel gebruikt BYSETPOS zonder BYDAY.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="487"/>
        <source>it combines days of the month with weekdays.</source>
        <translation>de regel combineert dagen van de maand met weekdagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="491"/>
        <source>it combines BYSETPOS with numbered weekdays.</source>
        <translation>de regel combineert BYSETPOS met genummerde weekdagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="494"/>
        <source>it picks more than one numbered weekday in a period.</source>
        <translation>de regel kiest meer dan één genummerde weekdag in een periode.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="502"/>
        <source>it repeats on every matching weekday of the month; only one (like the second Tuesday) is possible.</source>
        <translation>de regel herhaalt op elke passende weekdag van de maand; er is er maar één mogelijk (zoals de tweede dinsdag).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="511"/>
        <source>only the first, second, third, fourth or last weekday of a month is possible.</source>
        <translation>alleen de eerste, tweede, derde, vierde of laatste weekdag van een maand is mogelijk.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="520"/>
        <source>it repeats on several days of the month.</source>
        <translation>de regel herhaalt op meerdere dagen van de maand.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="523"/>
        <source>it counts days from the end of the month.</source>
        <translation>de regel telt dagen vanaf het einde van de maand.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="531"/>
        <source>it limits a daily, weekly or monthly repeat to some months.</source>
        <translation>de regel beperkt een dagelijkse, wekelijkse of maandelijkse herhaling tot bepaalde maanden.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="535"/>
        <source>it limits a daily repeat to some days of the month.</source>
        <translation>de regel beperkt een dagelijkse herhaling tot bepaalde dagen van de maand.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="539"/>
        <source>it repeats every few days on given weekdays only.</source>
        <translation>de regel herhaalt om de paar dagen, alleen op bepaalde weekdagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="549"/>
        <source>it keeps only some of the weekdays (BYSETPOS).</source>
        <translation>de regel houdt maar een deel van de weekdagen over (BYSETPOS).</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="588"/>
        <source>it repeats in several months of the year.</source>
        <translation>de regel herhaalt in meerdere maanden van het jaar.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="591"/>
        <source>it picks weekdays of the whole year; name the month.</source>
        <translation>de regel kiest weekdagen van het hele jaar; noem de maand.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="617"/>
        <source>it has both a number of times and an end date.</source>
        <translation>de regel heeft zowel een aantal keer als een einddatum.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="620"/>
        <source>it repeats too many times; choose no end instead.</source>
        <translation>de regel wordt te vaak herhaald; kies in plaats daarvan geen einde.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="634"/>
        <source>it ends before it starts.</source>
        <translation>de regel eindigt voordat hij begint.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="649"/>
        <source>it is not a repeat rule.</source>
        <translation>dit is geen herhalingsregel.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="669"/>
        <source>unknown weekday {name}.</source>
        <translation>onbekende weekdag {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="672"/>
        <source>the pattern names no weekday.</source>
        <translation>het patroon noemt geen weekdag.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="679"/>
        <source>the pattern&apos;s {name} is missing or out of range.</source>
        <translation>{name} van het patroon ontbreekt of valt buiten het bereik.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="698"/>
        <source>the pattern&apos;s interval is not a positive number.</source>
        <translation>het interval van het patroon is geen positief getal.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="708"/>
        <source>the range&apos;s end date is unreadable.</source>
        <translation>de einddatum van het bereik is onleesbaar.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="710"/>
        <source>unknown range type {kind}.</source>
        <translation>onbekend type bereik {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="737"/>
        <source>unknown week index {index}.</source>
        <translation>onbekende weekindex {index}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="747"/>
        <source>unknown pattern type {kind}.</source>
        <translation>onbekend type patroon {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/mapping.py" line="771"/>
        <source>The contact is not an object</source>
        <translation>Het contact is geen object</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="75"/>
        <source>unreadable cursor</source>
        <translation>onleesbare cursor</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="147"/>
        <source>the sync window moved on</source>
        <translation>het synchronisatievenster is verschoven</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="156"/>
        <location filename="../../desktop/providers/graph/provider.py" line="366"/>
        <source>an entry without an id</source>
        <translation>een item zonder id</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="182"/>
        <location filename="../../desktop/providers/graph/provider.py" line="380"/>
        <source>Microsoft 365 ended a listing without saying where to go on.</source>
        <translation>Microsoft 365 beëindigde een lijst zonder aan te geven waar die verdergaat.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="197"/>
        <source>an event could not be read ({reason})</source>
        <translation>een afspraak kon niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="289"/>
        <location filename="../../desktop/providers/graph/provider.py" line="301"/>
        <source>&apos;{name}&apos; is read-only on Microsoft 365.</source>
        <translation>‘{name}’ is alleen-lezen in Microsoft 365.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="304"/>
        <source>Microsoft 365 takes changes to single occurrences of a series only from Outlook; Meetdesk sends the series without them.</source>
        <translation>Microsoft 365 accepteert wijzigingen in afzonderlijke exemplaren van een reeks alleen vanuit Outlook; Meetdesk verstuurt de reeks zonder die wijzigingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="313"/>
        <source>A private meeting of someone else cannot be changed.</source>
        <translation>Een privévergadering van iemand anders kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="324"/>
        <source>Microsoft 365 cannot take &apos;{title}&apos;: {reason}</source>
        <translation>Microsoft 365 kan ‘{title}’ niet verwerken: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/graph/provider.py" line="374"/>
        <source>a contact could not be read ({reason})</source>
        <translation>een contact kon niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/local/provider.py" line="57"/>
        <source>This meeting was changed elsewhere.</source>
        <translation>Deze vergadering is elders gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../desktop/providers/local/provider.py" line="76"/>
        <source>This contact was changed elsewhere.</source>
        <translation>Dit contact is elders gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="70"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="71"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="72"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="73"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="74"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="75"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="76"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="79"/>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="80"/>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="81"/>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="82"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="83"/>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="84"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="85"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="86"/>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="87"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="88"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="89"/>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="90"/>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="97"/>
        <source>Repeating every second is not supported</source>
        <translation>Elke seconde herhalen wordt niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="98"/>
        <source>Repeating every minute is not supported</source>
        <translation>Elke minuut herhalen wordt niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="99"/>
        <source>Repeating every hour is not supported</source>
        <translation>Elk uur herhalen wordt niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="102"/>
        <source>Repeating at given seconds (BYSECOND) is not supported</source>
        <translation>Herhalen op bepaalde seconden (BYSECOND) wordt niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="103"/>
        <source>Repeating at given minutes (BYMINUTE) is not supported</source>
        <translation>Herhalen op bepaalde minuten (BYMINUTE) wordt niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="104"/>
        <source>Repeating at several times of day (BYHOUR) is not supported</source>
        <translation>Herhalen op meerdere tijdstippen per dag (BYHOUR) wordt niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="105"/>
        <source>Repeating on days of the year (BYYEARDAY) is not supported</source>
        <translation>Herhalen op dagen van het jaar (BYYEARDAY) wordt niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="106"/>
        <source>Repeating in numbered weeks (BYWEEKNO) is not supported</source>
        <translation>Herhalen in genummerde weken (BYWEEKNO) wordt niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="107"/>
        <source>Repeating relative to Easter is not supported</source>
        <translation>Herhalen ten opzichte van Pasen wordt niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="108"/>
        <source>Non-Gregorian calendars (RSCALE) are not supported</source>
        <translation>Niet-Gregoriaanse kalenders (RSCALE) worden niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="109"/>
        <source>The SKIP rule part is not supported</source>
        <translation>Het regeldeel SKIP wordt niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="195"/>
        <location filename="../../desktop/recurrence.py" line="296"/>
        <source>Unknown repeat frequency {name}</source>
        <translation>Onbekende herhalingsfrequentie {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="198"/>
        <source>INTERVAL must be at least 1</source>
        <translation>INTERVAL moet minstens 1 zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="200"/>
        <source>INTERVAL must be at most {limit}</source>
        <translation>INTERVAL mag hoogstens {limit} zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="202"/>
        <source>COUNT must be at least 1</source>
        <translation>COUNT moet minstens 1 zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="204"/>
        <source>UNTIL must be a date or a date-time</source>
        <translation>UNTIL moet een datum of een datum met tijd zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="206"/>
        <source>WKST must be a weekday</source>
        <translation>WKST moet een weekdag zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="209"/>
        <source>BYDAY must name weekdays</source>
        <translation>BYDAY moet weekdagen noemen</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="214"/>
        <source>BYDAY with a number (like 2TU) only works for monthly or yearly repeats</source>
        <translation>BYDAY met een getal (zoals 2TU) werkt alleen bij maandelijkse of jaarlijkse herhalingen</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="219"/>
        <source>BYDAY numbers must be between -{limit} and {limit}, not 0</source>
        <translation>Getallen in BYDAY moeten tussen -{limit} en {limit} liggen en mogen niet 0 zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="223"/>
        <source>BYMONTHDAY must be between -31 and 31, not 0</source>
        <translation>BYMONTHDAY moet tussen -31 en 31 liggen en mag niet 0 zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="225"/>
        <source>BYMONTHDAY cannot be used with weekly repeats</source>
        <translation>BYMONTHDAY kan niet worden gebruikt bij wekelijkse herhalingen</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="228"/>
        <source>BYMONTH must be between 1 and 12</source>
        <translation>BYMONTH moet tussen 1 en 12 liggen</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="231"/>
        <source>BYSETPOS must be between -366 and 366, not 0</source>
        <translation>BYSETPOS moet tussen -366 en 366 liggen en mag niet 0 zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="237"/>
        <source>{part} must be a list of numbers</source>
        <translation>{part} moet een lijst met getallen zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="244"/>
        <source>UNTIL must be a date like 20260131 or 20260131T120000Z</source>
        <translation>UNTIL moet een datum zijn zoals 20260131 of 20260131T120000Z</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="252"/>
        <source>UNTIL is not a real date ({value})</source>
        <translation>UNTIL is geen bestaande datum ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="257"/>
        <source>BYDAY item {item} is not a weekday like MO or 2TU</source>
        <translation>BYDAY-item {item} is geen weekdag zoals MO of 2TU</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="263"/>
        <source>A repeat rule must be text</source>
        <translation>Een herhalingsregel moet tekst zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="266"/>
        <source>The repeat rule is too long</source>
        <translation>De herhalingsregel is te lang</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="279"/>
        <source>The repeat rule part {part} has no value</source>
        <translation>Het regeldeel {part} heeft geen waarde</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="284"/>
        <source>Unknown repeat rule part {part}</source>
        <translation>Onbekend regeldeel {part}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="287"/>
        <source>The repeat rule part {part} appears more than once</source>
        <translation>Het regeldeel {part} komt meer dan eens voor</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="292"/>
        <source>The repeat rule has no FREQ</source>
        <translation>De herhalingsregel heeft geen FREQ</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="301"/>
        <source>INTERVAL must be a whole number</source>
        <translation>INTERVAL moet een geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="306"/>
        <source>COUNT must be a whole number</source>
        <translation>COUNT moet een geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="313"/>
        <source>BYDAY has too many items</source>
        <translation>BYDAY heeft te veel items</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="326"/>
        <source>WKST must be a weekday like MO or SU</source>
        <translation>WKST moet een weekdag zijn zoals MO of SU</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="350"/>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="351"/>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="352"/>
        <source>third</source>
        <translation>derde</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="353"/>
        <source>fourth</source>
        <translation>vierde</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="354"/>
        <source>fifth</source>
        <translation>vijfde</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="355"/>
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="356"/>
        <source>second to last</source>
        <translation>voorlaatste</translation>
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
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="363"/>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="364"/>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="365"/>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="368"/>
        <source>weekday</source>
        <translation>werkdag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="369"/>
        <source>weekend day</source>
        <translation>weekenddag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="370"/>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="380"/>
        <source>Every {interval} days</source>
        <translation>Om de {interval} dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="382"/>
        <source>Every {interval} weeks</source>
        <translation>Om de {interval} weken</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="384"/>
        <source>Every {interval} months</source>
        <translation>Om de {interval} maanden</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="385"/>
        <source>Every {interval} years</source>
        <translation>Om de {interval} jaar</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="392"/>
        <source>{ordinal} to last</source>
        <translation>{ordinal}-laatste</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="397"/>
        <source>{number}{suffix}</source>
        <translation>{number}{suffix}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="408"/>
        <source>{list} or {item}</source>
        <translation>{list} of {item}</translation>
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
        <translation>1</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="437"/>
        <source>{repeat} on the {days} day</source>
        <translation>{repeat} op de {days} dag</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="439"/>
        <source>{repeat} on days {days}</source>
        <translation>{repeat} op de dagen {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="440"/>
        <source>{repeat} on day {day}</source>
        <translation>{repeat} op dag {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="456"/>
        <source>{repeat} on the {positions} {days}</source>
        <translation>{repeat} op de {positions} {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="463"/>
        <source>{repeat} on weekdays</source>
        <translation>{repeat} op werkdagen</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="465"/>
        <source>{repeat} on weekends</source>
        <translation>{repeat} in het weekend</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="468"/>
        <source>{repeat} on {days}</source>
        <translation>{repeat} op {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="472"/>
        <source>{ordinal} {weekday}</source>
        <translation>{ordinal} {weekday}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="476"/>
        <source>{repeat} on the {days}</source>
        <translation>{repeat} op de {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="481"/>
        <source>{repeat}, only the {positions} of them</source>
        <translation>{repeat}, waarvan alleen de {positions}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="484"/>
        <source>{repeat} in {months}</source>
        <translation>{repeat} in {months}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="487"/>
        <source>{repeat}, once</source>
        <translation>{repeat}, één keer</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="489"/>
        <source>{repeat}, {count} times</source>
        <translation>{repeat}, {count} keer</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="494"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/recurrence.py" line="500"/>
        <source>{repeat}, until {date}</source>
        <translation>{repeat}, tot en met {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="105"/>
        <source>There is no contacts folder &apos;{path}&apos;.</source>
        <translation>Er is geen contactenmap ‘{path}’.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="142"/>
        <source>This contact no longer exists.</source>
        <translation>Dit contact bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="157"/>
        <source>Enter a name.</source>
        <translation>Voer een naam in.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="159"/>
        <location filename="../../desktop/services/settings.py" line="193"/>
        <source>The name is too long (at most {limit} characters).</source>
        <translation>De naam is te lang (maximaal {limit} tekens).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="165"/>
        <location filename="../../desktop/services/meetings.py" line="376"/>
        <location filename="../../desktop/services/meetings.py" line="379"/>
        <location filename="../../desktop/services/settings.py" line="187"/>
        <source>Not an e-mail address: {address}</source>
        <translation>Geen e-mailadres: {address}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="169"/>
        <source>Not a phone number: {phone}</source>
        <translation>Geen telefoonnummer: {phone}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="171"/>
        <source>The notes are too long.</source>
        <translation>De notities zijn te lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="173"/>
        <source>The company or job title is too long.</source>
        <translation>Het bedrijf of de functie is te lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="219"/>
        <source>This contacts folder no longer exists.</source>
        <translation>Deze contactenmap bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/contacts.py" line="222"/>
        <source>You may not change contacts in this folder (Contacts write is off).</source>
        <translation>U mag geen contacten in deze map wijzigen (Contacten schrijven staat uit).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="32"/>
        <location filename="../../desktop/store/database.py" line="1225"/>
        <location filename="../../desktop/store/database.py" line="1226"/>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="33"/>
        <source>A calendar and address book stored on this computer only.</source>
        <translation>Een agenda en adresboek die alleen op deze computer worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="39"/>
        <source>Outlook calendar and contacts through Microsoft Graph.</source>
        <translation>Outlook-agenda en -contacten via Microsoft Graph.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="45"/>
        <source>Google Calendar and Google Contacts.</source>
        <translation>Google Agenda en Google Contacten.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="47"/>
        <source>Google is not available in this build yet.</source>
        <translation>Google is nog niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="51"/>
        <source>Exchange (on-premises)</source>
        <translation>Exchange (on-premises)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="52"/>
        <source>An Exchange server in your organisation, through EWS.</source>
        <translation>Een Exchange-server in uw organisatie, via EWS.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="54"/>
        <source>Exchange is not available in this build yet.</source>
        <translation>Exchange is nog niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="59"/>
        <source>Nextcloud, Fastmail, iCloud, Radicale and other standard servers.</source>
        <translation>Nextcloud, Fastmail, iCloud, Radicale en andere standaardservers.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="65"/>
        <source>Calendar read</source>
        <translation>Agenda lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="66"/>
        <source>Calendar write</source>
        <translation>Agenda schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="67"/>
        <source>Contacts read</source>
        <translation>Contacten lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="68"/>
        <source>Contacts write</source>
        <translation>Contacten schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="103"/>
        <source>Your administrator has turned off calendar and contacts integration.</source>
        <translation>Uw beheerder heeft de agenda- en contactenintegratie uitgeschakeld.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="120"/>
        <source>Your administrator does not allow: {names}.</source>
        <translation>Uw beheerder staat dit niet toe: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="122"/>
        <source>Calendar write needs Calendar read.</source>
        <translation>Agenda schrijven vereist Agenda lezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="124"/>
        <source>Contacts write needs Contacts read.</source>
        <translation>Contacten schrijven vereist Contacten lezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="126"/>
        <source>Choose at least one permission.</source>
        <translation>Kies minstens één machtiging.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="137"/>
        <source>Your administrator requires {name} for calendar and contacts.</source>
        <translation>Uw beheerder vereist {name} voor agenda en contacten.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="145"/>
        <source>A CalDAV server needs its address and your password to connect.</source>
        <translation>Voor een CalDAV-server zijn het adres en uw wachtwoord nodig om te koppelen.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="150"/>
        <source>The calendar on this computer is already connected.</source>
        <translation>De agenda op deze computer is al gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="164"/>
        <location filename="../../desktop/services/integration.py" line="178"/>
        <location filename="../../desktop/sync/engine.py" line="445"/>
        <source>This account no longer exists.</source>
        <translation>Dit account bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="124"/>
        <source>Unknown setting &apos;{name}&apos;.</source>
        <translation>Onbekende instelling ‘{name}’.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="162"/>
        <source>Choose a Jitsi room, your personal room link or Zoom.</source>
        <translation>Kies een Jitsi-ruimte, de link van uw persoonlijke ruimte of Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="166"/>
        <source>Enter a link that starts with https://.</source>
        <translation>Voer een link in die begint met https://.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="170"/>
        <source>Enter a number of minutes.</source>
        <translation>Voer een aantal minuten in.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="173"/>
        <source>Choose between 0 (no reminders) and 1,440 minutes.</source>
        <translation>Kies tussen 0 (geen herinneringen) en 1.440 minuten.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="178"/>
        <source>Choose yes or no.</source>
        <translation>Kies ja of nee.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="199"/>
        <source>The invitation template is too long.</source>
        <translation>De uitnodigingstekst is te lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="208"/>
        <source>Give a list of name and pattern pairs.</source>
        <translation>Geef een lijst met paren van naam en patroon.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="213"/>
        <source>At most {limit} patterns, please.</source>
        <translation>Graag maximaal {limit} patronen.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="223"/>
        <location filename="../../desktop/services/settings.py" line="232"/>
        <source>Pattern {number}: give a name and a pattern.</source>
        <translation>Patroon {number}: geef een naam en een patroon.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="242"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="266"/>
        <source>Give the Zoom options as name and value.</source>
        <translation>Geef de Zoom-opties als naam en waarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="276"/>
        <source>Not a domain: {domain} (like example.com).</source>
        <translation>Geen domein: {domain} (zoals example.com).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="286"/>
        <source>Unknown Zoom option &apos;{option}&apos;.</source>
        <translation>Onbekende Zoom-optie ‘{option}’.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="291"/>
        <source>{option} must be one of {choices}.</source>
        <translation>{option} moet een van deze waarden zijn: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="98"/>
        <source>The password for this account is missing. Sign in again.</source>
        <translation>Het wachtwoord voor dit account ontbreekt. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="247"/>
        <location filename="../../desktop/services/sync.py" line="386"/>
        <location filename="../../desktop/services/sync.py" line="466"/>
        <source>Your administrator does not allow accounts of this e-mail domain.</source>
        <translation>Uw beheerder staat geen accounts van dit e-maildomein toe.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="251"/>
        <location filename="../../desktop/services/sync.py" line="395"/>
        <location filename="../../desktop/services/sync.py" line="474"/>
        <source>This account is already connected.</source>
        <translation>Dit account is al gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="317"/>
        <source>Only Microsoft 365 accounts sign in again here.</source>
        <translation>Alleen Microsoft 365-accounts kunnen zich hier opnieuw aanmelden.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="349"/>
        <source>You signed in as {signed_in}, not as {expected}. Connect that account separately instead.</source>
        <translation>U hebt zich aangemeld als {signed_in}, niet als {expected}. Koppel dat account in plaats daarvan apart.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="382"/>
        <source>Enter your e-mail address (Settings › About you) to connect.</source>
        <translation>Voer uw e-mailadres in (Instellingen › Over u) om te koppelen.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="427"/>
        <source>Your administrator requires another calendar service.</source>
        <translation>Uw beheerder vereist een andere agendaservice.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="455"/>
        <source>Enter the server address, like https://dav.example.com/.</source>
        <translation>Voer het serveradres in, zoals https://dav.example.com/.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="457"/>
        <source>Enter your user name.</source>
        <translation>Voer uw gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="459"/>
        <source>Enter your password.</source>
        <translation>Voer uw wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/database.py" line="255"/>
        <source>Cannot open the Meetdesk database at {path}: {reason}</source>
        <translation>Kan de Meetdesk-database in {path} niet openen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/database.py" line="286"/>
        <source>The database at {path} was written by a newer Meetdesk (schema {version}, this version knows {known}).</source>
        <translation>De database in {path} is geschreven door een nieuwere versie van Meetdesk (schema {version}, deze versie kent {known}).</translation>
    </message>
    <message>
        <location filename="../../desktop/store/database.py" line="1219"/>
        <source>The last sync was interrupted. It runs again at the next sync.</source>
        <translation>De laatste synchronisatie is onderbroken. Ze wordt bij de volgende synchronisatie opnieuw uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/store/database.py" line="1227"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../desktop/store/occurrences.py" line="22"/>
        <source>This series repeats too often; only part of it is shown.</source>
        <translation>Deze reeks wordt te vaak herhaald; slechts een deel ervan wordt getoond.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="462"/>
        <source>Cannot connect: {reason}</source>
        <translation>Kan geen verbinding maken: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="466"/>
        <source>Sign in to sync this account.</source>
        <translation>Meld u aan om dit account te synchroniseren.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="486"/>
        <source>Sign in again to keep this account in sync.</source>
        <translation>Meld u opnieuw aan om dit account gesynchroniseerd te houden.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="489"/>
        <source>The service cannot be reached; trying again later.</source>
        <translation>De service is niet bereikbaar; er wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="496"/>
        <source>Unexpected problem while syncing: {error}</source>
        <translation>Onverwacht probleem tijdens het synchroniseren: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="653"/>
        <source>&apos;{name}&apos; is no longer on the server. Confirm in Meetdesk to remove its meeting here too.</source>
        <translation>‘{name}’ staat niet meer op de server. Bevestig in Meetdesk om de vergadering ervan ook hier te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="659"/>
        <source>&apos;{name}&apos; is no longer on the server. Confirm in Meetdesk to remove its contact here too.</source>
        <translation>‘{name}’ staat niet meer op de server. Bevestig in Meetdesk om het contact ervan ook hier te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="666"/>
        <source>&apos;{name}&apos; is no longer on the server. Confirm in Meetdesk to remove its {count} meetings here too.</source>
        <translation>‘{name}’ staat niet meer op de server. Bevestig in Meetdesk om de {count} vergaderingen ervan ook hier te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="673"/>
        <source>&apos;{name}&apos; is no longer on the server. Confirm in Meetdesk to remove its {count} contacts here too.</source>
        <translation>‘{name}’ staat niet meer op de server. Bevestig in Meetdesk om de {count} contacten ervan ook hier te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="754"/>
        <source>A change waits for a calendar or folder the server did not list.</source>
        <translation>Een wijziging wacht op een agenda of map die de server niet heeft vermeld.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="761"/>
        <source>Sending {number} of {total} changes</source>
        <translation>Wijzigingen versturen: {number} van {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="770"/>
        <source>The server refused a change: {reason}</source>
        <translation>De server heeft een wijziging geweigerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="952"/>
        <location filename="../../desktop/sync/engine.py" line="1260"/>
        <source>The server refused to add &apos;{title}&apos;.</source>
        <translation>De server heeft geweigerd ‘{title}’ toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1032"/>
        <location filename="../../desktop/sync/engine.py" line="1307"/>
        <source>&apos;{title}&apos; was changed on the server after you deleted it here; it was kept.</source>
        <translation>‘{title}’ is op de server gewijzigd nadat u het hier had verwijderd; het is behouden.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1087"/>
        <location filename="../../desktop/sync/engine.py" line="1376"/>
        <source>&apos;{title}&apos; was deleted on the server after you changed it here; it was put back.</source>
        <translation>‘{title}’ is op de server verwijderd nadat u het hier had gewijzigd; het is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1502"/>
        <source>Syncing &apos;{name}&apos; ({number} of {total})</source>
        <translation>‘{name}’ synchroniseren ({number} van {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1509"/>
        <source>Reading &apos;{name}&apos; for the first time ({number} of {total})</source>
        <translation>‘{name}’ voor het eerst lezen ({number} van {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1521"/>
        <source>The server could not list &apos;{name}&apos;.</source>
        <translation>De server kon de inhoud van ‘{name}’ niet weergeven.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1530"/>
        <source>Saving {count} items of &apos;{name}&apos; ({number} of {total})</source>
        <translation>{count} items van ‘{name}’ opslaan ({number} van {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1568"/>
        <source>The server&apos;s listing of &apos;{name}&apos; does not advance.</source>
        <translation>De lijst van ‘{name}’ op de server komt niet verder.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1576"/>
        <source>Syncing &apos;{name}&apos; ({number} of {total}): {count} items so far</source>
        <translation>‘{name}’ synchroniseren ({number} van {total}): tot nu toe {count} items</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1584"/>
        <source>The server&apos;s listing of &apos;{name}&apos; does not end.</source>
        <translation>De lijst van ‘{name}’ op de server houdt niet op.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1600"/>
        <source>An item in &apos;{name}&apos; came without an id.</source>
        <translation>Een item in ‘{name}’ kwam zonder id.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1610"/>
        <source>Skipped an item in &apos;{name}&apos;: {problem}</source>
        <translation>Een item in ‘{name}’ overgeslagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1663"/>
        <source>The server says {count} of {total} meetings in &apos;{name}&apos; were deleted. Confirm in Meetdesk to delete them here too.</source>
        <translation>Volgens de server zijn {count} van de {total} vergaderingen in ‘{name}’ verwijderd. Bevestig in Meetdesk om ze ook hier te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/engine.py" line="1671"/>
        <source>The server says {count} of {total} contacts in &apos;{name}&apos; were deleted. Confirm in Meetdesk to delete them here too.</source>
        <translation>Volgens de server zijn {count} van de {total} contacten in ‘{name}’ verwijderd. Bevestig in Meetdesk om ze ook hier te verwijderen.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="43"/>
        <source>Calendar &amp;read</source>
        <translation>Agenda &amp;lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="49"/>
        <source>Calendar &amp;write</source>
        <translation>Agenda &amp;schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="55"/>
        <source>C&amp;ontacts read</source>
        <translation>C&amp;ontacten lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="61"/>
        <source>Co&amp;ntacts write</source>
        <translation>Co&amp;ntacten schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="80"/>
        <source>Not allowed by your administrator</source>
        <translation>Niet toegestaan door uw beheerder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="88"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="269"/>
        <source>Your administrator requires {name}.</source>
        <translation>Uw beheerder vereist {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="275"/>
        <source>Already connected.</source>
        <translation>Al gekoppeld.</translation>
    </message>
</context>
<context>
    <name>PermissionsEditor</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="43"/>
        <source>Calendar &amp;read</source>
        <translation>Agenda &amp;lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="44"/>
        <source>See your events and meetings</source>
        <translation>Uw afspraken en vergaderingen zien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="49"/>
        <source>Calendar &amp;write</source>
        <translation>Agenda &amp;schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="50"/>
        <source>Create, edit and delete meetings</source>
        <translation>Vergaderingen maken, bewerken en verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="55"/>
        <source>C&amp;ontacts read</source>
        <translation>C&amp;ontacten lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="56"/>
        <source>See your contacts and their folders</source>
        <translation>Uw contacten en hun mappen zien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="61"/>
        <source>Co&amp;ntacts write</source>
        <translation>Co&amp;ntacten schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="62"/>
        <source>Create contacts and add numbers to them</source>
        <translation>Contacten maken en er nummers aan toevoegen</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="381"/>
        <source>Choose permissions</source>
        <translation>Machtigingen kiezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="382"/>
        <source>Choose what Meetdesk may use. You can change this later.</source>
        <translation>Kies wat Meetdesk mag gebruiken. U kunt dit later wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="387"/>
        <source>Choose at least one permission.</source>
        <translation>Kies minstens één machtiging.</translation>
    </message>
</context>
<context>
    <name>PolicyModel</name>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="397"/>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="397"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="397"/>
        <source>Set by</source>
        <translation>Ingesteld door</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="115"/>
        <source>Matching contacts</source>
        <translation>Overeenkomende contacten</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="97"/>
        <location filename="../../desktop/ui/reminders/window.py" line="98"/>
        <source>Meeting reminder</source>
        <translation>Vergaderherinnering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="119"/>
        <source>{n} more meetings are starting too.</source>
        <translation>Er beginnen ook nog {n} andere vergaderingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="42"/>
        <source>Starts in {n} minutes, at {time}</source>
        <translation>Begint over {n} minuten, om {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="44"/>
        <source>Starts in 1 minute, at {time}</source>
        <translation>Begint over 1 minuut, om {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="46"/>
        <source>Starts now ({time})</source>
        <translation>Begint nu ({time})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="47"/>
        <source>Started {n} min ago ({time})</source>
        <translation>Begonnen {n} min geleden ({time})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="67"/>
        <source>Host: {name}</source>
        <translation>Host: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="72"/>
        <source>&amp;Join {service}</source>
        <translation>&amp;Deelnemen via {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="78"/>
        <source>No meeting link</source>
        <translation>Geen vergaderlink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="79"/>
        <source>&amp;Snooze 5 min</source>
        <translation>&amp;Sluimeren 5 min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders/window.py" line="81"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Negeren</translation>
    </message>
</context>
<context>
    <name>SafeDescriptionView</name>
    <message>
        <location filename="../../desktop/ui/safe_browser.py" line="288"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safe_browser.py" line="290"/>
        <source>Link target</source>
        <translation>Doel van de link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safe_browser.py" line="305"/>
        <source>Link goes to: {url}</source>
        <translation>Link gaat naar: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safe_browser.py" line="311"/>
        <source>This link was not opened because it is not a safe web address: {url}</source>
        <translation>Deze link is niet geopend omdat het geen veilig webadres is: {url}</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <location filename="../../desktop/ui/safe_browser.py" line="246"/>
        <source>⚠ this link goes to {host}</source>
        <translation>⚠ deze link gaat naar {host}</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="176"/>
        <source>Edit meeting</source>
        <translation>Vergadering bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="176"/>
        <source>Schedule a meeting</source>
        <translation>Een vergadering plannen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="196"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="245"/>
        <source>What is the meeting about?</source>
        <translation>Waar gaat de vergadering over?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="246"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="247"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="254"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="255"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum en tijd:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="262"/>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="263"/>
        <source>Duration hours</source>
        <translation>Duur in uren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="267"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="268"/>
        <source>Duration minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="272"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="278"/>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="288"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="292"/>
        <source>Meeting options</source>
        <translation>Vergaderopties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="297"/>
        <source>Optional, up to 10 characters</source>
        <translation>Optioneel, maximaal 10 tekens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="298"/>
        <source>Passcode</source>
        <translation>Toegangscode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="299"/>
        <source>&amp;Passcode:</source>
        <translation>Toegangs&amp;code:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="300"/>
        <source>&amp;Waiting room</source>
        <translation>&amp;Wachtruimte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="301"/>
        <source>&amp;Host video on</source>
        <translation>&amp;Video van host aan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="302"/>
        <source>Participant &amp;video on</source>
        <translation>Video van deel&amp;nemers aan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="304"/>
        <source>Allow participants to join &amp;before the host</source>
        <translation>Deelnemers laten deelnemen vóór de &amp;host</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="306"/>
        <source>&amp;Mute participants on entry</source>
        <translation>Deelnemers dempen bij &amp;binnenkomst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="317"/>
        <source>name@example.com, …</source>
        <translation>naam@example.com, …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="319"/>
        <source>Alternative hosts, e-mail addresses separated by commas</source>
        <translation>Alternatieve hosts, e-mailadressen gescheiden door komma’s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="323"/>
        <source>Alternative h&amp;osts:</source>
        <translation>&amp;Alternatieve hosts:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="332"/>
        <source>Type a name or e-mail address, then a comma</source>
        <translation>Typ een naam of e-mailadres en dan een komma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="335"/>
        <source>Attendees, e-mail addresses separated by commas</source>
        <translation>Deelnemers, e-mailadressen gescheiden door komma’s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="338"/>
        <source>&amp;Attendees:</source>
        <translation>Deelne&amp;mers:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="341"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="344"/>
        <source>Added to the invitation under the join details</source>
        <translation>Toegevoegd aan de uitnodiging onder de deelnamegegevens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="348"/>
        <source>Descr&amp;iption:</source>
        <translation>Beschr&amp;ijving:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="351"/>
        <source>Calendar to add the meeting to</source>
        <translation>Agenda waaraan de vergadering wordt toegevoegd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="358"/>
        <source>&amp;Calendar:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="360"/>
        <source>Teams meetin&amp;g (Microsoft 365 makes the link)</source>
        <translation>Teams-vergade&amp;ring (Microsoft 365 maakt de link)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="366"/>
        <source>Meeting link</source>
        <translation>Vergaderlink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="371"/>
        <source>Meeting link:</source>
        <translation>Vergaderlink:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="383"/>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="600"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="386"/>
        <source>Save the meeting</source>
        <translation>De vergadering opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="388"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="400"/>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="402"/>
        <source>Does not repeat</source>
        <translation>Wordt niet herhaald</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="403"/>
        <source>Every day</source>
        <translation>Elke dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="404"/>
        <source>Every weekday (Monday to Friday)</source>
        <translation>Elke werkdag (maandag tot en met vrijdag)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="405"/>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="406"/>
        <source>Every 2 weeks</source>
        <translation>Om de 2 weken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="407"/>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="408"/>
        <source>Custom rule (RRULE)…</source>
        <translation>Aangepaste regel (RRULE)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="415"/>
        <source>Custom repeat rule</source>
        <translation>Aangepaste herhalingsregel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="422"/>
        <source>E&amp;nds:</source>
        <translation>&amp;Eindigt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="424"/>
        <source>Series ends</source>
        <translation>Einde van de reeks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="425"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="426"/>
        <source>On date</source>
        <translation>Op datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="427"/>
        <source>After a number of meetings</source>
        <translation>Na een aantal vergaderingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="432"/>
        <source>Last date of the series</source>
        <translation>Laatste datum van de reeks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="436"/>
        <source> times</source>
        <translation> keer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="437"/>
        <source>Number of meetings in the series</source>
        <translation>Aantal vergaderingen in de reeks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="445"/>
        <source>&amp;Repeats:</source>
        <translation>Herha&amp;ling:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="459"/>
        <source>A meeting stays in its calendar; delete it and schedule a new one to move it.</source>
        <translation>Een vergadering blijft in haar agenda; verwijder haar en plan een nieuwe om haar te verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="469"/>
        <source>{calendar} ({account})</source>
        <translation>{calendar} ({account})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="473"/>
        <source>Other calendars (save an .ics file)</source>
        <translation>Andere agenda’s (een .ics-bestand opslaan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="598"/>
        <source>&amp;Save .ics file…</source>
        <translation>ic&amp;s-bestand opslaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="611"/>
        <source>Microsoft 365 creates a Teams meeting and its link.</source>
        <translation>Microsoft 365 maakt een Teams-vergadering en de link.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="613"/>
        <source>The meeting keeps its link: {url}</source>
        <translation>De vergadering behoudt haar link: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="618"/>
        <source>A Zoom meeting is made for it when you save.</source>
        <translation>Bij het opslaan wordt er een Zoom-vergadering voor gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="622"/>
        <source>Your personal meeting link is used: {url}</source>
        <translation>Uw persoonlijke vergaderlink wordt gebruikt: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="623"/>
        <source>Set your personal meeting link in Settings first.</source>
        <translation>Stel eerst uw persoonlijke vergaderlink in bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="624"/>
        <source>A Jitsi room link is created for this meeting.</source>
        <translation>Er wordt een Jitsi-ruimtelink voor deze vergadering gemaakt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="636"/>
        <source>Enter a repeat rule, such as FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>Voer een herhalingsregel in, zoals FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="648"/>
        <source>The series must end on or after its first meeting.</source>
        <translation>De reeks moet eindigen op of na de eerste vergadering.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="699"/>
        <source>The meeting was not saved. Check the messages above.</source>
        <translation>De vergadering is niet opgeslagen. Controleer de meldingen hierboven.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="730"/>
        <source>Making the Zoom meeting…</source>
        <translation>Zoom-vergadering maken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="747"/>
        <source>Zoom could not make the meeting. The log has the details.</source>
        <translation>Zoom kon de vergadering niet maken. Het logboek bevat de details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="790"/>
        <source>Save calendar file</source>
        <translation>Agendabestand opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="793"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/schedule_dialog.py" line="813"/>
        <source>The file could not be saved: {reason}</source>
        <translation>Het bestand kon niet worden opgeslagen: {reason}</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="292"/>
        <source>Choose a service</source>
        <translation>Een service kiezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="293"/>
        <source>Where are the calendar and contacts you want to see here?</source>
        <translation>Waar staan de agenda en contacten die u hier wilt zien?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="323"/>
        <source>No service can be connected right now.</source>
        <translation>Er kan nu geen service worden gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="335"/>
        <source>Your administrator requires {name} for calendar and contacts.</source>
        <translation>Uw beheerder vereist {name} voor agenda en contacten.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../desktop/services/integration.py" line="32"/>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="33"/>
        <source>A calendar and address book stored on this computer only.</source>
        <translation>Een agenda en adresboek die alleen op deze computer worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="38"/>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="39"/>
        <source>Outlook calendar and contacts through Microsoft Graph.</source>
        <translation>Outlook-agenda en -contacten via Microsoft Graph.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="44"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="45"/>
        <source>Google Calendar and Google Contacts.</source>
        <translation>Google Agenda en Google Contacten.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="47"/>
        <source>Google is not available in this build yet.</source>
        <translation>Google is nog niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="51"/>
        <source>Exchange (on-premises)</source>
        <translation>Exchange (on-premises)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="52"/>
        <source>An Exchange server in your organisation, through EWS.</source>
        <translation>Een Exchange-server in uw organisatie, via EWS.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="54"/>
        <source>Exchange is not available in this build yet.</source>
        <translation>Exchange is nog niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="58"/>
        <source>CalDAV / CardDAV</source>
        <translation>CalDAV / CardDAV</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="59"/>
        <source>Nextcloud, Fastmail, iCloud, Radicale and other standard servers.</source>
        <translation>Nextcloud, Fastmail, iCloud, Radicale en andere standaardservers.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="525"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="560"/>
        <location filename="../../desktop/ui/settings/page.py" line="288"/>
        <source>Calendar and contacts integration</source>
        <translation>Agenda- en contactenintegratie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="566"/>
        <source>Meetdesk shows the meetings and contacts of the services you connect, and keeps them in sync.</source>
        <translation>Meetdesk toont de vergaderingen en contacten van de services die u koppelt, en houdt ze gesynchroniseerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="575"/>
        <source>Connected accounts</source>
        <translation>Gekoppelde accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="592"/>
        <source>No calendar or contacts service connected</source>
        <translation>Geen agenda- of contactenservice gekoppeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="598"/>
        <source>Connect a service to see its meetings and contacts here. Until then Meetdesk has nothing to show.</source>
        <translation>Koppel een service om de vergaderingen en contacten ervan hier te zien. Tot dan heeft Meetdesk niets te tonen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="609"/>
        <source>Co&amp;nnect…</source>
        <translation>&amp;Koppelen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="611"/>
        <source>Connect a service</source>
        <translation>Een service koppelen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="613"/>
        <source>Confi&amp;gure…</source>
        <translation>&amp;Configureren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="615"/>
        <source>Configure the selected account</source>
        <translation>Het geselecteerde account configureren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="617"/>
        <source>&amp;Remove…</source>
        <translation>V&amp;erwijderen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="619"/>
        <source>Remove the selected account</source>
        <translation>Het geselecteerde account verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="621"/>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="623"/>
        <source>Sync the selected account now</source>
        <translation>Het geselecteerde account nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="627"/>
        <source>Sign &amp;in again…</source>
        <translation>Opnieuw &amp;aanmelden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="630"/>
        <source>Sign in again to the selected account</source>
        <translation>Opnieuw aanmelden bij het geselecteerde account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="634"/>
        <source>Cancel sign-in</source>
        <translation>Aanmelden annuleren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="651"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="662"/>
        <source>Preferred ser&amp;vice</source>
        <translation>&amp;Voorkeursservice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="667"/>
        <source>T&amp;wo-way sync</source>
        <translation>T&amp;weewegsynchronisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="672"/>
        <source>Set-up &amp;prompt</source>
        <translation>&amp;Instelvraag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="674"/>
        <source>&amp;Delegates may see my private events</source>
        <translation>&amp;Gemachtigden mogen mijn privéafspraken zien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="676"/>
        <source>Start Meetdesk when I sign in</source>
        <translation>Meetdesk starten als ik me aanmeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="680"/>
        <source>It starts in the tray, so reminders work from the start.</source>
        <translation>Het start in het systeemvak, zodat herinneringen meteen werken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="709"/>
        <source>Language of Meetdesk</source>
        <translation>Taal van Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="710"/>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="713"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="715"/>
        <source>Applies the next time Meetdesk starts.</source>
        <translation>Geldt vanaf de volgende start van Meetdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="788"/>
        <source>Recommended by your administrator; you may change it.</source>
        <translation>Aanbevolen door uw beheerder; u mag dit wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="821"/>
        <source>Your administrator requires {name}: {reason}</source>
        <translation>Uw beheerder vereist {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="824"/>
        <source>Every service available in this version is already connected.</source>
        <translation>Alle services die in deze versie beschikbaar zijn, zijn al gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="867"/>
        <source>Waiting for you to sign in in your web browser…</source>
        <translation>Wachten tot u zich aanmeldt in uw webbrowser…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="883"/>
        <source>Signing in failed. The log has the details.</source>
        <translation>Aanmelden is mislukt. Het logboek bevat de details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="915"/>
        <source>Sync failed. The log has the details.</source>
        <translation>Synchronisatie mislukt. Het logboek bevat de details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="961"/>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="963"/>
        <source>Remove {name}? Its meetings and contacts on this computer are deleted.</source>
        <translation>{name} verwijderen? De vergaderingen en contacten ervan op deze computer worden gewist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="969"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="970"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="993"/>
        <source>Meeting links</source>
        <translation>Vergaderlinks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="996"/>
        <source>Where meetings you schedule get their join link.</source>
        <translation>Waar vergaderingen die u plant hun deelnamelink vandaan halen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="997"/>
        <source>Create a &amp;Jitsi room for each meeting</source>
        <translation>Voor elke vergadering een &amp;Jitsi-ruimte maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="998"/>
        <source>Create a Jitsi room for each meeting</source>
        <translation>Voor elke vergadering een Jitsi-ruimte maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="999"/>
        <source>Use my personal meeting r&amp;oom</source>
        <translation>Mijn pers&amp;oonlijke vergaderruimte gebruiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1000"/>
        <source>Use my personal meeting room</source>
        <translation>Mijn persoonlijke vergaderruimte gebruiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1011"/>
        <source>Personal meeting room link</source>
        <translation>Link van de persoonlijke vergaderruimte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1013"/>
        <source>Room &amp;link</source>
        <translation>&amp;Link van de ruimte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1018"/>
        <source>Make a &amp;Zoom meeting for each meeting</source>
        <translation>Voor elke vergadering een &amp;Zoom-vergadering maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1019"/>
        <source>Make a Zoom meeting for each meeting</source>
        <translation>Voor elke vergadering een Zoom-vergadering maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1026"/>
        <location filename="../../desktop/ui/settings/page.py" line="1027"/>
        <source>Zoom app (client) ID</source>
        <translation>Zoom-app-ID (client)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1029"/>
        <source>Sign in to Zoom…</source>
        <translation>Aanmelden bij Zoom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1034"/>
        <source>Zoom options…</source>
        <translation>Zoom-opties…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1048"/>
        <source>Invitation te&amp;xt</source>
        <translation>Uitnodigings&amp;tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1052"/>
        <source>Invitation text</source>
        <translation>Uitnodigingstekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1063"/>
        <source>Fields in braces are filled in: {fields}.</source>
        <translation>Velden tussen accolades worden ingevuld: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1093"/>
        <source>R&amp;eset to default</source>
        <translation>Standaard he&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1094"/>
        <source>Reset invitation text to default</source>
        <translation>Standaarduitnodigingstekst herstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1098"/>
        <source>Save meeting lin&amp;k settings</source>
        <translation>Instellingen voor vergaderlinks o&amp;pslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1100"/>
        <source>Save meeting link settings</source>
        <translation>Instellingen voor vergaderlinks opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1104"/>
        <location filename="../../desktop/ui/settings/page.py" line="1228"/>
        <location filename="../../desktop/ui/settings/page.py" line="1302"/>
        <location filename="../../desktop/ui/settings/page.py" line="1355"/>
        <location filename="../../desktop/ui/settings/page.py" line="1430"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1127"/>
        <source>Signed in to Zoom.</source>
        <translation>Aangemeld bij Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1129"/>
        <source>Not signed in to Zoom: sign in to make Zoom meetings.</source>
        <translation>Niet aangemeld bij Zoom: meld u aan om Zoom-vergaderingen te maken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1149"/>
        <source>Waiting for you to sign in to Zoom in your browser…</source>
        <translation>Wachten tot u zich bij Zoom aanmeldt in uw browser…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1156"/>
        <source>Signed in to Zoom as {email}.</source>
        <translation>Aangemeld bij Zoom als {email}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1166"/>
        <source>Signing in to Zoom failed. The log has the details.</source>
        <translation>Aanmelden bij Zoom is mislukt. Het logboek bevat de details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1188"/>
        <source>Sign in to Zoom first.</source>
        <translation>Meld u eerst aan bij Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1191"/>
        <source>Enter the link of your personal meeting room.</source>
        <translation>Voer de link van uw persoonlijke vergaderruimte in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1198"/>
        <source>This is not a safe web link. Use a link that starts with https:// and has no spaces, for example https://meet.example.com/your-room.</source>
        <translation>Dit is geen veilige weblink. Gebruik een link die begint met https:// en geen spaties bevat, bijvoorbeeld https://meet.example.com/uw-ruimte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1205"/>
        <source>The invitation text cannot be empty.</source>
        <translation>De uitnodigingstekst mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1210"/>
        <source>The invitation text is too long (at most {count} characters).</source>
        <translation>De uitnodigingstekst is te lang (maximaal {count} tekens).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1234"/>
        <source>Joining and reminders</source>
        <translation>Deelnemen en herinneringen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1241"/>
        <source>no reminders</source>
        <translation>geen herinneringen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1242"/>
        <source> min before</source>
        <translation> min van tevoren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1243"/>
        <source>Minutes before a meeting to remind me</source>
        <translation>Minuten vóór een vergadering voor de herinnering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1244"/>
        <source>Re&amp;mind me</source>
        <translation>&amp;Herinner mij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1251"/>
        <source>Join in the service&apos;s app (Zoom, Teams) w&amp;hen it has one</source>
        <translation>&amp;Deelnemen in de app van de service (Zoom, Teams) als die er is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1260"/>
        <source>e.g. Online meeting</source>
        <translation>bijv. Onlinevergadering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1261"/>
        <source>Category that asks for a meeting link</source>
        <translation>Categorie die om een vergaderlink vraagt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1263"/>
        <source>Add a meeting link to events with location “Meetdesk” or the &amp;category</source>
        <translation>Een vergaderlink toevoegen aan a&amp;fspraken met locatie ‘Meetdesk’ of de categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1275"/>
        <source>Your own meeting link pattern&amp;s</source>
        <translation>&amp;Uw eigen patronen voor vergaderlinks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1280"/>
        <source>One per line: a name, a vertical bar, then a regular expression that matches the links, e.g.  Acme Meet | meet\.acme\.example/</source>
        <translation>Eén per regel: een naam, een verticale streep en dan een reguliere expressie die op de links past, bijv.  Acme Meet | meet\.acme\.example/</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1288"/>
        <source>Your own meeting link patterns</source>
        <translation>Uw eigen patronen voor vergaderlinks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1305"/>
        <source>Save pa&amp;tterns</source>
        <translation>Patronen op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1343"/>
        <source>Line {n}: write a name, a vertical bar |, then the pattern.</source>
        <translation>Regel {n}: schrijf een naam, een verticale streep | en dan het patroon.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1361"/>
        <source>About you</source>
        <translation>Over u</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1367"/>
        <source>Shown as the host of the meetings you schedule, and used to tell your meetings from other people&apos;s.</source>
        <translation>Getoond als host van de vergaderingen die u plant, en gebruikt om uw vergaderingen van die van anderen te onderscheiden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1376"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1380"/>
        <source>Your e-mail address</source>
        <translation>Uw e-mailadres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1383"/>
        <source>Yo&amp;ur name</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1384"/>
        <source>E-m&amp;ail address</source>
        <translation>E-&amp;mailadres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1398"/>
        <source>Save a&amp;bout you</source>
        <translation>Gegevens opsla&amp;an</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1400"/>
        <source>Save your name and e-mail address</source>
        <translation>Uw naam en e-mailadres opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1417"/>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>‘{email}’ is geen e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1436"/>
        <source>Managed by your organisation</source>
        <translation>Beheerd door uw organisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1442"/>
        <location filename="../../desktop/ui/settings/page.py" line="1447"/>
        <source>Problems in the policy file</source>
        <translation>Problemen in het beleidsbestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1452"/>
        <source>Settings managed by your organisation</source>
        <translation>Instellingen beheerd door uw organisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1466"/>
        <source>Your administrator&apos;s policy is read from {path}.</source>
        <translation>Het beleid van uw beheerder wordt gelezen uit {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1471"/>
        <source>No policy is set on this computer ({path}); these settings are yours or the defaults.</source>
        <translation>Er is geen beleid ingesteld op deze computer ({path}); deze instellingen zijn van u of de standaardwaarden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1475"/>
        <source>These settings are yours or the defaults.</source>
        <translation>Deze instellingen zijn van u of de standaardwaarden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="101"/>
        <source>Up to date</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="102"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="103"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="104"/>
        <source>Needs sign-in</source>
        <translation>Aanmelden vereist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="105"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="114"/>
        <source>read and write</source>
        <translation>lezen en schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="116"/>
        <source>read only</source>
        <translation>alleen lezen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="118"/>
        <source>write only</source>
        <translation>alleen schrijven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="119"/>
        <source>not used</source>
        <translation>niet gebruikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="125"/>
        <source>Calendar: {access}</source>
        <translation>Agenda: {access}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="128"/>
        <source>Contacts: {access}</source>
        <translation>Contacten: {access}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="172"/>
        <source>State: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="180"/>
        <source>Your administrator no longer allows: {names}. Use Configure to update.</source>
        <translation>Uw beheerder staat dit niet meer toe: {names}. Gebruik Configureren om bij te werken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="289"/>
        <source>Preferred service</source>
        <translation>Voorkeursservice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="290"/>
        <source>Allowed permissions</source>
        <translation>Toegestane machtigingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="291"/>
        <source>Allowed e-mail domains</source>
        <translation>Toegestane e-maildomeinen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="292"/>
        <source>Two-way sync</source>
        <translation>Tweewegsynchronisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="293"/>
        <source>Set-up prompt at sign-in</source>
        <translation>Instelvraag bij aanmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="294"/>
        <source>Delegates see private events</source>
        <translation>Gemachtigden zien privéafspraken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="295"/>
        <source>Start at sign-in</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="296"/>
        <source>Microsoft app (client) ID</source>
        <translation>Microsoft-app-ID (client)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="297"/>
        <source>Microsoft sign-in address</source>
        <translation>Microsoft-aanmeldadres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="298"/>
        <source>Microsoft Graph address</source>
        <translation>Microsoft Graph-adres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="299"/>
        <source>Who connects Microsoft 365</source>
        <translation>Wie Microsoft 365 koppelt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="300"/>
        <source>Microsoft app certificate (admin mode)</source>
        <translation>Microsoft-appcertificaat (beheerdersmodus)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="301"/>
        <source>Minimum versions of features</source>
        <translation>Minimumversies van functies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="305"/>
        <source>Version 1: only meetings scheduled here, 30 days ahead</source>
        <translation>Versie 1: alleen hier geplande vergaderingen, 30 dagen vooruit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="306"/>
        <source>Version 2: all events, 6 months back to 18 months ahead</source>
        <translation>Versie 2: alle afspraken, van 6 maanden terug tot 18 maanden vooruit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="310"/>
        <source>At the first sign-in only</source>
        <translation>Alleen bij de eerste aanmelding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="311"/>
        <source>At every sign-in until set up</source>
        <translation>Bij elke aanmelding tot het is ingesteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="312"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="315"/>
        <source>Set-up prompt</source>
        <translation>Instelvraag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="326"/>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="326"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="327"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="327"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="336"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="338"/>
        <source>Any domain</source>
        <translation>Elk domein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="340"/>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="343"/>
        <source>Your administrator (application permissions)</source>
        <translation>Uw beheerder (toepassingsmachtigingen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="345"/>
        <source>Each person, by signing in</source>
        <translation>Iedere gebruiker, door zich aan te melden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="349"/>
        <source>Built-in minimums</source>
        <translation>Ingebouwde minima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="351"/>
        <source>{feature} from {version}</source>
        <translation>{feature} vanaf {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="361"/>
        <source>Locked: {reason}</source>
        <translation>Vergrendeld: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="363"/>
        <source>Recommended by your administrator</source>
        <translation>Aanbevolen door uw beheerder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="365"/>
        <source>Set by you</source>
        <translation>Door u ingesteld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="366"/>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="405"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="416"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="418"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="421"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="422"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="423"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="424"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="426"/>
        <source>The password is kept in your system&apos;s keyring, never in Meetdesk&apos;s files.</source>
        <translation>Het wachtwoord wordt bewaard in de sleutelbos van uw systeem, nooit in de bestanden van Meetdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="437"/>
        <source>Microsoft app (client) ID</source>
        <translation>Microsoft-app-ID (client)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="440"/>
        <source>Microsoft cloud</source>
        <translation>Microsoft-cloud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="442"/>
        <source>Worldwide</source>
        <translation>Wereldwijd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="443"/>
        <source>US Government (GCC High)</source>
        <translation>Amerikaanse overheid (GCC High)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="444"/>
        <source>US Government (DoD)</source>
        <translation>Amerikaanse overheid (DoD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="445"/>
        <source>China (21Vianet)</source>
        <translation>China (21Vianet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="446"/>
        <source>Other addresses…</source>
        <translation>Andere adressen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="450"/>
        <source>Sign-in address</source>
        <translation>Aanmeldadres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="452"/>
        <source>Graph address</source>
        <translation>Graph-adres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="453"/>
        <source>App (&amp;client) ID:</source>
        <translation>App-ID (&amp;client):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="454"/>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="455"/>
        <source>Sign-in a&amp;ddress:</source>
        <translation>Aan&amp;meldadres:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="456"/>
        <source>&amp;Graph address:</source>
        <translation>G&amp;raph-adres:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="460"/>
        <source>Your sign-in is kept in your system&apos;s keyring, never in Meetdesk&apos;s files.</source>
        <translation>Uw aanmelding wordt bewaard in de sleutelbos van uw systeem, nooit in de bestanden van Meetdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="503"/>
        <source>Nothing to sign in to.</source>
        <translation>Aanmelden is niet nodig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="506"/>
        <source>The calendar and address book on this computer need no sign-in: your meetings and contacts stay on this computer. Click Finish to connect them.</source>
        <translation>De agenda en het adresboek op deze computer hebben geen aanmelding nodig: uw vergaderingen en contacten blijven op deze computer. Klik op Voltooien om ze te koppelen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="515"/>
        <source>Enter your server&apos;s address and your user name and password. Meetdesk finds your calendars and address books and then keeps them in sync.</source>
        <translation>Voer het adres van uw server en uw gebruikersnaam en wachtwoord in. Meetdesk vindt uw agenda’s en adresboeken en houdt ze daarna gesynchroniseerd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="526"/>
        <source>Your administrator connects Microsoft 365 for you: nobody signs in. Click Finish to show the meetings and contacts of {email}.</source>
        <translation>Uw beheerder koppelt Microsoft 365 voor u: niemand hoeft zich aan te melden. Klik op Voltooien om de vergaderingen en contacten van {email} te tonen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="531"/>
        <source>Your administrator connects Microsoft 365 for you. Enter your e-mail address in Settings › About you first, then connect.</source>
        <translation>Uw beheerder koppelt Microsoft 365 voor u. Voer eerst uw e-mailadres in bij Instellingen › Over u en koppel daarna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="539"/>
        <source>Click Finish to sign in to Microsoft 365 in your web browser. Meetdesk waits for you there, then shows your Outlook meetings and contacts.</source>
        <translation>Klik op Voltooien om u aan te melden bij Microsoft 365 in uw webbrowser. Meetdesk wacht daar op u en toont daarna uw Outlook-vergaderingen en -contacten.</translation>
    </message>
</context>
<context>
    <name>SyncDecisionsBox</name>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="21"/>
        <source>Needs your decision</source>
        <translation>Uw beslissing is nodig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="23"/>
        <source>Sync decisions</source>
        <translation>Synchronisatiebeslissingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="59"/>
        <source>“{mine}” was changed here and on the server (there: “{theirs}”).</source>
        <translation>‘{mine}’ is hier en op de server gewijzigd (daar: ‘{theirs}’).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="67"/>
        <source>Keep mine</source>
        <translation>Mijn versie behouden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="72"/>
        <source>Keep the server&apos;s</source>
        <translation>Die van de server behouden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/decisions.py" line="88"/>
        <source>Delete them here too</source>
        <translation>Ze hier ook verwijderen</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/ui/tray.py" line="29"/>
        <source>No more meetings this week</source>
        <translation>Geen vergaderingen meer deze week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="34"/>
        <source>Next: {title} at {time}</source>
        <translation>Volgende: {title} om {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="36"/>
        <source>Next: {title}, {day} {time}</source>
        <translation>Volgende: {title}, {day} {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="53"/>
        <source>Join</source>
        <translation>Deelnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="55"/>
        <source>Open Meetdesk</source>
        <translation>Meetdesk openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="57"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="59"/>
        <source>Quit Meetdesk</source>
        <translation>Meetdesk afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="92"/>
        <source>Join {service}</source>
        <translation>Deelnemen via {service}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="122"/>
        <source>Meetdesk keeps running here so that your meeting reminders still appear. Quit it from this icon&apos;s menu.</source>
        <translation>Meetdesk blijft hier actief zodat uw vergaderherinneringen blijven verschijnen. Sluit het af via het menu van dit pictogram.</translation>
    </message>
</context>
<context>
    <name>ZoomOptionsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="27"/>
        <source>Zoom meeting options</source>
        <translation>Opties voor Zoom-vergaderingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="34"/>
        <source>Do not record</source>
        <translation>Niet opnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="35"/>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="36"/>
        <source>In the Zoom cloud</source>
        <translation>In de Zoom-cloud</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="44"/>
        <source>Computer audio and telephone</source>
        <translation>Computeraudio en telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="45"/>
        <source>Computer audio only</source>
        <translation>Alleen computeraudio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="46"/>
        <source>Telephone only</source>
        <translation>Alleen telefoon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="52"/>
        <source>No registration</source>
        <translation>Geen registratie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="53"/>
        <source>Registration, approved automatically</source>
        <translation>Registratie, automatisch goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="54"/>
        <source>Registration, approved by me</source>
        <translation>Registratie, door mij goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="60"/>
        <source>&amp;Record automatically:</source>
        <translation>Automatisch &amp;opnemen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="61"/>
        <source>&amp;Audio:</source>
        <translation>&amp;Audio:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="62"/>
        <source>Re&amp;gistration:</source>
        <translation>Re&amp;gistratie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="65"/>
        <source>Add a &amp;watermark to shared screens</source>
        <translation>Een &amp;watermerk aan gedeelde schermen toevoegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="66"/>
        <source>Use my &amp;personal meeting ID</source>
        <translation>Mijn &amp;persoonlijke vergadering-ID gebruiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="67"/>
        <source>&amp;Close registration after the meeting date</source>
        <translation>Registratie &amp;sluiten na de vergaderdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="70"/>
        <source>Send registrants a confirmation &amp;e-mail</source>
        <translation>Geregistreerden een bevestigings-&amp;e-mail sturen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="73"/>
        <source>Only signed-in &amp;users may join</source>
        <translation>Alleen aangemelde gebruikers &amp;mogen deelnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/zoom_options.py" line="82"/>
        <source>…from these &amp;domains:</source>
        <translation>…uit deze &amp;domeinen:</translation>
    </message>
</context>
</TS>
