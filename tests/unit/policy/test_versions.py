from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.policy import Version, compare_versions, parse_version


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("0.9.1", "0.10.0"),  # numeric, not text, comparison
        ("0.1.0", "0.1.1"),
        ("1.9", "1.10"),
        ("1.0.0", "1.0.0.1"),
        ("0.0.9", "0.1"),
        ("5.9.99", "5.11.0"),
        ("0.2.0rc1", "0.2.0"),  # a pre-release is below its release
        ("0.2.0-dev", "0.2.0"),
        ("0.2.0.dev0", "0.2.0"),
        ("0.2.0rc1", "0.2.1"),
    ],
)
def test_ordering(smaller: str, larger: str) -> None:
    assert compare_versions(smaller, larger) == -1
    assert compare_versions(larger, smaller) == 1


@pytest.mark.parametrize(("a", "b"), [("1", "1.0.0"), ("1.0", "1"), ("0.2.0+build7", "0.2.0")])
def test_equal(a: str, b: str) -> None:
    assert compare_versions(a, b) == 0
    assert parse_version(a, allow_suffix=True) == parse_version(b, allow_suffix=True)


def test_str_keeps_the_written_form() -> None:
    assert str(parse_version(" 0.10.0 ")) == "0.10.0"
    assert str(Version((1, 2))) == "1.2"
    assert str(Version(())) == "0"


@pytest.mark.parametrize(
    "text",
    ["", " ", "1.", ".1", "1..2", "a.b", "v1.0", "1.2.3-", "١.٢", "1,2", "1 2", "1.2.3.4.5.6.7"],
)
def test_invalid_versions_raise_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="not a valid version"):
        parse_version(text, allow_suffix=True)


@pytest.mark.parametrize("text", ["0.2.0rc1", "0.2.0-dev", "0.2.0+build"])
def test_policy_versions_are_strict(text: str) -> None:
    with pytest.raises(ValueError, match="not a valid version"):
        parse_version(text)


@pytest.mark.parametrize("value", [None, 1, 1.5, ["1"], b"1.0"])
def test_non_text_is_invalid(value: object) -> None:
    with pytest.raises(ValueError, match="must be text"):
        parse_version(value)


def test_huge_components_are_refused_not_crashing() -> None:
    with pytest.raises(ValueError):
        parse_version("1" * 5000)


numbers = st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=6)


@given(numbers, numbers)
def test_matches_integer_tuple_order(a: list[int], b: list[int]) -> None:
    def padded(parts: list[int]) -> list[int]:
        return parts + [0] * (6 - len(parts))

    expected = (padded(a) > padded(b)) - (padded(a) < padded(b))
    text_a, text_b = ".".join(map(str, a)), ".".join(map(str, b))
    assert compare_versions(text_a, text_b) == expected


@given(st.text(max_size=30))
def test_parse_only_raises_value_error(text: str) -> None:
    for allow_suffix in (False, True):
        with contextlib.suppress(ValueError):
            parse_version(text, allow_suffix=allow_suffix)
