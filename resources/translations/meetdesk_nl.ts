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
        <location filename="../../desktop/ui/settings/connect_dialog.py" line="660"/>
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
        <location filename="../../desktop/ui/main_window.py" line="56"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Vergaderingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="57"/>
        <location filename="../../desktop/ui/main_window.py" line="96"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="70"/>
        <source>&amp;Open calendar file…</source>
        <translation>Agendabestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>Mee&amp;ting</source>
        <translation>Ver&amp;gadering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81"/>
        <source>&amp;Schedule…</source>
        <translation>&amp;Plannen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <source>&amp;Join selected meeting</source>
        <translation>&amp;Deelnemen aan geselecteerde vergadering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90"/>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="97"/>
        <source>&amp;Search contacts</source>
        <translation>Contacten &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103"/>
        <source>&amp;About Meetdesk</source>
        <translation>&amp;Over Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>Sync with your calendar services now (F5)</source>
        <translation>Nu synchroniseren met uw agendaservices (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="122"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>Nothing to sync: connect a server in Settings.</source>
        <translation>Niets te synchroniseren: koppel een server in Instellingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135"/>
        <source>Sync finished with problems. {details}</source>
        <translation>Synchronisatie voltooid met problemen. {details}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>Everything is up to date.</source>
        <translation>Alles is bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>Sync failed. The log has the details.</source>
        <translation>Synchronisatie mislukt. Het logboek bevat de details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>About Meetdesk</source>
        <translation>Over Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Your meetings and contacts, in sync with your calendar services.</source>
        <translation>Uw vergaderingen en contacten, gesynchroniseerd met uw agendaservices.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Open calendar file</source>
        <translation>Agendabestand openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>The file is larger than 5 MB.</source>
        <translation>Het bestand is groter dan 5 MB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>Cannot open calendar file</source>
        <translation>Kan agendabestand niet openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
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
        <location filename="../../desktop/ui/meetings/page.py" line="202"/>
        <location filename="../../desktop/ui/meetings/page.py" line="264"/>
        <source>Upcoming meetings</source>
        <translation>Komende vergaderingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="210"/>
        <location filename="../../desktop/ui/meetings/page.py" line="650"/>
        <source>&amp;Details…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="211"/>
        <source>Show details of the selected meeting</source>
        <translation>Details van de geselecteerde vergadering tonen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="214"/>
        <source>&amp;Refresh</source>
        <translation>Ve&amp;rnieuwen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="215"/>
        <source>Refresh the meetings list</source>
        <translation>De lijst met vergaderingen vernieuwen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="217"/>
        <source>Refresh (F5)</source>
        <translation>Vernieuwen (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="219"/>
        <source>Sch&amp;edule…</source>
        <translation>&amp;Plannen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="220"/>
        <location filename="../../desktop/ui/meetings/page.py" line="278"/>
        <source>Schedule a meeting</source>
        <translation>Een vergadering plannen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="221"/>
        <source>Schedule a meeting (Ctrl+N)</source>
        <translation>Een vergadering plannen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="229"/>
        <source>Meetings hosted &amp;by:</source>
        <translation>Vergaderingen gehost &amp;door:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="231"/>
        <source>Meetings hosted by</source>
        <translation>Vergaderingen gehost door</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="239"/>
        <source>Se&amp;arch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="241"/>
        <source>Topic or host</source>
        <translation>Onderwerp of host</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="242"/>
        <source>Search meetings by topic or host</source>
        <translation>Vergaderingen zoeken op onderwerp of host</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="257"/>
        <source>Loading meetings…</source>
        <translation>Vergaderingen laden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="271"/>
        <location filename="../../desktop/ui/meetings/page.py" line="276"/>
        <source>No upcoming meetings</source>
        <translation>Geen komende vergaderingen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="272"/>
        <source>Meetings in the next {days} days from your calendars appear here.</source>
        <translation>Vergaderingen uit uw agenda’s in de komende {days} dagen verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="277"/>
        <source>Schedule a meeti&amp;ng…</source>
        <translation>Een vergadering p&amp;lannen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="283"/>
        <source>No meetings match</source>
        <translation>Geen vergaderingen gevonden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="284"/>
        <source>Clear fi&amp;lters</source>
        <translation>Fi&amp;lters wissen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="285"/>
        <source>Clear the host filter and search</source>
        <translation>Het hostfilter en de zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="291"/>
        <source>The meetings cannot be shown</source>
        <translation>De vergaderingen kunnen niet worden getoond</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="293"/>
        <source>Try a&amp;gain</source>
        <translation>Opnieuw pro&amp;beren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="294"/>
        <source>Try loading the meetings again</source>
        <translation>Opnieuw proberen de vergaderingen te laden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="407"/>
        <source>The meetings could not be read from the local cache.</source>
        <translation>De vergaderingen konden niet uit de lokale cache worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="472"/>
        <source>Nothing matches “{text}” among meetings hosted by {host}.</source>
        <translation>Niets komt overeen met ‘{text}’ in de vergaderingen gehost door {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="476"/>
        <source>Nothing matches “{text}” in the next {days} days.</source>
        <translation>Niets komt overeen met ‘{text}’ in de komende {days} dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="480"/>
        <source>There are no upcoming meetings hosted by {host}.</source>
        <translation>Er zijn geen komende vergaderingen gehost door {host}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="489"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="490"/>
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="551"/>
        <source>No meeting link</source>
        <translation>Geen vergaderlink</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="552"/>
        <source>“{topic}” has no meeting link to join.</source>
        <translation>‘{topic}’ heeft geen vergaderlink om aan deel te nemen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="564"/>
        <source>Cannot open the meeting link</source>
        <translation>Kan de vergaderlink niet openen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="565"/>
        <source>This link could not be opened: {url}</source>
        <translation>Deze link kon niet worden geopend: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="613"/>
        <source>Cannot edit the meeting</source>
        <translation>Kan de vergadering niet bewerken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="641"/>
        <source>Meeting actions</source>
        <translation>Vergaderacties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="643"/>
        <source>&amp;Join</source>
        <translation>Dee&amp;lnemen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="646"/>
        <source>&amp;Copy meeting link</source>
        <translation>Vergaderlink &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="656"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/meetings/page.py" line="659"/>
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
        <translation>{host} nodigt je uit voor een vergadering.

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
        <location filename="../../desktop/services/meetings.py" line="69"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minuten</translation>
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
        <location filename="../../desktop/services/integration.py" line="31"/>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="32"/>
        <source>A calendar and address book stored on this computer only.</source>
        <translation>Een agenda en adresboek die alleen op deze computer worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="37"/>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="38"/>
        <source>Outlook calendar and contacts through Microsoft Graph.</source>
        <translation>Outlook-agenda en -contacten via Microsoft Graph.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="43"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="44"/>
        <source>Google Calendar and Google Contacts.</source>
        <translation>Google Agenda en Google Contacten.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="46"/>
        <source>Google is not available in this build yet.</source>
        <translation>Google is nog niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="50"/>
        <source>Exchange (on-premises)</source>
        <translation>Exchange (on-premises)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="51"/>
        <source>An Exchange server in your organisation, through EWS.</source>
        <translation>Een Exchange-server in uw organisatie, via EWS.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="53"/>
        <source>Exchange is not available in this build yet.</source>
        <translation>Exchange is nog niet beschikbaar in deze versie.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="57"/>
        <source>CalDAV / CardDAV</source>
        <translation>CalDAV / CardDAV</translation>
    </message>
    <message>
        <location filename="../../desktop/services/integration.py" line="58"/>
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
        <location filename="../../desktop/ui/settings/page.py" line="645"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="656"/>
        <source>Preferred ser&amp;vice</source>
        <translation>&amp;Voorkeursservice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="661"/>
        <source>T&amp;wo-way sync</source>
        <translation>T&amp;weewegsynchronisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="666"/>
        <source>Set-up &amp;prompt</source>
        <translation>&amp;Instelvraag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="668"/>
        <source>&amp;Delegates may see my private events</source>
        <translation>&amp;Gemachtigden mogen mijn privéafspraken zien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="671"/>
        <source>Start Meetdesk when I sign in (in the tray, for reminders)</source>
        <translation>Meetdesk starten wanneer ik mij aanmeld (in het systeemvak, voor herinneringen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="699"/>
        <source>Language of Meetdesk</source>
        <translation>Taal van Meetdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="700"/>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="703"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="705"/>
        <source>Applies the next time Meetdesk starts.</source>
        <translation>Geldt vanaf de volgende start van Meetdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="772"/>
        <source>Recommended by your administrator; you may change it.</source>
        <translation>Aanbevolen door uw beheerder; u mag dit wijzigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="805"/>
        <source>Your administrator requires {name}: {reason}</source>
        <translation>Uw beheerder vereist {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="808"/>
        <source>Every service available in this version is already connected.</source>
        <translation>Alle services die in deze versie beschikbaar zijn, zijn al gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="851"/>
        <source>Waiting for you to sign in in your web browser…</source>
        <translation>Wachten tot u zich aanmeldt in uw webbrowser…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="864"/>
        <source>Signing in failed. The log has the details.</source>
        <translation>Aanmelden is mislukt. Het logboek bevat de details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="891"/>
        <source>Sync failed. The log has the details.</source>
        <translation>Synchronisatie mislukt. Het logboek bevat de details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="937"/>
        <source>Remove account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="939"/>
        <source>Remove {name}? Its meetings and contacts on this computer are deleted.</source>
        <translation>{name} verwijderen? De vergaderingen en contacten ervan op deze computer worden gewist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="945"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="946"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="969"/>
        <source>Meeting links</source>
        <translation>Vergaderlinks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="972"/>
        <source>Where meetings you schedule get their join link.</source>
        <translation>Waar vergaderingen die u plant hun deelnamelink vandaan halen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="973"/>
        <source>Create a &amp;Jitsi room for each meeting</source>
        <translation>Voor elke vergadering een &amp;Jitsi-ruimte maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="974"/>
        <source>Create a Jitsi room for each meeting</source>
        <translation>Voor elke vergadering een Jitsi-ruimte maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="975"/>
        <source>Use my personal meeting r&amp;oom</source>
        <translation>Mijn pers&amp;oonlijke vergaderruimte gebruiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="976"/>
        <source>Use my personal meeting room</source>
        <translation>Mijn persoonlijke vergaderruimte gebruiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="987"/>
        <source>Personal meeting room link</source>
        <translation>Link van de persoonlijke vergaderruimte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="989"/>
        <source>Room &amp;link</source>
        <translation>&amp;Link van de ruimte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="994"/>
        <source>Make a &amp;Zoom meeting for each meeting</source>
        <translation>Voor elke vergadering een &amp;Zoom-vergadering maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="995"/>
        <source>Make a Zoom meeting for each meeting</source>
        <translation>Voor elke vergadering een Zoom-vergadering maken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1002"/>
        <location filename="../../desktop/ui/settings/page.py" line="1003"/>
        <source>Zoom app (client) ID</source>
        <translation>Zoom-app-ID (client)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1005"/>
        <source>Sign in to Zoom…</source>
        <translation>Aanmelden bij Zoom…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1010"/>
        <source>Zoom options…</source>
        <translation>Zoom-opties…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1024"/>
        <source>Invitation te&amp;xt</source>
        <translation>Uitnodigings&amp;tekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1028"/>
        <source>Invitation text</source>
        <translation>Uitnodigingstekst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1039"/>
        <source>Fields in braces are filled in: {fields}.</source>
        <translation>Velden tussen accolades worden ingevuld: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1069"/>
        <source>R&amp;eset to default</source>
        <translation>Standaard he&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1070"/>
        <source>Reset invitation text to default</source>
        <translation>Standaarduitnodigingstekst herstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1074"/>
        <source>Save meeting lin&amp;k settings</source>
        <translation>Instellingen voor vergaderlinks o&amp;pslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1076"/>
        <source>Save meeting link settings</source>
        <translation>Instellingen voor vergaderlinks opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1080"/>
        <location filename="../../desktop/ui/settings/page.py" line="1204"/>
        <location filename="../../desktop/ui/settings/page.py" line="1278"/>
        <location filename="../../desktop/ui/settings/page.py" line="1331"/>
        <location filename="../../desktop/ui/settings/page.py" line="1406"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1103"/>
        <source>Signed in to Zoom.</source>
        <translation>Aangemeld bij Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1105"/>
        <source>Not signed in to Zoom: sign in to make Zoom meetings.</source>
        <translation>Niet aangemeld bij Zoom: meld u aan om Zoom-vergaderingen te maken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1125"/>
        <source>Waiting for you to sign in to Zoom in your browser…</source>
        <translation>Wachten tot u zich bij Zoom aanmeldt in uw browser…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1132"/>
        <source>Signed in to Zoom as {email}.</source>
        <translation>Aangemeld bij Zoom als {email}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1142"/>
        <source>Signing in to Zoom failed. The log has the details.</source>
        <translation>Aanmelden bij Zoom is mislukt. Het logboek bevat de details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1164"/>
        <source>Sign in to Zoom first.</source>
        <translation>Meld u eerst aan bij Zoom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1167"/>
        <source>Enter the link of your personal meeting room.</source>
        <translation>Voer de link van uw persoonlijke vergaderruimte in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1174"/>
        <source>This is not a safe web link. Use a link that starts with https:// and has no spaces, for example https://meet.example.com/your-room.</source>
        <translation>Dit is geen veilige weblink. Gebruik een link die begint met https:// en geen spaties bevat, bijvoorbeeld https://meet.example.com/uw-ruimte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1181"/>
        <source>The invitation text cannot be empty.</source>
        <translation>De uitnodigingstekst mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1186"/>
        <source>The invitation text is too long (at most {count} characters).</source>
        <translation>De uitnodigingstekst is te lang (maximaal {count} tekens).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1210"/>
        <source>Joining and reminders</source>
        <translation>Deelnemen en herinneringen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1217"/>
        <source>no reminders</source>
        <translation>geen herinneringen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1218"/>
        <source> min before</source>
        <translation> min van tevoren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1219"/>
        <source>Minutes before a meeting to remind me</source>
        <translation>Minuten vóór een vergadering voor de herinnering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1220"/>
        <source>Re&amp;mind me</source>
        <translation>&amp;Herinner mij</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1227"/>
        <source>Join in the service&apos;s app (Zoom, Teams) w&amp;hen it has one</source>
        <translation>&amp;Deelnemen in de app van de service (Zoom, Teams) als die er is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1236"/>
        <source>e.g. Online meeting</source>
        <translation>bijv. Onlinevergadering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1237"/>
        <source>Category that asks for a meeting link</source>
        <translation>Categorie die om een vergaderlink vraagt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1239"/>
        <source>Add a meeting link to events with location “Meetdesk” or the &amp;category</source>
        <translation>Een vergaderlink toevoegen aan a&amp;fspraken met locatie ‘Meetdesk’ of de categorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1251"/>
        <source>Your own meeting link pattern&amp;s</source>
        <translation>&amp;Uw eigen patronen voor vergaderlinks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1256"/>
        <source>One per line: a name, a vertical bar, then a regular expression that matches the links, e.g.  Acme Meet | meet\.acme\.example/</source>
        <translation>Eén per regel: een naam, een verticale streep en dan een reguliere expressie die op de links past, bijv.  Acme Meet | meet\.acme\.example/</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1264"/>
        <source>Your own meeting link patterns</source>
        <translation>Uw eigen patronen voor vergaderlinks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1281"/>
        <source>Save pa&amp;tterns</source>
        <translation>Patronen op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1319"/>
        <source>Line {n}: write a name, a vertical bar |, then the pattern.</source>
        <translation>Regel {n}: schrijf een naam, een verticale streep | en dan het patroon.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1337"/>
        <source>About you</source>
        <translation>Over u</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1343"/>
        <source>Shown as the host of the meetings you schedule, and used to tell your meetings from other people&apos;s.</source>
        <translation>Getoond als host van de vergaderingen die u plant, en gebruikt om uw vergaderingen van die van anderen te onderscheiden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1352"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1356"/>
        <source>Your e-mail address</source>
        <translation>Uw e-mailadres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1359"/>
        <source>Yo&amp;ur name</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1360"/>
        <source>E-m&amp;ail address</source>
        <translation>E-&amp;mailadres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1374"/>
        <source>Save a&amp;bout you</source>
        <translation>Gegevens opsla&amp;an</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1376"/>
        <source>Save your name and e-mail address</source>
        <translation>Uw naam en e-mailadres opslaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1393"/>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>‘{email}’ is geen e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1412"/>
        <source>Managed by your organisation</source>
        <translation>Beheerd door uw organisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1418"/>
        <location filename="../../desktop/ui/settings/page.py" line="1423"/>
        <source>Problems in the policy file</source>
        <translation>Problemen in het beleidsbestand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1428"/>
        <source>Settings managed by your organisation</source>
        <translation>Instellingen beheerd door uw organisatie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1442"/>
        <source>Your administrator&apos;s policy is read from {path}.</source>
        <translation>Het beleid van uw beheerder wordt gelezen uit {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1447"/>
        <source>No policy is set on this computer ({path}); these settings are yours or the defaults.</source>
        <translation>Er is geen beleid ingesteld op deze computer ({path}); deze instellingen zijn van u of de standaardwaarden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings/page.py" line="1451"/>
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
