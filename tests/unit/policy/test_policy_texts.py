"""The policy's messages are desktop.i18n Texts: the settings page shows them translated.

Problems in the policy file, locked-setting reasons and refused changes are composed from
pieces (a validator's message inside the loader's line); the whole line must translate.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.i18n import Text, dump, load, message_of, render
from desktop.policy import (
    EffectiveSettings,
    Policy,
    PolicyLocked,
    load_policy,
    parse_version,
)
from desktop.policy.specs import describe, normalise_domain, validate_bool
from tests.i18n_fakes import dictionary

# The write_policy fixture (conftest.py): writes a policy file, returns its path.
WritePolicy = Callable[[object], Path]

POLICY_FILE = Path("/etc/xdg/meetdesk/policy.json")

FRENCH = {
    # loader
    "{path}: {section} setting {name}: {problem}; ignored": (
        "{path} : réglage {name} de {section} : {problem} ; ignoré"
    ),
    "{path}: {section}: unknown setting {name} (did you mean {meant}?); ignored": (
        "{path} : {section} : réglage inconnu {name} (vouliez-vous dire {meant} ?) ; ignoré"
    ),
    "{path}: {section}: unknown setting {name}; ignored": (
        "{path} : {section} : réglage inconnu {name} ; ignoré"
    ),
    '{path}: unknown top-level key {key} (did you mean {meant}?) (expected "enforced" or '
    '"recommended"); ignored': (
        "{path} : clé inconnue {key} (vouliez-vous dire {meant} ?) ; ignorée"
    ),
    "{path}: {problem}; the whole policy file is ignored": (
        "{path} : {problem} ; tout le fichier de stratégie est ignoré"
    ),
    "is empty": "est vide",
    "is not valid JSON: {error} at line {line}, column {column}": (
        "n'est pas du JSON valide : {error} à la ligne {line}, colonne {column}"
    ),
    '{path}: must hold a JSON object with "enforced" and/or "recommended", '
    "found {value}; the whole policy file is ignored": (
        "{path} : doit contenir un objet JSON, trouvé {value} ; tout le fichier est ignoré"
    ),
    "{path}: key {key} appears more than once; the last one is used": (
        "{path} : la clé {key} apparaît plusieurs fois ; la dernière est utilisée"
    ),
    # specs
    "must be true or false, got {value}": "doit être true ou false, trouvé {value}",
    "must be one of {allowed}; got {value}": "doit être l'une de {allowed} ; trouvé {value}",
    "must be one of {allowed}; got {value} (values are lower-case)": (
        "doit être l'une de {allowed} ; trouvé {value} (valeurs en minuscules)"
    ),
    "unknown permission {value}: {problem}": "permission inconnue {value} : {problem}",
    "must be the number 1 or 2, got {value}": "doit être le nombre 1 ou 2, trouvé {value}",
    "feature {feature}: {problem}": "fonction {feature} : {problem}",
    "{domain} is not a valid e-mail domain (write it without the @)": (
        "{domain} n'est pas un domaine de messagerie valide (écrivez-le sans le @)"
    ),
    "must be a list of e-mail domains, got {value}": (
        "doit être une liste de domaines de messagerie, trouvé {value}"
    ),
    "the text {text}": "le texte {text}",
    "the number {number}": "le nombre {number}",
    "a list": "une liste",
    "an object": "un objet",
    # versions
    '{version} is not a valid version (expected numbers separated by dots, like "1.2.3")': (
        "{version} n'est pas une version valide "
        '(des nombres séparés par des points, comme "1.2.3")'
    ),
    # effective
    "Set by your administrator in {path}": "Défini par votre administrateur dans {path}",
    "Set by your administrator": "Défini par votre administrateur",
    "Recommended by your administrator in {path}; you may change it": (
        "Recommandé par votre administrateur dans {path} ; vous pouvez le modifier"
    ),
    "Set by you": "Défini par vous",
    "Default": "Par défaut",
    "{name} cannot be changed: set by your administrator in {path}": (
        "{name} ne peut pas être modifié : défini par votre administrateur dans {path}"
    ),
    "{name} cannot be changed: set by your administrator": (
        "{name} ne peut pas être modifié : défini par votre administrateur"
    ),
    "{origin}: setting {name}: {problem}; ignored": (
        "{origin} : réglage {name} : {problem} ; ignoré"
    ),
    "{origin}: unknown setting {name}; ignored": "{origin} : réglage inconnu {name} ; ignoré",
    "your settings": "vos réglages",
    "enforced policy": "stratégie imposée",
    "unknown setting {name}": "réglage inconnu {name}",
}


french = dictionary(FRENCH)


def only_problem(policy: Policy) -> Text:
    assert len(policy.problems) == 1, policy.problems
    problem = policy.problems[0]
    assert isinstance(problem, Text), problem
    return problem


# --- problems in the policy file ---------------------------------------------------------


def test_a_bad_value_translates_as_a_whole_line(write_policy: WritePolicy) -> None:
    path = write_policy({"enforced": {"integration_enabled": "yes"}})
    problem = only_problem(load_policy(path))
    # The English is what it always was.
    assert problem == (
        f'{path}: enforced setting "integration_enabled": '
        'must be true or false, got the text "yes"; ignored'
    )
    assert problem.template == "{path}: {section} setting {name}: {problem}; ignored"
    assert render(problem, french) == (
        f'{path} : réglage "integration_enabled" de enforced : '
        'doit être true ou false, trouvé le texte "yes" ; ignoré'
    )


def test_nested_validator_messages_translate_at_every_level(write_policy: WritePolicy) -> None:
    path = write_policy({"recommended": {"allowed_permissions": ["Calendar_Read"]}})
    problem = only_problem(load_policy(path))
    inner = problem.params["problem"]
    assert isinstance(inner, Text)
    assert inner.template == "unknown permission {value}: {problem}"
    shown = render(problem, french)
    assert shown.startswith(f'{path} : réglage "allowed_permissions" de recommended : ')
    assert 'permission inconnue le texte "Calendar_Read" : doit être l\'une de ' in shown
    assert "trouvé le texte" in shown and "(valeurs en minuscules) ; ignoré" in shown
    assert "must" not in shown and "got" not in shown


def test_unknown_settings_and_keys_suggest_in_one_sentence(write_policy: WritePolicy) -> None:
    path = write_policy({"enforced": {"integration_enabld": True, "zzz": 1}, "recomended": {}})
    problems = load_policy(path).problems
    assert all(isinstance(problem, Text) for problem in problems)
    shown = [render(problem, french) for problem in problems]
    assert f'{path} : clé inconnue "recomended" (vouliez-vous dire "recommended" ?) ; ignorée' in (
        shown
    )
    assert (
        f'{path} : enforced : réglage inconnu "integration_enabld" '
        '(vouliez-vous dire "integration_enabled" ?) ; ignoré'
    ) in shown
    assert f'{path} : enforced : réglage inconnu "zzz" ; ignoré' in shown
    # English unchanged.
    assert (
        f'{path}: enforced: unknown setting "integration_enabld" '
        '(did you mean "integration_enabled"?); ignored'
    ) in problems


def test_a_refused_file_translates(write_policy: WritePolicy) -> None:
    path = write_policy("   \n")
    problem = only_problem(load_policy(path))
    assert problem == f"{path}: is empty; the whole policy file is ignored"
    assert render(problem, french) == f"{path} : est vide ; tout le fichier de stratégie est ignoré"


def test_invalid_json_keeps_its_position_as_parameters(write_policy: WritePolicy) -> None:
    path = write_policy('{"enforced": ')
    problem = only_problem(load_policy(path))
    assert problem == (
        f"{path}: is not valid JSON: Expecting value at line 1, column 14; "
        "the whole policy file is ignored"
    )
    assert render(problem, french) == (
        f"{path} : n'est pas du JSON valide : Expecting value à la ligne 1, colonne 14 ; "
        "tout le fichier de stratégie est ignoré"
    )


def test_a_document_that_is_no_object_translates(write_policy: WritePolicy) -> None:
    path = write_policy([1, 2])
    problem = only_problem(load_policy(path))
    assert render(problem, french) == (
        f"{path} : doit contenir un objet JSON, trouvé une liste ; tout le fichier est ignoré"
    )


def test_duplicate_keys_translate(write_policy: WritePolicy) -> None:
    path = write_policy('{"enforced": {}, "enforced": {}}')
    problem = only_problem(load_policy(path))
    assert render(problem, french) == (
        f'{path} : la clé "enforced" apparaît plusieurs fois ; la dernière est utilisée'
    )


def test_a_bad_feature_gate_version_translates(write_policy: WritePolicy) -> None:
    path = write_policy({"enforced": {"feature_gates": {"first_login_prompt": "x.y"}}})
    problem = only_problem(load_policy(path))
    assert render(problem, french) == (
        f'{path} : réglage "feature_gates" de enforced : fonction "first_login_prompt" : '
        "'x.y' n'est pas une version valide "
        '(des nombres séparés par des points, comme "1.2.3") ; ignoré'
    )


def test_a_problem_survives_the_store(write_policy: WritePolicy) -> None:
    path = write_policy({"enforced": {"sync_version": 3}})
    problem = only_problem(load_policy(path))
    back = load(dump(problem))
    assert back == problem
    assert render(back, french) == (
        f'{path} : réglage "sync_version" de enforced : '
        "doit être le nombre 1 ou 2, trouvé le nombre 3 ; ignoré"
    )
    assert json.dumps(list(load_policy(path).problems))  # still plain JSON for the CLI


# --- validators ------------------------------------------------------------------------------


def test_describe_translates_words_but_not_json_literals() -> None:
    assert describe(None) == "null" and not isinstance(describe(None), Text)
    assert describe(True) == "true" and not isinstance(describe(True), Text)
    assert describe("a") == 'the text "a"'
    assert render(describe("a"), french) == 'le texte "a"'
    assert render(describe(2.5), french) == "le nombre 2.5"
    assert render(describe({}), french) == "un objet"
    assert describe(10**30) == "a very large number"
    assert isinstance(describe(10**30), Text)
    assert describe(object()) == "a value of type object"


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: validate_bool(1), "doit être true ou false, trouvé le nombre 1"),
        (
            lambda: normalise_domain("@corp.example"),
            '"@corp.example" n\'est pas un domaine de messagerie valide (écrivez-le sans le @)',
        ),
        (
            lambda: parse_version("1.x"),
            "'1.x' n'est pas une version valide "
            '(des nombres séparés par des points, comme "1.2.3")',
        ),
    ],
)
def test_validator_errors_are_texts(call: Callable[[], object], expected: str) -> None:
    with pytest.raises(ValueError) as info:
        call()
    assert isinstance(message_of(info.value), Text)
    assert render(info.value, french) == expected


# --- what the settings page shows ------------------------------------------------------------


def test_reasons_translate() -> None:
    policy = Policy(
        enforced={"sync_version": 1},
        recommended={"delegates_see_private": True},
        path=POLICY_FILE,
        found=True,
    )
    eff = EffectiveSettings(policy, {"start_at_login": True})
    reasons = {
        name: eff.setting(name).reason
        for name in (
            "sync_version",
            "delegates_see_private",
            "start_at_login",
            "integration_enabled",
        )
    }
    assert all(isinstance(reason, Text) for reason in reasons.values())
    assert reasons["sync_version"] == f"Set by your administrator in {POLICY_FILE}"
    assert render(reasons["sync_version"], french) == (
        f"Défini par votre administrateur dans {POLICY_FILE}"
    )
    assert render(reasons["delegates_see_private"], french) == (
        f"Recommandé par votre administrateur dans {POLICY_FILE} ; vous pouvez le modifier"
    )
    assert render(reasons["start_at_login"], french) == "Défini par vous"
    assert render(reasons["integration_enabled"], french) == "Par défaut"
    without_file = EffectiveSettings(Policy(enforced={"sync_version": 1}))
    assert render(without_file.setting("sync_version").reason, french) == (
        "Défini par votre administrateur"
    )


@pytest.mark.parametrize("path", [POLICY_FILE, None])
def test_a_refused_change_says_why_in_one_translatable_sentence(path: Path | None) -> None:
    eff = EffectiveSettings(Policy(enforced={"sync_version": 1}, path=path, found=True))
    with pytest.raises(PolicyLocked) as info:
        eff.check_user_change("sync_version", 2)
    message = message_of(info.value)
    assert isinstance(message, Text)
    where = f" in {path}" if path else ""
    assert message == f"sync_version cannot be changed: set by your administrator{where}"
    where = f" dans {path}" if path else ""
    assert render(info.value, french) == (
        f"sync_version ne peut pas être modifié : défini par votre administrateur{where}"
    )


def test_a_bad_change_or_saved_value_translates() -> None:
    eff = EffectiveSettings(Policy(), {"sync_version": "2", "gone": 1})
    with pytest.raises(ValueError) as info:
        eff.check_user_change("integration_enabled", "no")
    assert render(info.value, french) == 'doit être true ou false, trouvé le texte "no"'
    with pytest.raises(ValueError) as info:
        eff.check_user_change("nope", 1)
    assert render(info.value, french) == 'réglage inconnu "nope"'
    shown = [render(problem, french) for problem in eff.problems]
    assert shown == [
        'vos réglages : réglage "sync_version" : '
        'doit être le nombre 1 ou 2, trouvé le texte "2" ; ignoré',
        'vos réglages : réglage inconnu "gone" ; ignoré',
    ]
    enforced = EffectiveSettings(Policy(enforced={"sync_version": True}))
    assert render(enforced.problems[0], french) == (
        'stratégie imposée : réglage "sync_version" : '
        "doit être le nombre 1 ou 2, trouvé true ; ignoré"
    )
