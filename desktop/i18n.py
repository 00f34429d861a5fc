"""Texts the services show to people, translatable without Qt.

The services, providers and sync engine run without Qt (the CLI uses them too), yet what they
say reaches the window: a validation problem under a field, the reason an account needs
sign-in, a recurrence described in words. They write such text as
``Text("Ends before it starts ({end}).", end=...)``:

* A ``Text`` *is* the English string (a ``str`` subclass), so logs, the CLI, tests and any
  code that only reads it see plain English.
* It keeps its template and parameters, so the interface can show it in the person's
  language: ``render(value, translate)`` looks the template up (desktop/ui/text.py passes
  Qt's ``QCoreApplication.translate``) and fills in the parameters, translating those that
  are Texts themselves.
* ``dump``/``load`` keep a Text through the store (an account's state reason is written by the
  sync process and shown by the window).

devtools/update_translations.py extracts every ``Text("literal", ...)`` call under desktop/
into the context ``CONTEXT``. Build longer texts from parameters, not by adding strings: a
``Text + str`` is a plain (English-only) str.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Final

log = logging.getLogger(__name__)

CONTEXT: Final = "Messages"
# How a Text is written to the store; anything else read back is plain text.
_STORED_PREFIX: Final = "\u2063meetdesk-text:"

Translate = Callable[[str, str], str]
Param = object


# The interface's translation and date format, installed by the GUI (app.py); the CLI keeps
# English and strftime. Services use localized()/long_datetime() for text they write for
# people outside the window (the invitation text of a new meeting).
_translate: Translate | None = None
_long_datetime: Callable[[datetime], str] | None = None
_number: Callable[[int], str] | None = None


def use_language(
    translate: Translate | None,
    long_datetime: Callable[[datetime], str] | None = None,
    number: Callable[[int], str] | None = None,
) -> None:
    """Make localized() translate with `translate`, long_datetime() format with the second, and
    Number parameters be written the third way ("20 000" in French)."""
    global _translate, _long_datetime, _number
    _translate, _long_datetime, _number = translate, long_datetime, number


class Number(int):
    """A count in a Text: "20,000" in English, with the interface's separator when shown."""

    def __format__(self, spec: str) -> str:
        return format(int(self), spec or ",")

    def __str__(self) -> str:
        return format(int(self), ",")

    __repr__ = __str__


def localized(value: object) -> str:
    """render() in the language installed with use_language() (English without one)."""
    return render(value, _translate)


def long_datetime(moment: datetime) -> str:
    """ "Monday 23 November 2026 10:00" in the installed language's way of writing it."""
    if _long_datetime is not None:
        try:
            return _long_datetime(moment)
        except Exception:  # a broken hook must not stop scheduling
            log.exception("date format hook failed")
    return moment.strftime("%A %d %B %Y %H:%M")


class Text(str):
    """An English text with the template and parameters it was made from."""

    template: str
    params: dict[str, Param]

    def __new__(cls, template: str, /, **params: Param) -> Text:
        english = template.format(**params) if params else template
        self = super().__new__(cls, english)
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable (multiprocessing, copy) with its template kept.
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Param]) -> Text:
    return Text(template, **params)


def render(value: object, translate: Translate | None = None) -> str:
    """value in the interface's language: a Text translated, an exception's message, str()."""
    if isinstance(value, BaseException):
        problems = getattr(value, "problems", None)
        if isinstance(problems, Mapping) and problems:  # ValidationError: one per line
            return "\n".join(render(problem, translate) for problem in problems.values())
        return render(message_of(value), translate)
    if not isinstance(value, Text):
        return str(value)
    if translate is None:
        return str(value)
    template = translate(CONTEXT, value.template) or value.template
    if not value.params:
        return template
    params = {name: _shown_param(param, translate) for name, param in value.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its parameters", value.template)
        return value.template.format(**params)


def _shown_param(param: Param, translate: Translate) -> Param:
    if isinstance(param, Text):
        return render(param, translate)
    if isinstance(param, Number) and _number is not None:
        try:
            return _number(int(param))
        except Exception:  # a broken hook must not hide the message
            log.exception("number format hook failed")
    return param


def joined(parts: Sequence[str]) -> str:
    """Parts on one line, "first; second; ...", each still translatable when it is a Text."""
    if not parts:
        return ""
    line = parts[0]
    for part in parts[1:]:
        line = Text("{earlier}; {later}", earlier=line, later=part)
    return line


def message_of(exc: BaseException) -> str:
    """The message an exception was raised with, still a Text when it was one."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


def shorten(text: str, limit: int) -> str:
    """text on one line, at most limit characters; a Text stays one when it fits."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return text if isinstance(text, Text) and flat == str(text) else flat
    return flat[: limit - 1] + "…"


def dump(text: str) -> str:
    """text for a TEXT column: a Text with its template, anything else as it is."""
    if not isinstance(text, Text):
        return text
    try:
        return _STORED_PREFIX + json.dumps(_to_json(text), ensure_ascii=False)
    except TypeError:  # a parameter JSON cannot hold: keep the English
        return str(text)


def load(stored: str) -> str:
    """What dump() wrote: a Text again, or the plain text it was."""
    if not stored.startswith(_STORED_PREFIX):
        return stored
    try:
        return _from_json(json.loads(stored[len(_STORED_PREFIX) :]))
    except (ValueError, KeyError, TypeError, IndexError):
        log.warning("unreadable stored text; shown as it is")
        return stored[len(_STORED_PREFIX) :]


def _to_json(text: Text) -> dict[str, object]:
    params: dict[str, object] = {}
    for name, param in text.params.items():
        if isinstance(param, Text):
            params[name] = {"text": _to_json(param)}
        elif isinstance(param, Number):
            params[name] = {"number": int(param)}
        elif isinstance(param, str | int | float | bool) or param is None:
            params[name] = {"value": param}
        else:
            params[name] = {"value": str(param)}
    return {"template": text.template, "params": params}


def _from_json(data: Mapping[str, object]) -> Text:
    template = data["template"]
    params = data.get("params") or {}
    if not isinstance(template, str) or not isinstance(params, Mapping):
        raise TypeError("not a stored text")
    values: dict[str, Param] = {}
    for name, param in params.items():
        if not isinstance(param, Mapping):
            raise TypeError("not a stored parameter")
        if "text" in param:
            values[name] = _from_json(param["text"])
        elif "number" in param:
            values[name] = Number(int(param["number"]))
        else:
            values[name] = param["value"]
    return Text(template, **values)
