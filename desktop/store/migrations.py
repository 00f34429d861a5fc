"""Numbered schema migrations. Append only: a shipped migration is never edited.

PRAGMA user_version holds the number of the last applied migration.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the first schema.
    """
    CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        display_name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        permissions TEXT NOT NULL,          -- JSON list of Permission values
        state TEXT NOT NULL DEFAULT 'up_to_date',
        state_reason TEXT NOT NULL DEFAULT '',
        config TEXT NOT NULL DEFAULT '{}',  -- JSON, never secrets (those live in the keyring)
        created_at TEXT NOT NULL
    );

    CREATE TABLE calendars (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        writable INTEGER NOT NULL DEFAULT 1,
        owner_name TEXT,
        owner_email TEXT,
        can_view_private INTEGER NOT NULL DEFAULT 1
    );

    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        calendar_id TEXT NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
        uid TEXT NOT NULL,
        recurrence_id TEXT,                 -- ISO UTC of the overridden occurrence
        title TEXT NOT NULL,
        start_utc INTEGER NOT NULL,         -- epoch seconds
        end_utc INTEGER NOT NULL,
        timezone TEXT NOT NULL,
        all_day INTEGER NOT NULL DEFAULT 0,
        rrule TEXT,
        exdates TEXT NOT NULL DEFAULT '[]',
        location TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        organizer_name TEXT,
        organizer_email TEXT,
        attendees TEXT NOT NULL DEFAULT '[]',
        join_url TEXT,
        options TEXT NOT NULL DEFAULT '{}',
        scheduled_here INTEGER NOT NULL DEFAULT 0,
        private INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'confirmed',
        extra_ical TEXT NOT NULL DEFAULT '',
        remote_id TEXT NOT NULL DEFAULT '',
        etag TEXT NOT NULL DEFAULT '',
        -- how far the occurrences table has been filled for a series
        expanded_until INTEGER,
        recurrence_problem TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX events_calendar ON events(calendar_id);
    CREATE INDEX events_uid ON events(calendar_id, uid);

    -- Materialised instances, so the upcoming list is one indexed range query.
    CREATE TABLE occurrences (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        start_utc INTEGER NOT NULL,
        end_utc INTEGER NOT NULL,
        PRIMARY KEY (event_id, start_utc)
    ) WITHOUT ROWID;
    CREATE INDEX occurrences_time ON occurrences(end_utc, start_utc);

    CREATE TABLE folders (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        parent_id TEXT REFERENCES folders(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL
    );

    CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        folder_id TEXT NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        given_name TEXT NOT NULL DEFAULT '',
        family_name TEXT NOT NULL DEFAULT '',
        emails TEXT NOT NULL DEFAULT '[]',
        phones TEXT NOT NULL DEFAULT '[]',
        company TEXT NOT NULL DEFAULT '',
        job_title TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        remote_id TEXT NOT NULL DEFAULT '',
        etag TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX contacts_folder ON contacts(folder_id, display_name);

    -- Search as you type: prefix queries on an FTS5 index, not a Python scan.
    CREATE VIRTUAL TABLE contacts_fts USING fts5(
        display_name, emails, phones, company,
        content='contacts', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2',
        prefix='1 2 3'
    );
    CREATE TRIGGER contacts_ai AFTER INSERT ON contacts BEGIN
        INSERT INTO contacts_fts(rowid, display_name, emails, phones, company)
        VALUES (new.rowid, new.display_name, new.emails, new.phones, new.company);
    END;
    CREATE TRIGGER contacts_ad AFTER DELETE ON contacts BEGIN
        INSERT INTO contacts_fts(contacts_fts, rowid, display_name, emails, phones, company)
        VALUES ('delete', old.rowid, old.display_name, old.emails, old.phones, old.company);
    END;
    CREATE TRIGGER contacts_au AFTER UPDATE ON contacts BEGIN
        INSERT INTO contacts_fts(contacts_fts, rowid, display_name, emails, phones, company)
        VALUES ('delete', old.rowid, old.display_name, old.emails, old.phones, old.company);
        INSERT INTO contacts_fts(rowid, display_name, emails, phones, company)
        VALUES (new.rowid, new.display_name, new.emails, new.phones, new.company);
    END;

    -- One cursor per (account, collection): delta link, sync token, ...
    CREATE TABLE sync_state (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        collection_id TEXT NOT NULL,
        cursor TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account_id, collection_id)
    );

    -- Durable outbox: written in the same transaction as the cache change.
    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        collection_id TEXT NOT NULL,
        item_kind TEXT NOT NULL,            -- event | contact
        item_id TEXT NOT NULL,
        op TEXT NOT NULL,                   -- create | update | delete
        base_etag TEXT NOT NULL DEFAULT '',
        payload TEXT NOT NULL DEFAULT '{}',  -- JSON: what a delete still needs (remote id, uid)
        idempotency_key TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',  -- pending | in_flight | failed
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE INDEX outbox_account ON outbox(account_id, state, seq);

    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL                 -- JSON
    );
    """,
    # 2: vCard properties a contact carries that we do not model (kept for round trips).
    """
    ALTER TABLE contacts ADD COLUMN extra_vcard TEXT NOT NULL DEFAULT '';
    """,
    # 3: the sync engine: conflict markers, the server's side of items with local edits,
    # conflicts waiting for the person, and mass deletions waiting for a confirmation.
    """
    -- '' normally; 'mine' on the local rows of an item in conflict, 'theirs' on the rows
    -- that show the server's version next to them. conflict_of: the item's key (local id).
    ALTER TABLE events ADD COLUMN conflict TEXT NOT NULL DEFAULT '';
    ALTER TABLE events ADD COLUMN conflict_of TEXT NOT NULL DEFAULT '';
    ALTER TABLE contacts ADD COLUMN conflict TEXT NOT NULL DEFAULT '';
    ALTER TABLE contacts ADD COLUMN conflict_of TEXT NOT NULL DEFAULT '';
    CREATE INDEX events_remote ON events(calendar_id, remote_id);
    CREATE INDEX contacts_remote ON contacts(folder_id, remote_id);

    -- The newest server version of an item that has local changes waiting in the outbox
    -- (a pull may not overwrite them): what a conflict is decided against.
    CREATE TABLE sync_shadows (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        collection_id TEXT NOT NULL,
        remote_id TEXT NOT NULL,
        etag TEXT NOT NULL DEFAULT '',
        deleted INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL DEFAULT '[]',    -- JSON records of the item's events or contact
        PRIMARY KEY (account_id, collection_id, remote_id)
    );

    -- Conflicts kept for the person to decide (conflict rule "ask").
    CREATE TABLE sync_conflicts (
        item_key TEXT PRIMARY KEY,          -- local id of the item (event master or contact)
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        collection_id TEXT NOT NULL,
        item_kind TEXT NOT NULL,            -- event | contact
        remote_id TEXT NOT NULL,
        server_etag TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );

    -- Deletions held back by the mass-deletion guard until the person confirms them.
    CREATE TABLE sync_mass_deletes (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        collection_id TEXT NOT NULL,
        kind TEXT NOT NULL,                 -- items | collection
        count INTEGER NOT NULL,
        total INTEGER NOT NULL,
        reason TEXT NOT NULL,
        confirmed INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        PRIMARY KEY (account_id, collection_id)
    );
    """,
    # 4: which process is syncing an account, so a sync cut short by a crash is not
    # shown as running forever.
    """
    ALTER TABLE accounts ADD COLUMN syncing_pid INTEGER NOT NULL DEFAULT 0;
    """,
    # 5: events that asked for a meeting link (location "Meetdesk") and got one: once each.
    """
    CREATE TABLE auto_links (
        calendar_id TEXT NOT NULL,
        uid TEXT NOT NULL,
        done_at TEXT NOT NULL,
        PRIMARY KEY (calendar_id, uid)
    );
    """,
    # 6: dismissed and snoozed reminders, so a restart (or the start at sign-in after a
    # reboot) does not show again a reminder the person already closed.
    """
    CREATE TABLE reminder_states (
        occurrence_key TEXT PRIMARY KEY,
        dismissed INTEGER NOT NULL DEFAULT 0,
        snoozed_until TEXT,                 -- UTC ISO time; NULL when not snoozed
        forget_after TEXT NOT NULL          -- UTC ISO time when the row is no use any more
    );
    """,
]
