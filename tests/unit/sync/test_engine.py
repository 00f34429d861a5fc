"""The sync engine against the in-memory service: every rule, one test or more each."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from desktop.domain import Account, AccountState, Calendar, Permission, ServiceKind
from desktop.providers.base import AuthError, Conflict, ProviderError, TransientError
from desktop.sync import SyncEngine, stable_collection_id
from tests.unit.sync.conftest import BOOK, CAL, CAL_RID, WORK, Harness, soon
from tests.unit.sync.memory_provider import CRASH, LOST, Crash, MemoryProvider

pytestmark = pytest.mark.asyncio

HOUR = timedelta(hours=1)


def remote(h: Harness, title: str, days: int = 1, **extra: object) -> str:
    start = soon(days)
    return h.server.remote_create(CAL_RID, title, start, start + HOUR, **extra)  # type: ignore[arg-type]


def outbox(h: Harness) -> list[tuple[str, str]]:
    return [(e.op, e.state) for e in h.store.pending_outbox(WORK)]


# -- collections ----------------------------------------------------------------------------


async def test_first_sync_adds_new_calendars_with_stable_ids_and_pulls_them(
    harness: Harness,
) -> None:
    h = harness
    h.server.add_calendar("team-cal", "Team")
    start = soon()
    h.server.remote_create("team-cal", "Stand-up", start, start + HOUR)
    report = await h.sync()
    team_id = stable_collection_id(WORK, "calendar", "team-cal")
    assert team_id.startswith("work-")
    team = h.store.get_calendar(team_id)
    assert team is not None and team.name == "Team" and team.remote_id == "team-cal"
    assert h.titles(team_id) == ["Stand-up"]
    assert "Stand-up" in h.upcoming_titles()  # materialised for the upcoming list
    assert report.state is AccountState.UP_TO_DATE and report.pulled == 1
    assert h.store.get_account(WORK).state is AccountState.UP_TO_DATE  # type: ignore[union-attr]
    # The same id every time; a renamed calendar keeps its events.
    h.server.collections["team-cal"].name = "Team (renamed)"
    await h.sync()
    assert h.store.get_calendar(team_id).name == "Team (renamed)"  # type: ignore[union-attr]
    assert h.titles(team_id) == ["Stand-up"]


async def test_folders_keep_their_nesting(harness: Harness) -> None:
    h = harness
    h.server.add_folder("child", "Suppliers", parent="grandchild")
    h.server.add_folder("grandchild", "EU", parent="book1")
    await h.sync()
    folders = {f.remote_id: f for f in h.store.list_folders(WORK)}
    assert folders["grandchild"].parent_id == BOOK
    assert folders["child"].parent_id == folders["grandchild"].id


async def test_a_collection_gone_from_the_listing_is_removed_only_after_confirmation(
    harness: Harness,
) -> None:
    h = harness
    h.server.add_calendar("old", "Old")
    h.server.add_calendar("empty", "Empty")
    remote_ids = [h.server.remote_create("old", f"m{i}", soon(), soon() + HOUR) for i in range(3)]
    await h.sync()
    old_id = stable_collection_id(WORK, "calendar", "old")
    assert len(h.titles(old_id)) == 3 and remote_ids
    h.server.remove_collection("old")
    h.server.remove_collection("empty")
    report = await h.sync()
    assert report.state is AccountState.ERROR
    assert "'Old' is no longer on the server" in report.reason
    assert h.store.get_calendar(old_id) is not None and len(h.titles(old_id)) == 3
    # An empty calendar simply goes.
    assert h.store.get_calendar(stable_collection_id(WORK, "calendar", "empty")) is None
    assert [p.collection_id for p in h.engine().pending_mass_deletes(WORK)] == [old_id]
    assert h.engine().confirm_mass_delete(WORK, old_id)
    report = await h.sync()
    assert report.state is AccountState.UP_TO_DATE
    assert h.store.get_calendar(old_id) is None


async def test_an_empty_or_failed_listing_removes_nothing(harness: Harness) -> None:
    h = harness
    remote(h, "Keep me")
    await h.sync()
    calendars = h.server.collections.copy()
    h.server.collections.clear()
    report = await h.sync()
    assert h.titles() == ["Keep me"] and report.state is AccountState.UP_TO_DATE
    h.server.collections.update(calendars)
    h.server.fail("calendars", ProviderError("Bad gateway answer"))
    report = await h.sync()
    assert report.state is AccountState.ERROR and h.titles() == ["Keep me"]


# -- pull -----------------------------------------------------------------------------------


async def test_incremental_pull_applies_creates_edits_and_deletes_and_commits_the_cursor(
    harness: Harness,
) -> None:
    h = harness
    first, second = remote(h, "One"), remote(h, "Two")
    await h.sync()
    cursor = h.store.get_cursor(WORK, CAL)
    assert cursor is not None and h.titles() == ["One", "Two"]
    h.server.remote_edit(CAL_RID, first, title="One, moved", start=soon(2), end=soon(2) + HOUR)
    h.server.remote_delete(CAL_RID, second)
    remote(h, "Three")
    report = await h.sync()
    assert h.titles() == ["One, moved", "Three"]
    assert (report.pulled, report.deleted) == (2, 1)
    assert h.store.get_cursor(WORK, CAL) != cursor
    moved = next(e for e in h.local_events() if e.title == "One, moved")
    assert moved.start == soon(2) and moved.remote_id == first
    # Nothing new: nothing pulled, the same rows (ids stay stable across edits).
    ids = [e.id for e in h.local_events()]
    report = await h.sync()
    assert report.pulled == 0 and [e.id for e in h.local_events()] == ids


async def test_a_series_master_and_its_overrides_are_replaced_together(harness: Harness) -> None:
    h = harness
    start = soon()
    rid = remote(
        h,
        "Daily",
        rrule="FREQ=DAILY;COUNT=5",
        overrides=[
            (
                start + timedelta(days=1),
                "Daily (moved)",
                start + timedelta(days=1, hours=3),
                start + timedelta(days=1, hours=4),
            )
        ],
    )
    await h.sync()
    rows = [e for e in h.local_events() if e.remote_id == rid]
    assert len(rows) == 2 and {e.uid for e in rows} == {f"{rid}@server.example"}
    titles = h.upcoming_titles()
    assert titles.count("Daily") == 4 and titles.count("Daily (moved)") == 1
    h.server.remote_set_overrides(CAL_RID, rid, [])
    h.server.remote_edit(CAL_RID, rid, title="Daily sync")
    await h.sync()
    rows = [e for e in h.local_events() if e.remote_id == rid]
    assert [(e.title, e.recurrence_id) for e in rows] == [("Daily sync", None)]
    assert h.upcoming_titles().count("Daily sync") == 5


async def test_page_problems_are_reported_and_do_not_stop_the_sync(harness: Harness) -> None:
    h = harness
    good, bad = remote(h, "Readable"), remote(h, "Broken")
    h.server.malformed(CAL_RID, bad)
    h.server.report_problem(CAL_RID, "x.ics is larger than 5 MB")
    report = await h.sync()
    assert h.titles() == ["Readable"] and good
    assert report.state is AccountState.UP_TO_DATE
    assert any("not valid iCalendar" in p for p in report.problems)
    assert any("larger than 5 MB" in p for p in report.problems)


async def test_a_round_of_many_pages_is_applied_with_its_cursor_at_once(harness: Harness) -> None:
    h = harness
    h.server.page_size = 2
    for i in range(5):
        remote(h, f"Item {i}")
    states: list[str] = []
    h.changes.clear()
    engine = h.engine(max_attempts=1)
    # The third page fails: nothing of the round may be applied, and no cursor kept.
    original_pull = h.server.pull
    calls = 0

    async def flaky_pull(calendar: Calendar, cursor: str | None):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        account = h.store.get_account(WORK)
        assert account is not None
        states.append(account.state_reason)
        if calls == 3:
            raise TransientError("Timed out")
        return await original_pull(calendar, cursor)

    h.server.pull = flaky_pull  # type: ignore[method-assign]
    report = await h.sync(engine)
    assert report.state is AccountState.OFFLINE
    assert h.titles() == [] and h.store.get_cursor(WORK, CAL) is None
    assert any("items so far" in s for s in states)  # progress while paging
    h.server.pull = original_pull  # type: ignore[method-assign]
    report = await h.sync(engine)
    assert len(h.titles()) == 5 and report.state is AccountState.UP_TO_DATE
    assert report.items_seen >= 5


async def test_expired_cursor_lists_everything_without_duplicates_and_keeps_pending_edits(
    harness: Harness,
) -> None:
    h = harness
    kept, gone = remote(h, "Kept"), remote(h, "Deleted while away")
    mine = h.schedule("Mine")
    await h.sync()
    assert sorted(h.titles()) == ["Deleted while away", "Kept", "Mine"]
    # While away: the server forgets our cursor, deletes one item; we edit ours.
    h.server.remote_delete(CAL_RID, gone)
    h.server.expire_cursors()
    h.edit(mine.id, "Mine, edited")
    h.server.fail("update", ProviderError("Service unavailable for this item"))
    report = await h.sync()
    # The push failed for good this time; the full listing did not touch the pending edit.
    assert h.titles() == ["Kept", "Mine, edited"]
    assert report.deleted == 1 and kept
    assert len(h.local_events()) == 2  # no duplicates
    report = await h.sync()  # the edit goes out next time
    assert h.server_titles() == ["Kept", "Mine, edited"] and outbox(h) == []


async def test_pull_never_overwrites_or_deletes_an_item_with_a_pending_change(
    harness: Harness,
) -> None:
    h = harness
    a, b = h.schedule("A"), h.schedule("B")
    await h.sync()
    rid_a = h.ctx.meetings.get(a.id).remote_id
    rid_b = h.ctx.meetings.get(b.id).remote_id
    h.edit(a.id, "A, mine")
    h.edit(b.id, "B, mine")
    h.server.remote_edit(CAL_RID, rid_a, title="A, theirs")
    h.server.remote_delete(CAL_RID, rid_b)
    # The push is refused this run, so the pull meets both items with changes pending.
    h.server.fail("update", ProviderError("Refused"), times=2)
    report = await h.sync()
    assert h.titles() == ["A, mine", "B, mine"]
    assert len(report.problems) == 2
    # Next run: A conflicts (both changed), B was deleted there and is put back.
    report = await h.sync()
    assert report.conflicts == 1
    assert "B, mine" in h.server_titles()
    assert any("was put back" in p for p in report.problems)


async def test_rows_never_on_the_server_survive_a_full_listing(harness: Harness) -> None:
    h = harness
    remote(h, "Remote")
    await h.sync()
    h.schedule("Not sent yet")
    h.server.fail("create", ProviderError("Quota exceeded"))
    h.server.expire_cursors()
    h.server.collections[CAL_RID].items.clear()  # even an emptied server
    report = await h.sync()
    assert "Not sent yet" in h.titles()
    assert report.state is AccountState.ERROR  # the emptied listing waits for confirmation


# -- mass deletion guard --------------------------------------------------------------------


async def test_an_emptied_server_deletes_nothing_until_confirmed(harness: Harness) -> None:
    h = harness
    for i in range(3):
        remote(h, f"M{i}")
    await h.sync()
    h.server.collections[CAL_RID].items.clear()  # a broken listing, without delete records
    h.server.expire_cursors()
    report = await h.sync()
    assert len(h.titles()) == 3
    assert report.state is AccountState.ERROR
    assert report.reason == (
        "The server says 3 of 3 meetings in 'Work' were deleted. Confirm in Meetdesk to delete"
        " them here too."
    )
    assert h.store.get_account(WORK).state_reason == report.reason  # type: ignore[union-attr]
    # Asking again does not apply it either.
    assert len(h.titles()) == 3 and (await h.sync()).state is AccountState.ERROR
    assert h.engine().confirm_mass_delete(WORK, CAL)
    report = await h.sync()
    assert h.titles() == [] and report.deleted == 3
    assert report.state is AccountState.UP_TO_DATE
    assert h.engine().pending_mass_deletes() == []


async def test_deleting_more_than_a_fifth_in_one_round_needs_confirmation(
    harness: Harness,
) -> None:
    h = harness
    rids = [remote(h, f"M{i:02}") for i in range(50)]
    await h.sync()
    cursor = h.store.get_cursor(WORK, CAL)
    for rid in rids[:40]:
        h.server.remote_delete(CAL_RID, rid)
    remote(h, "New one")
    report = await h.sync()
    assert report.reason == (
        "The server says 40 of 50 meetings in 'Work' were deleted. Confirm in Meetdesk to delete"
        " them here too."
    )
    assert len(h.titles()) == 51  # nothing deleted; the other changes of the round applied
    assert h.store.get_cursor(WORK, CAL) == cursor  # the round is asked again next time
    h.engine().confirm_mass_delete(WORK, CAL)
    report = await h.sync()
    assert len(h.titles()) == 11 and report.state is AccountState.UP_TO_DATE


async def test_small_deletions_need_no_confirmation(harness: Harness) -> None:
    h = harness
    rids = [remote(h, f"M{i}") for i in range(10)]
    await h.sync()
    for rid in rids[:4]:  # 40 %, but fewer than mass_delete_min (5)
        h.server.remote_delete(CAL_RID, rid)
    report = await h.sync()
    assert report.deleted == 4 and report.state is AccountState.UP_TO_DATE
    for rid in rids[4:6]:  # 2 of 6: over a fifth, still fewer than 5
        h.server.remote_delete(CAL_RID, rid)
    assert (await h.sync()).deleted == 2


# -- push -----------------------------------------------------------------------------------


async def test_a_local_meeting_is_pushed_once_and_its_echo_is_no_change(harness: Harness) -> None:
    h = harness
    event = h.schedule("Planning")
    report = await h.sync()
    assert (report.pushed, report.pulled) == (1, 0)
    stored = h.ctx.meetings.get(event.id)
    [server_item] = h.server.items(CAL_RID).values()
    assert stored.remote_id == server_item.rid and stored.etag == server_item.etag
    assert outbox(h) == []
    # Our own change comes back in the next pull with the etag we stored: not a change.
    h.server.calls.clear()
    report = await h.sync()
    assert (report.pushed, report.pulled) == (0, 0)
    assert h.server.writes() == []
    assert h.ctx.meetings.get(event.id) == stored
    assert stored.scheduled_here  # still editable here


async def test_edits_and_deletes_carry_the_etag_they_were_based_on(harness: Harness) -> None:
    h = harness
    event = h.schedule("Planning")
    await h.sync()
    h.edit(event.id, "Planning, renamed")
    h.edit(event.id, "Planning, renamed twice")
    h.server.calls.clear()
    report = await h.sync()
    assert h.server_titles() == ["Planning, renamed twice"]
    assert h.server.writes() == [("update", CAL_RID)]  # the two edits went out as one
    assert report.pushed == 1 and outbox(h) == []
    h.ctx.meetings.delete(event.id)
    await h.sync()
    assert h.server.items(CAL_RID) == {} and outbox(h) == []


async def test_create_edit_delete_before_any_sync_sends_nothing(harness: Harness) -> None:
    h = harness
    event = h.schedule("Never mind")
    h.edit(event.id, "Never mind 2")
    h.ctx.meetings.delete(event.id)
    await h.sync()
    assert h.server.writes() == [] and outbox(h) == []


async def test_a_series_is_pushed_whole(harness: Harness) -> None:
    h = harness
    event = h.schedule("Weekly", recurrence="FREQ=WEEKLY;COUNT=4")
    await h.sync()
    [item] = h.server.items(CAL_RID).values()
    assert item.events[0].rrule and item.uid == event.uid
    assert len([r for r in h.upcoming_titles() if r == "Weekly"]) >= 4


async def test_the_entry_is_marked_in_flight_and_saved_before_the_request(
    harness: Harness,
) -> None:
    h = harness
    h.schedule("Planning")
    seen: list[tuple[str, str]] = []
    h.server.before_write = lambda op: seen.extend(outbox(h))
    await h.sync()
    assert seen == [("create", "in_flight")]
    assert outbox(h) == []


async def test_a_lost_answer_to_a_create_makes_no_duplicate(harness: Harness) -> None:
    h = harness
    event = h.schedule("Planning")
    h.server.fail("create", LOST)
    report = await h.sync()
    assert report.state is AccountState.UP_TO_DATE
    assert h.server_titles() == ["Planning"]
    assert h.ctx.meetings.get(event.id).remote_id
    assert h.sleeps == [1.0]
    assert len(h.local_events()) == 1


async def test_a_lost_answer_to_an_update_is_no_conflict(harness: Harness) -> None:
    h = harness
    event = h.schedule("Planning")
    await h.sync()
    h.edit(event.id, "Planning 2")
    h.server.fail("update", LOST)
    report = await h.sync()
    assert report.conflicts == 0 and report.state is AccountState.UP_TO_DATE
    assert h.server_titles() == ["Planning 2"] and outbox(h) == []
    assert h.ctx.meetings.get(event.id).etag == next(iter(h.server.items(CAL_RID).values())).etag


@pytest.mark.parametrize("op", ["create", "update", "delete"])
async def test_a_crash_after_the_server_wrote_is_resolved_by_the_next_engine(
    harness: Harness, op: str
) -> None:
    h = harness
    event = h.schedule("Planning")
    if op != "create":
        await h.sync()
        if op == "update":
            h.edit(event.id, "Planning 2")
        else:
            h.ctx.meetings.delete(event.id)
    h.server.fail(op, CRASH)
    with pytest.raises(Crash):
        await h.sync()
    assert outbox(h) == [(op, "in_flight")]
    # The process starts again: a new engine on the same store.
    report = await h.sync(h.engine())
    assert report.state is AccountState.UP_TO_DATE and report.conflicts == 0
    assert outbox(h) == []
    expected = {"create": ["Planning"], "update": ["Planning 2"], "delete": []}[op]
    assert h.server_titles() == expected
    assert h.titles() == expected
    if expected:
        local = h.local_events()[0]
        assert local.etag == next(iter(h.server.items(CAL_RID).values())).etag


async def test_a_crash_then_another_edit_is_no_false_conflict(harness: Harness) -> None:
    h = harness
    event = h.schedule("Planning")
    await h.sync()
    h.edit(event.id, "Planning 2")
    h.server.fail("update", CRASH)
    with pytest.raises(Crash):
        await h.sync()
    h.edit(event.id, "Planning 3")  # the person goes on editing before the next sync
    report = await h.sync(h.engine())
    assert report.conflicts == 0 and h.server_titles() == ["Planning 3"] and outbox(h) == []


async def test_a_crash_after_create_then_a_local_delete_leaves_nothing(harness: Harness) -> None:
    h = harness
    event = h.schedule("Oops")
    h.server.fail("create", CRASH)
    with pytest.raises(Crash):
        await h.sync()
    h.ctx.meetings.delete(event.id)
    await h.sync(h.engine())
    assert h.server.items(CAL_RID) == {} and h.titles() == [] and outbox(h) == []


# -- errors and back-off --------------------------------------------------------------------


async def test_transient_errors_back_off_exponentially_then_leave_the_account_offline(
    harness: Harness,
) -> None:
    h = harness
    h.schedule("Planning")
    h.server.fail("create", TransientError("503 Service Unavailable"), times=5)
    report = await h.sync()
    assert report.state is AccountState.OFFLINE and "503" in report.reason
    assert h.sleeps == [1.0, 2.0, 4.0, 8.0]  # five attempts
    assert outbox(h) == [("create", "in_flight")]  # kept for next time
    assert h.server.items(CAL_RID) == {}
    h.sleeps.clear()
    report = await h.sync()
    assert report.state is AccountState.UP_TO_DATE and h.server_titles() == ["Planning"]


async def test_back_off_honours_retry_after_and_the_cap(harness: Harness) -> None:
    h = harness
    h.server.fail("calendars", TransientError("429", retry_after=30))
    h.server.fail("calendars", TransientError("503"), times=5)
    report = await h.sync(h.engine(max_attempts=7))
    assert report.state is AccountState.UP_TO_DATE
    # Retry-After as given (no request before it), then exponential from the second try.
    assert h.sleeps == [30.0, 2.0, 4.0, 8.0, 16.0, 32.0]
    h.sleeps.clear()
    h.server.fail("calendars", TransientError("503"), times=5)
    report = await h.sync(h.engine(max_attempts=7, backoff_cap=10.0))
    assert h.sleeps == [1.0, 2.0, 4.0, 8.0, 10.0]
    h.sleeps.clear()
    # The server asks for longer than a sync waits: offline now, try at the next sync.
    h.server.fail("calendars", TransientError("429", retry_after=600))
    report = await h.sync()
    assert report.state is AccountState.OFFLINE and h.sleeps == []


async def test_back_off_has_jitter(harness: Harness) -> None:
    h = harness
    h.server.fail("calendars", TransientError("503"), times=2)
    await h.sync(h.engine(jitter=lambda: 1.0))
    assert h.sleeps == [1.5, 3.0]


async def test_an_auth_error_stops_only_that_account(harness: Harness) -> None:
    h = harness
    h.store.save_account(Account("home", ServiceKind.CALDAV, "Home"))
    home = MemoryProvider()
    home.add_calendar("h1", "Home")
    home.remote_create("h1", "Dentist", soon(), soon() + HOUR)
    h.servers["home"] = home
    h.schedule("Planning")
    h.server.fail("create", AuthError("The password was changed."))
    reports = await h.engine().sync_all()
    assert reports[WORK].state is AccountState.NEEDS_SIGN_IN
    assert reports[WORK].reason == "The password was changed."
    assert h.store.get_account(WORK).state is AccountState.NEEDS_SIGN_IN  # type: ignore[union-attr]
    assert outbox(h) == [("create", "in_flight")]
    assert reports["home"].state is AccountState.UP_TO_DATE
    assert h.titles(stable_collection_id("home", "calendar", "h1")) == ["Dentist"]
    assert "local" not in reports  # the local account has nothing to sync


async def test_one_account_failing_badly_does_not_stop_the_others(harness: Harness) -> None:
    h = harness
    h.store.save_account(Account("home", ServiceKind.CALDAV, "Home"))
    home = MemoryProvider()
    home.add_calendar("h1", "Home")
    h.servers["home"] = home
    h.server.fail("calendars", RuntimeError("bug in a provider"))
    reports = await h.engine().sync_all()
    assert reports[WORK].state is AccountState.ERROR
    assert reports["home"].state is AccountState.UP_TO_DATE


async def test_accounts_sync_at_the_same_time(harness: Harness) -> None:
    h = harness
    h.store.save_account(Account("home", ServiceKind.CALDAV, "Home"))
    home = MemoryProvider()
    home.add_calendar("h1", "Home")
    h.servers["home"] = home
    both_listing = asyncio.Event()
    waiting = 0

    def slow(server: MemoryProvider) -> None:
        original = server.calendars

        async def calendars() -> list[Calendar]:
            nonlocal waiting
            waiting += 1
            if waiting == 2:
                both_listing.set()
            await asyncio.wait_for(both_listing.wait(), 5)
            return await original()

        server.calendars = calendars  # type: ignore[method-assign]

    slow(h.server)
    slow(home)
    reports = await h.engine().sync_all()
    assert {r.state for r in reports.values()} == {AccountState.UP_TO_DATE}


async def test_no_provider_means_sign_in(harness: Harness) -> None:
    h = harness
    del h.servers[WORK]
    report = await h.sync()
    assert report.state is AccountState.NEEDS_SIGN_IN


async def test_a_provider_that_cannot_be_built_for_want_of_a_password(harness: Harness) -> None:
    h = harness

    def no_password(account: Account) -> None:
        raise AuthError("The password for this account is missing. Sign in again.")

    report = await SyncEngine(h.store, no_password).sync_account(WORK)
    assert report.state is AccountState.NEEDS_SIGN_IN and "password" in report.reason


async def test_the_local_account_is_skipped(harness: Harness) -> None:
    h = harness
    report = await h.sync(account="local")
    assert report.skipped and h.server.calls == []


async def test_changes_are_announced_for_the_ui(harness: Harness) -> None:
    h = harness
    remote(h, "Remote")
    await h.sync()
    assert "events" in h.changes and "accounts" in h.changes
    h.changes.clear()
    await h.sync()
    assert "events" not in h.changes  # nothing changed


# -- conflicts ------------------------------------------------------------------------------


async def _both_edited(h: Harness) -> tuple[str, str]:
    event = h.schedule("Planning")
    await h.sync()
    rid = h.ctx.meetings.get(event.id).remote_id
    h.edit(event.id, "Planning, mine")
    h.server.remote_edit(CAL_RID, rid, title="Planning, theirs")
    return event.id, rid


async def test_conflict_ask_keeps_both_versions_visible_until_resolved_mine(
    harness: Harness,
) -> None:
    h = harness
    event_id, _ = await _both_edited(h)
    engine = h.engine()
    report = await h.sync(engine)
    assert report.conflicts == 1 and report.state is AccountState.UP_TO_DATE
    assert h.titles() == ["Planning, mine", "Planning, theirs"]
    assert sorted(h.upcoming_titles()) == ["Planning, mine", "Planning, theirs"]
    assert h.server_titles() == ["Planning, theirs"]  # nothing overwritten there either
    [conflict] = engine.conflicts(WORK)
    assert conflict.local_id == event_id and conflict.item_kind == "event"
    assert (conflict.title, conflict.server_title) == ("Planning, mine", "Planning, theirs")
    # Syncing again changes nothing until the person decides.
    report = await h.sync(engine)
    assert report.conflicts == 0 and len(engine.conflicts()) == 1
    assert h.server_titles() == ["Planning, theirs"]
    # The server changes again meanwhile: the shown server version follows.
    rid = h.ctx.meetings.get(event_id).remote_id
    h.server.remote_edit(CAL_RID, rid, title="Planning, theirs 2")
    await h.sync(engine)
    assert h.titles() == ["Planning, mine", "Planning, theirs 2"]
    engine.resolve_conflict(conflict.counterpart_ids[0], "mine")  # any id of the pair works
    assert h.titles() == ["Planning, mine"] and engine.conflicts() == []
    await h.sync(engine)
    assert h.server_titles() == ["Planning, mine"] and outbox(h) == []


async def test_conflict_resolved_theirs_takes_the_server_version(harness: Harness) -> None:
    h = harness
    event_id, _ = await _both_edited(h)
    engine = h.engine()
    await h.sync(engine)
    engine.resolve_conflict(event_id, "theirs")
    assert h.titles() == ["Planning, theirs"] and outbox(h) == []
    kept = h.ctx.meetings.get(event_id)  # the same id as before
    assert kept.scheduled_here and kept.title == "Planning, theirs"
    await h.sync(engine)
    assert h.server_titles() == ["Planning, theirs"] and h.titles() == ["Planning, theirs"]


async def test_conflict_local_wins_pushes_on_the_new_etag(harness: Harness) -> None:
    h = harness
    await _both_edited(h)
    report = await h.sync(h.engine(conflict_rule="local_wins"))
    assert report.conflicts == 0
    assert h.server_titles() == ["Planning, mine"] and h.titles() == ["Planning, mine"]
    assert outbox(h) == []


async def test_conflict_server_wins_takes_the_server_version(harness: Harness) -> None:
    h = harness
    await _both_edited(h)
    report = await h.sync(h.engine(conflict_rule="server_wins"))
    assert report.conflicts == 0
    assert h.server_titles() == ["Planning, theirs"] and h.titles() == ["Planning, theirs"]
    assert outbox(h) == []


async def test_a_local_delete_of_an_item_changed_there_keeps_the_change(harness: Harness) -> None:
    h = harness
    event = h.schedule("Planning")
    await h.sync()
    rid = h.ctx.meetings.get(event.id).remote_id
    h.server.remote_edit(CAL_RID, rid, title="Planning, new agenda")
    h.ctx.meetings.delete(event.id)
    report = await h.sync()
    assert h.server_titles() == ["Planning, new agenda"]
    assert h.titles() == ["Planning, new agenda"]
    assert any("was kept" in p for p in report.problems) and outbox(h) == []


async def test_a_local_edit_of_an_item_deleted_there_is_put_back(harness: Harness) -> None:
    h = harness
    event = h.schedule("Planning")
    await h.sync()
    rid = h.ctx.meetings.get(event.id).remote_id
    h.server.remote_delete(CAL_RID, rid)
    h.edit(event.id, "Planning, still needed")
    report = await h.sync()
    assert h.server_titles() == ["Planning, still needed"]
    assert h.titles() == ["Planning, still needed"] and outbox(h) == []
    assert h.ctx.meetings.get(event.id).remote_id not in ("", rid)
    assert report.state is AccountState.UP_TO_DATE


async def test_delete_on_both_sides_is_quiet(harness: Harness) -> None:
    h = harness
    event = h.schedule("Planning")
    await h.sync()
    h.server.remote_delete(CAL_RID, h.ctx.meetings.get(event.id).remote_id)
    h.ctx.meetings.delete(event.id)
    report = await h.sync()
    assert report.problems == [] and h.titles() == [] and outbox(h) == []


async def test_resolve_conflict_rejects_unknown_ids_and_choices(harness: Harness) -> None:
    h = harness
    engine = h.engine()
    with pytest.raises(KeyError):
        engine.resolve_conflict("nope", "mine")
    with pytest.raises(ValueError):
        engine.resolve_conflict("nope", "both")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        h.engine(conflict_rule="merge")


async def test_a_refused_change_is_reported_kept_and_retried(harness: Harness) -> None:
    h = harness
    h.schedule("Planning")
    h.server.fail("create", ProviderError("Calendar is read-only"))
    report = await h.sync()
    assert report.state is AccountState.UP_TO_DATE
    assert any("read-only" in p for p in report.problems)
    assert outbox(h) == [("create", "failed")]
    await h.sync()
    assert h.server_titles() == ["Planning"] and outbox(h) == []


async def test_an_injected_412_on_an_unchanged_item_is_resolved(harness: Harness) -> None:
    h = harness
    event = h.schedule("Planning")
    await h.sync()
    h.edit(event.id, "Planning 2")
    h.server.fail("update", Conflict("412"))
    report = await h.sync()
    # The server's version is the old one: a real difference, kept for the person.
    assert report.conflicts == 1
    h.engine().resolve_conflict(event.id, "mine")
    await h.sync()
    assert h.server_titles() == ["Planning 2"]


async def test_a_conflict_deleted_on_both_sides_is_cleared_by_a_full_listing(
    harness: Harness,
) -> None:
    h = harness
    event_id, rid = await _both_edited(h)
    engine = h.engine()
    await h.sync(engine)
    assert len(engine.conflicts()) == 1
    h.ctx.meetings.delete(event_id)  # the person drops their side...
    h.server.remote_delete(CAL_RID, rid)  # ...and the other client deletes it there
    h.server.expire_cursors()  # the deletion is only seen as absence from a full listing
    report = await h.sync(engine)
    assert engine.conflicts() == [] and h.titles() == [] and outbox(h) == []
    assert report.state is AccountState.UP_TO_DATE


async def test_a_long_first_sync_says_what_it_is_doing(harness: Harness) -> None:
    h = harness
    for number in range(250):
        remote(h, f"Meeting {number}", days=1 + number % 20)
    reasons: list[str] = []

    def listen(topic: str) -> None:
        account = h.store.get_account(WORK)
        if topic == "accounts" and account is not None and account.state is AccountState.SYNCING:
            reasons.append(account.state_reason)

    report = await h.sync(h.engine(on_change=listen))
    assert report.pulled == 250
    assert "Reading 'Work' for the first time (1 of 2)" in reasons
    assert "Saving 250 items of 'Work' (1 of 2)" in reasons
    assert h.store.get_account(WORK).state is AccountState.UP_TO_DATE  # type: ignore[union-attr]
    reasons.clear()
    remote(h, "One more")
    await h.sync(h.engine(on_change=listen))
    # A small incremental round says which collection, and nothing about saving.
    assert "Syncing 'Work' (1 of 2)" in reasons
    assert not [r for r in reasons if r.startswith("Saving")]


async def test_only_what_the_account_may_read_now_is_listed(harness: Harness) -> None:
    h = harness
    remote(h, "Visible")
    h.server.remote_create_contact("book1", "Hidden Person")
    only_calendars = h.engine(permissions=lambda account: frozenset({Permission.CALENDAR_READ}))
    report = await h.sync(only_calendars)
    assert h.titles() == ["Visible"]
    assert h.store.count_contacts([BOOK]) == 0  # the address book was not read
    assert report.collections_total == 1


async def test_a_create_that_landed_before_a_crash_and_a_refusal_takes_the_servers_edits(
    harness: Harness,
) -> None:
    """Found by the state machine: create sent, process killed before the answer; the next
    try is refused (412, it exists); meanwhile someone renames it on the server. The next
    sync must end with the server's name here, not keep ours as if it were current."""
    h = harness
    h.schedule("Plan")
    h.server.fail("create", CRASH)
    with pytest.raises(Crash):
        await h.sync()
    h.server.fail("create", Conflict("412"))
    [rid] = h.server.items(CAL_RID)
    h.server.remote_edit(CAL_RID, rid, title="Review")
    refused = await h.sync(h.engine())
    assert outbox(h) == [("create", "failed")] and refused.problems
    report = await h.sync(h.engine())
    assert report.state is AccountState.UP_TO_DATE and outbox(h) == []
    await h.sync()
    assert h.server_titles() == ["Review"]
    assert h.titles() == ["Review"]
