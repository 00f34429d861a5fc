"""Finding and reading the policy file."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import Permission, ServiceKind
from desktop.policy import MAX_POLICY_BYTES, POLICY_ENV_VAR, Policy, load_policy, policy_path

# The write_policy fixture (conftest.py): writes a policy file, returns its path.
WritePolicy = Callable[[object], Path]


def only_problem(policy: Policy) -> str:
    assert len(policy.problems) == 1, policy.problems
    return policy.problems[0]


# --- where the file is --------------------------------------------------------------------


def test_default_path_is_in_the_system_config_folder() -> None:
    assert policy_path() == Path(platformdirs.site_config_dir()) / "meetdesk" / "policy.json"


def test_env_var_overrides_the_path(
    monkeypatch: pytest.MonkeyPatch, write_policy: WritePolicy
) -> None:
    path = write_policy({"enforced": {"sync_version": 1}})
    monkeypatch.setenv(POLICY_ENV_VAR, str(path))
    assert policy_path() == path
    policy = load_policy()
    assert policy.path == path
    assert policy.enforced == {"sync_version": 1}


def test_empty_env_var_means_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(POLICY_ENV_VAR, "  ")
    assert policy_path().parent.name == "meetdesk"


def test_explicit_path_wins_over_env_var(
    monkeypatch: pytest.MonkeyPatch, write_policy: WritePolicy, tmp_path: Path
) -> None:
    monkeypatch.setenv(POLICY_ENV_VAR, str(tmp_path / "other.json"))
    path = write_policy({"recommended": {"sync_version": 1}})
    assert load_policy(path).recommended == {"sync_version": 1}


# --- a missing file, a good file ----------------------------------------------------------


def test_missing_file_is_not_a_problem(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "absent.json")
    assert policy.problems == ()
    assert policy.found is False
    assert policy.enforced == {} and policy.recommended == {}
    assert policy.path == tmp_path / "absent.json"


def test_parent_being_a_file_counts_as_missing(tmp_path: Path) -> None:
    (tmp_path / "meetdesk").write_text("not a folder")
    policy = load_policy(tmp_path / "meetdesk" / "policy.json")
    assert policy.problems == () and policy.found is False


def test_good_file_is_normalised(write_policy: WritePolicy) -> None:
    path = write_policy(
        {
            "enforced": {
                "integration_enabled": True,
                "default_service": "microsoft365",
                "allowed_domains": ["Example.com", "EXAMPLE.COM"],
            },
            "recommended": {
                "allowed_permissions": ["calendar_read", "calendar_read"],
                "sync_version": 1,
                "first_login_prompt": "every_sign_in",
                "delegates_see_private": True,
                "feature_gates": {"first_login_prompt": "0.2.0"},
            },
        }
    )
    policy = load_policy(path)
    assert policy.problems == ()
    assert policy.found is True
    assert policy.enforced == {
        "integration_enabled": True,
        "default_service": ServiceKind.MICROSOFT365,
        "allowed_domains": ("example.com",),
    }
    assert policy.recommended["allowed_permissions"] == (Permission.CALENDAR_READ,)
    assert policy.recommended["feature_gates"] == {"first_login_prompt": "0.2.0"}


def test_only_one_section_is_fine(write_policy: WritePolicy) -> None:
    assert load_policy(write_policy({"recommended": {}})).problems == ()
    assert load_policy(write_policy({})).problems == ()


def test_sections_are_read_only(write_policy: WritePolicy) -> None:
    policy = load_policy(write_policy({"enforced": {"sync_version": 1}}))
    with pytest.raises(TypeError):
        policy.enforced["sync_version"] = 2  # type: ignore[index]


def test_byte_order_mark_is_accepted(write_policy: WritePolicy) -> None:
    path = write_policy(b"\xef\xbb\xbf" + json.dumps({"enforced": {"sync_version": 1}}).encode())
    policy = load_policy(path)
    assert policy.problems == ()
    assert policy.enforced == {"sync_version": 1}


# --- broken as a whole --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"enforced": {"sync_version": 1,}}', "is not valid JSON"),
        ("{enforced: {}}", "is not valid JSON"),
        ('{"enforced": ', "is not valid JSON"),
        ("", "is empty"),
        ("   \n", "is empty"),
        (b"\xff\xfe{}", "is not UTF-8"),
        ("[" * 100_000 + "]" * 100_000, "JSON"),
        ("1" * 5000, "not usable JSON"),
    ],
)
def test_unreadable_content_is_one_problem(
    write_policy: WritePolicy, content: object, expected: str
) -> None:
    path = write_policy(content)
    policy = load_policy(path)
    problem = only_problem(policy)
    assert problem.startswith(f"{path}: ")
    assert expected in problem
    assert "whole policy file is ignored" in problem
    assert policy.enforced == {} and policy.recommended == {}
    assert policy.found is True


def test_json_error_gives_the_position(write_policy: WritePolicy) -> None:
    path = write_policy('{\n  "enforced": {\n    "sync_version": 1,\n  }\n}')
    assert "line 4, column 3" in only_problem(load_policy(path))


@pytest.mark.parametrize(
    ("document", "shown"),
    [
        ([{"enforced": {}}], "a list"),
        ("enforced", 'the text "enforced"'),
        (None, "null"),
        (2, "the number 2"),
    ],
)
def test_top_level_must_be_an_object(
    write_policy: WritePolicy, document: object, shown: str
) -> None:
    path = write_policy(json.dumps(document))
    problem = only_problem(load_policy(path))
    assert str(path) in problem
    assert 'must hold a JSON object with "enforced" and/or "recommended"' in problem
    assert f"found {shown}" in problem


def test_oversized_file_is_refused(write_policy: WritePolicy) -> None:
    document = {"enforced": {"sync_version": 1}, "recommended": {}}
    text = json.dumps(document)
    padded = text[:-1] + " " * (MAX_POLICY_BYTES + 1 - len(text)) + "}"
    path = write_policy(padded)
    assert path.stat().st_size == MAX_POLICY_BYTES + 1
    policy = load_policy(path)
    problem = only_problem(policy)
    assert str(path) in problem and "larger than 1 MB" in problem
    assert policy.enforced == {}


def test_file_of_exactly_the_limit_is_read(write_policy: WritePolicy) -> None:
    text = json.dumps({"enforced": {"sync_version": 1}})
    path = write_policy(text[:-1] + " " * (MAX_POLICY_BYTES - len(text)) + "}")
    assert path.stat().st_size == MAX_POLICY_BYTES
    policy = load_policy(path)
    assert policy.problems == () and policy.enforced == {"sync_version": 1}


def test_a_folder_is_not_a_policy(tmp_path: Path) -> None:
    folder = tmp_path / "policy.json"
    folder.mkdir()
    assert "is not a regular file" in only_problem(load_policy(folder))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "policy.json"
    os.mkfifo(fifo)
    assert "is not a regular file" in only_problem(load_policy(fifo))


# --- broken in parts: the rest still applies ----------------------------------------------


def test_unknown_top_level_key_keeps_the_sections(write_policy: WritePolicy) -> None:
    path = write_policy({"Enforced": {"sync_version": 1}, "recommended": {"sync_version": 1}})
    policy = load_policy(path)
    problem = only_problem(policy)
    assert str(path) in problem
    assert 'unknown top-level key "Enforced" (did you mean "enforced"?)' in problem
    assert policy.enforced == {}
    assert policy.recommended == {"sync_version": 1}


def test_section_that_is_not_an_object(write_policy: WritePolicy) -> None:
    path = write_policy({"enforced": ["sync_version"], "recommended": {"sync_version": 1}})
    policy = load_policy(path)
    problem = only_problem(policy)
    assert '"enforced" must be an object' in problem and "found a list" in problem
    assert policy.recommended == {"sync_version": 1}


def test_unknown_setting_is_reported_with_a_suggestion(write_policy: WritePolicy) -> None:
    path = write_policy({"enforced": {"sync_verison": 1, "delegates_see_private": True}})
    policy = load_policy(path)
    problem = only_problem(policy)
    assert problem == (
        f'{path}: enforced: unknown setting "sync_verison" (did you mean "sync_version"?); ignored'
    )
    assert policy.enforced == {"delegates_see_private": True}


def test_unknown_setting_without_a_close_match(write_policy: WritePolicy) -> None:
    problem = only_problem(load_policy(write_policy({"recommended": {"colour": "blue"}})))
    assert 'recommended: unknown setting "colour"; ignored' in problem
    assert "did you mean" not in problem


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("integration_enabled", "yes", "must be true or false"),
        ("integration_enabled", 1, "must be true or false"),
        ("default_service", "outlook", "must be one of"),
        ("allowed_permissions", ["calendar_read", "mail_send"], "unknown permission"),
        ("allowed_permissions", "calendar_read", "must be a list"),
        ("allowed_domains", ["example.com", "not a domain"], "not a valid e-mail domain"),
        ("sync_version", 3, "must be the number 1 or 2"),
        ("sync_version", "2", "must be the number 1 or 2"),
        ("first_login_prompt", "always", "must be one of first_sign_in"),
        ("delegates_see_private", None, "must be true or false"),
        ("feature_gates", {"first_login_prompt": "next"}, "not a valid version"),
    ],
)
@pytest.mark.parametrize("section", ["enforced", "recommended"])
def test_wrong_value_drops_only_that_setting(
    write_policy: WritePolicy, section: str, name: str, value: object, message: str
) -> None:
    # Another good setting (a different one) must survive the broken one.
    other = "delegates_see_private" if name != "delegates_see_private" else "sync_version"
    other_value: object = True if other == "delegates_see_private" else 1
    path = write_policy({section: {name: value, other: other_value}})
    policy = load_policy(path)
    problem = only_problem(policy)
    assert problem.startswith(f'{path}: {section} setting "{name}": ')
    assert message in problem
    assert problem.endswith("; ignored")
    assert getattr(policy, section) == {other: other_value}


def test_several_problems_are_all_reported(write_policy: WritePolicy) -> None:
    path = write_policy(
        {
            "enforced": {"sync_version": 3, "integration_enabled": False, "bogus": 1},
            "recommended": {"default_service": "GOOGLE", "first_login_prompt": "never"},
            "extra": {},
        }
    )
    policy = load_policy(path)
    assert len(policy.problems) == 4
    assert all(problem.startswith(f"{path}: ") for problem in policy.problems)
    assert policy.enforced == {"integration_enabled": False}
    assert policy.recommended == {"first_login_prompt": "never"}


def test_duplicate_keys_are_reported_and_the_last_one_used(write_policy: WritePolicy) -> None:
    path = write_policy('{"enforced": {"sync_version": 2, "sync_version": 1}}')
    policy = load_policy(path)
    assert 'key "sync_version" appears more than once' in only_problem(policy)
    assert policy.enforced == {"sync_version": 1}


def test_problem_text_is_safe_to_print(write_policy: WritePolicy) -> None:
    path = write_policy('{"enforced": {"\\ud800\\n": 1}}')
    problem = only_problem(load_policy(path))
    problem.encode("utf-8")  # no lone surrogate left in the message
    assert "\n" not in problem


# --- never raises -------------------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=300)
@given(data=st.binary(max_size=2000))
def test_never_raises_on_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "policy.json"
    path.write_bytes(data)
    policy = load_policy(path)
    assert all(isinstance(problem, str) and problem for problem in policy.problems)


json_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=15)
setting_names = st.sampled_from(
    ["sync_version", "allowed_domains", "feature_gates", "x"]
) | st.text(max_size=10)
json_value = st.recursive(
    json_leaf,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(setting_names, children, max_size=4)
    ),
    max_leaves=15,
)
documents = st.dictionaries(
    st.sampled_from(["enforced", "recommended", "other"]),
    json_value | st.dictionaries(setting_names, json_value, max_size=6),
    max_size=3,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=300)
@given(document=documents | json_value)
def test_never_raises_on_arbitrary_json(tmp_path: Path, document: object) -> None:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    policy = load_policy(path)
    assert set(policy.enforced) | set(policy.recommended) <= {
        "integration_enabled",
        "default_service",
        "allowed_permissions",
        "allowed_domains",
        "sync_version",
        "first_login_prompt",
        "delegates_see_private",
        "feature_gates",
    }
