"""The fast paths of a user's load agree with the exact ones: jiter's parse with :mod:`json`'s,
the plain validator with the record models, the generated builder, checks and indexes with the
naive interpreter of ``reference_engine.py``; the collector's pause is undone; a located quote is
stored once."""

from __future__ import annotations

import copy
import gc
import json
import weakref
from array import array
from importlib.resources import files
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcoop
from povcoop._base.gc import gc_paused
from povcoop._domain.entities import ENTITY_TYPES
from povcoop._domain.fields import fields_of
from povcoop._loading.build import build
from povcoop._loading.checks import check
from povcoop._loading.read import _Unreadable, parse_json, read_folder
from povcoop._loading.validate import shape_problems
from povcoop._records.models import RECORD_MODELS
from povcoop._records.validation import plain_validator, records_valid, validate_records
from reference_engine import build_reference, check_reference, indexes_reference

MANY = 1_000
"""A kind of this many records: more than any of the shipped data's."""

DATA = files("povcoop").joinpath("data")
SHIPPED = {kind: json.loads(DATA.joinpath(f"{kind}.json").read_bytes()) for kind in RECORD_MODELS}

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


def _exact(data: bytes) -> Any:
    """What the exact path (``json`` with a hook per object) makes of ``data``."""
    from povcoop._loading import read

    fast = read._parse_fast
    read._parse_fast = lambda data: read._ABSENT
    try:
        return parse_json(data, strict=True)
    finally:
        read._parse_fast = fast


def _outcome(parse: Any, data: bytes) -> tuple[str, Any]:
    try:
        return "value", parse(data)
    except _Unreadable as error:
        return "problem", error.code


# -- parsing ---------------------------------------------------------------------------------


@given(JSON, st.sampled_from([(",", ":"), (", ", ": "), (",", " : ")]), st.booleans())
def test_the_fast_parse_reads_what_json_reads(value: Any, separators: tuple[str, str], ascii_only: bool) -> None:
    data = json.dumps(value, separators=separators, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    assert _outcome(lambda d: parse_json(d, strict=True), data) == _outcome(_exact, data)


@pytest.mark.parametrize(
    "data",
    [
        b'{"a": 1, "a": 2}',
        b'[{"x": {"a": 1, "b": {"a": 1, "a" : 3}}}]',
        b"\xef\xbb\xbf[]",
        b"[NaN]",
        b"[Infinity]",
        b'["\xff"]',
        b'["\xed\xa0\x80"]',
        b'["\\ud800"]',
        b'["a\x01"]',
        b"[1e400]",
        b"[-0, 1E2, 123456789012345678901234567890]",
        b"[" * 5000 + b"]" * 5000,
        b"",
        b"[1,]",
    ],
)
def test_the_fast_parse_agrees_on_hard_cases(data: bytes) -> None:
    assert _outcome(lambda d: parse_json(d, strict=True), data) == _outcome(_exact, data)


@given(st.binary(max_size=40))
def test_the_fast_parse_agrees_on_any_bytes(data: bytes) -> None:
    assert _outcome(lambda d: parse_json(d, strict=True), data) == _outcome(_exact, data)


# -- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(RECORD_MODELS))
def test_the_plain_validator_accepts_the_shipped_records(kind: str) -> None:
    assert plain_validator(RECORD_MODELS[kind]) is not None
    assert records_valid(RECORD_MODELS[kind], SHIPPED[kind]) is True
    assert (
        validate_records(
            kind,  # type: ignore[arg-type]
            RECORD_MODELS[kind],
            SHIPPED[kind],
        )
        == []
    )


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value: keys of objects and positions of arrays."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*prefix, i))
    return found


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    *parents, last = path
    target = value
    for part in parents:
        target = target[part]
    target[last] = new
    return value


BAD = st.one_of(
    JSON,
    st.sampled_from(["", "x", "stated", "2021-02-30", "2021-13", "LAO", "lao", "asia\n", "a" * 1001, 0, 1.5, -1]),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(RECORD_MODELS)), st.data(), BAD, st.sampled_from(["set", "drop", "add"]))
def test_the_plain_validator_rejects_exactly_what_the_models_reject(
    kind: str, data: st.DataObject, new: Any, how: str
) -> None:
    records = copy.deepcopy(SHIPPED[kind])
    record_index = data.draw(st.integers(0, len(records) - 1))
    paths = _paths(records[record_index])
    path = data.draw(st.sampled_from(paths))
    target = (record_index, *path)
    if how == "drop" and path:
        *parents, last = target
        holder: Any = records
        for part in parents:
            holder = holder[part]
        del holder[last]
    elif how == "add" and isinstance(records[record_index], dict):
        records[record_index][data.draw(st.sampled_from(["extra", "occurrence", "note", "quote", "id"]))] = new
    else:
        _set(records, target, new)
    model = RECORD_MODELS[kind]
    assert records_valid(model, records) == (not validate_records(kind, model, records))  # type: ignore[arg-type]


# -- building --------------------------------------------------------------------------------


def _deep(value: Any) -> Any:
    """Every field of an entity or value object, recursively, links as ids: what equality
    leaves out (a code's name, a linked entity's own fields) is compared too."""
    if isinstance(value, povcoop.Entity):
        return (type(value).__name__, value.id)
    if attrs.has(type(value)):
        return (type(value).__name__, {a.name: _deep(getattr(value, a.name)) for a in attrs.fields(type(value))})
    if isinstance(value, tuple):
        return tuple(_deep(item) for item in value)
    return value


def _entity_fields(entity: povcoop.Entity) -> dict[str, Any]:
    return {a.name: _deep(getattr(entity, a.name)) for a in attrs.fields(type(entity))}


def _both_builds(records: dict[str, list[Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The generated builder and the reference interpreter's."""
    raw, problems = read_folder(DATA, ENTITY_TYPES, strict=False)
    raw.records.update(records)  # type: ignore[arg-type]
    invalid, found = shape_problems(raw)
    checked, found_too = check(raw.manifest, raw.records, raw.texts, raw.unreadable, invalid, ENTITY_TYPES)
    assert problems == found == found_too == []
    compiled = build(raw.records, raw.texts, checked, ENTITY_TYPES)
    return compiled, build_reference(raw.records, raw.texts, checked, ENTITY_TYPES)  # type: ignore[return-value]


def test_the_compiled_builder_builds_what_the_generic_one_does() -> None:
    compiled, generic = _both_builds({})
    for kind in ENTITY_TYPES:
        assert compiled[kind] == generic[kind]
        assert [_entity_fields(e) for e in compiled[kind]] == [_entity_fields(e) for e in generic[kind]]


def _optional_fields(kind: str) -> list[str]:
    return [f.at_rest for f in fields_of(ENTITY_TYPES[kind]) if not f.required and not f.derived]  # type: ignore[index]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_compiled_builder_agrees_on_generated_records(data: st.DataObject) -> None:
    """Projects and metrics made of the shipped ones: optional fields dropped, links subset."""
    records: dict[str, list[Any]] = {}
    for kind in ("projects", "metrics", "organizations"):
        made = []
        for shipped in SHIPPED[kind]:
            record = copy.deepcopy(shipped)
            for name in data.draw(st.lists(st.sampled_from(_optional_fields(kind)), max_size=4)):
                if name != "based_on":
                    record.pop(name, None)
            for name, value in record.items():
                if isinstance(value, list) and value and isinstance(value[0], str) and name != "evidence":
                    record[name] = data.draw(st.lists(st.sampled_from(value), unique=True))
            made.append(record)
        records[kind] = made
    compiled, generic = _both_builds(records)
    for kind in records:
        assert [_entity_fields(e) for e in compiled[kind]] == [_entity_fields(e) for e in generic[kind]]


def test_equal_codes_and_links_are_shared() -> None:
    compiled, _ = _both_builds({})
    by_code: dict[str, povcoop.Code] = {}
    for country in compiled["countries"]:
        assert by_code.setdefault(country.m49_region.code, country.m49_region) is country.m49_region


def test_a_large_user_corpus_loads_through_the_compiled_builder(folder: Any, cat: povcoop.Catalog) -> None:
    """A user's corpus of many projects loads each equal to the shipped one it copies."""

    projects = json.loads((folder / "projects.json").read_text(encoding="utf-8"))
    many = list(projects)  # the shipped ones stay: statements refer to them
    for n in range(MANY + 1):
        record = dict(projects[n % len(projects)])
        record["id"] = f"{record['id']}-{n}"
        many.append(record)
    (folder / "projects.json").write_text(json.dumps(many, ensure_ascii=False), encoding="utf-8")
    loaded = povcoop.load(folder)
    assert len(loaded.projects) == len(many)
    one = loaded.projects.get(f"{projects[1]['id']}-1")
    shipped = cat.projects.get(projects[1]["id"])
    assert _entity_fields(one) | {"id": shipped.id} == _entity_fields(shipped)
    again = loaded.projects.get(f"{projects[1]['id']}-{1 + len(projects)}")
    assert one.countries and again.countries is one.countries  # equal tuples of links are one


# -- the collector ---------------------------------------------------------------------------


@pytest.mark.parametrize("enabled", [True, False])
def test_a_load_leaves_the_collector_as_it_found_it(folder: Any, enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        povcoop.load(folder)
        assert gc.isenabled() is enabled
        (folder / "projects.json").write_text("[1,", encoding="utf-8")
        with pytest.raises(povcoop.DataError):
            povcoop.load(folder)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_nested_pauses_restore_the_collector_once() -> None:
    assert gc.isenabled()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


# -- a located quote is stored once ----------------------------------------------------------


def test_a_located_quote_is_a_slice_of_its_source(cat: povcoop.Catalog) -> None:
    from povcoop._domain.values import QUOTE_AT_SPAN, _stored_quote

    located = [ev for p in cat.projects for ev in p.evidence if ev.is_located]
    assert located
    for ev in located:
        assert _stored_quote.__get__(ev) is QUOTE_AT_SPAN
        assert ev.quote == ev.source.text[ev.start : ev.end]  # type: ignore[index]
        stored = povcoop.Evidence(basis=ev.basis, source=ev.source, quote=ev.quote, note=ev.note, locator=ev.locator)
        assert _stored_quote.__get__(stored) == ev.quote  # not located: kept as given
        assert attrs.evolve(ev) == ev
        assert hash(attrs.evolve(ev)) == hash(ev)
        assert attrs.asdict(ev, recurse=False)["quote"] == ev.quote


def test_a_quote_that_is_not_its_slice_is_kept(cat: povcoop.Catalog) -> None:
    ev = next(ev for p in cat.projects for ev in p.evidence if ev.is_located)
    other = attrs.evolve(ev, quote="something else entirely")
    assert other.quote == "something else entirely"
    assert other != ev


# -- a code's name, read from its list when asked for ------------------------------------------


def test_the_shipped_load_reads_no_code_list_until_a_name_is_asked_for() -> None:
    import subprocess
    import sys

    script = (
        "import povcoop, povcoop._codes.lists as lists\n"
        "cat = povcoop.load()\n"
        "print(sorted(lists._cache))\n"
        "code = next(p for p in cat.projects if p.aid_types).aid_types[0]\n"
        "print(code.name, sorted(lists._cache))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["[]", "Project-type interventions ['iati-aid-type']"]


def test_a_code_whose_name_its_list_gives_behaves_as_one_given_its_name() -> None:
    import pickle

    from povcoop._codes.lists import code_name
    from povcoop._domain.values import NAME_IN_LIST, Code

    for scheme, value in [("un-sdg-target", "1.1"), ("oecd-dac-crs-purpose", "31120"), ("un-m49", "142")]:
        named = Code(scheme, value, code_name(scheme, value))
        looked_up = Code(scheme, value, NAME_IN_LIST)
        assert looked_up.name == named.name is not None
        assert looked_up == named and hash(looked_up) == hash(named) and repr(looked_up) == repr(named)
        for other in (
            pickle.loads(pickle.dumps(Code(scheme, value, NAME_IN_LIST))),
            copy.deepcopy(Code(scheme, value, NAME_IN_LIST)),
            attrs.evolve(Code(scheme, value, NAME_IN_LIST)),
        ):
            assert other.name == named.name
        assert attrs.asdict(Code(scheme, value, NAME_IN_LIST)) == attrs.asdict(named)
    assert Code("un-sdg-target", "99.99", NAME_IN_LIST).name is None  # not in the list: no name, as code_name says
    assert Code("un-sdg-target", "1.1").name is None  # a name not given stays not given


def test_every_loaded_code_has_its_list_s_name(cat: povcoop.Catalog) -> None:
    from povcoop._codes.lists import code_name

    codes = {
        id(code): code
        for kind in ENTITY_TYPES
        for entity in cat[kind]
        for field in fields_of(type(entity))
        if field.role in ("code", "codes")
        for value in [getattr(entity, field.name)]
        for code in (value if isinstance(value, tuple) else (value,))
        if code is not None
    }
    assert len(codes) > 40  # the distinct code objects of the shipped catalog
    assert all(code.name == code_name(code.scheme, code.code) for code in codes.values())


# -- meaning checks ----------------------------------------------------------------------------

_ODD_CHARACTERS = "\x00\x08\t\n\x0b\r\x1f \x7f\x85\x9f\xa0\u200b\u200e\u200f\u202a\u202e\u2066\u2069\u3000\ufeffa\u4e2d"
ODD_TEXT = st.text(alphabet=st.sampled_from(_ODD_CHARACTERS) | st.characters(), max_size=6)
_KEYS = st.sampled_from(
    ["id", "name", "note", "quote", "description", "caveats", "start", "end", "joined", "left", "a.note", "x[0]"]
)
RECORD_VALUE = st.recursive(
    st.none() | st.integers(1900, 2100) | st.sampled_from(["2021", "2020-03", "2021-03-10", "2019"]) | ODD_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=10,
)


def test_every_forbidden_character_is_unprintable() -> None:
    """The meaning checks' fast path relies on it: printable text needs no regex."""
    from povcoop._loading import meaning

    for code in range(0x110000):
        character = chr(code)
        if meaning._FORBIDDEN.match(character) or meaning._SHORT_TEXT_BREAKS.match(character):
            assert not character.isprintable(), hex(code)


@pytest.mark.parametrize("kind", sorted(RECORD_MODELS))
def test_the_meaning_fast_path_passes_the_shipped_records(kind: str) -> None:
    from povcoop._loading import meaning

    for record in SHIPPED[kind]:
        assert meaning._surely_clean(record) == (not list(meaning._character_problems(record))) and not list(
            meaning._range_problems(record, "")
        )


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_KEYS, RECORD_VALUE, max_size=6))
def test_the_meaning_fast_path_never_passes_what_the_exact_checks_reject(record: dict[str, Any]) -> None:
    from povcoop._loading import meaning

    try:
        ranges = list(meaning._range_problems(record, ""))
    except ValueError:  # a range of what is not a date: validation rejects such records first
        return
    if meaning._surely_clean(record):
        assert not list(meaning._character_problems(record))
        assert not ranges


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.sampled_from(_ODD_CHARACTERS))
def test_the_meaning_checks_report_a_character_put_anywhere_in_a_shipped_project(
    data: st.DataObject, character: str
) -> None:
    """A corrupted shipped record gives the same problems with the fast path as without it."""
    from povcoop._loading import meaning

    record = copy.deepcopy(data.draw(st.sampled_from(SHIPPED["projects"])))
    paths = [path for path, _ in meaning._strings(record, "")]
    path = data.draw(st.sampled_from(paths))
    _put(record, path, character)
    found = meaning.meaning_problems({"projects": [record]}, frozenset(), {"projects": ENTITY_TYPES["projects"]})
    exact = [*meaning._character_problems(record)]
    assert [(p.field, p.code) for p in found] == [(field, code) for field, code, _ in exact]


def _put(record: Any, path: str, character: str) -> None:
    """Insert ``character`` in the middle of the string at ``path`` (``evidence[0].note``)."""
    import re

    parts: list[str | int] = [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path)]
    holder = record
    for part in parts[:-1]:
        holder = holder[part]
    text = holder[parts[-1]]
    holder[parts[-1]] = text[: len(text) // 2] + character + text[len(text) // 2 :]


# -- compiled checks ---------------------------------------------------------------------------


def _both_checks(raw: Any) -> tuple[Any, Any]:
    """What the generated checks and the reference interpreter's make of ``raw``, with the
    records validation rejects set aside, as a load does."""
    from povcoop._loading.validate import validate

    invalid, _ = validate(raw)
    args = (raw.manifest, raw.records, raw.texts, raw.unreadable, invalid, ENTITY_TYPES)
    return check(*args), check_reference(*args)


def test_the_compiled_checks_find_what_the_generic_ones_do_on_the_shipped_data() -> None:
    raw, _ = read_folder(DATA, ENTITY_TYPES, strict=False)
    compiled, generic = _both_checks(raw)
    assert compiled == generic
    assert compiled[0].spans and not compiled[1]


def test_every_kind_is_checked_by_generated_code_whatever_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """One path for every size: the shipped catalog's few records are checked by the same
    generated code as a million."""
    from povcoop._loading import checks as module

    compiled: list[type] = []
    real = module._compiled_checks

    def recording(cls: type) -> Any:
        compiled.append(cls)
        return real(cls)

    monkeypatch.setattr(module, "_compiled_checks", recording)
    raw, _ = read_folder(DATA, ENTITY_TYPES, strict=False)
    args: tuple[Any, ...] = (raw.manifest, raw.records, raw.texts, raw.unreadable, frozenset(), ENTITY_TYPES)
    assert check(*args) == check_reference(*args)
    assert set(ENTITY_TYPES.values()) <= set(compiled)


def test_trusted_data_have_their_quotes_located_as_the_full_checks_do() -> None:
    """The shipped data skip the link and code checks (the suite loads them with every check):
    the spans and the build order are those of the full checks."""
    raw, _ = read_folder(DATA, ENTITY_TYPES, strict=False)
    args: tuple[Any, ...] = (raw.manifest, raw.records, raw.texts, raw.unreadable, frozenset(), ENTITY_TYPES)
    trusted, full = check(*args, trusted=True), check(*args)
    assert trusted == full == check_reference(*args, trusted=True) and trusted[0].spans
    records = copy.deepcopy(raw.records)
    records["projects"][0]["countries"] = ["nowhere"]
    records["projects"][0]["evidence"][0]["quote"] = "not in the release"
    broken: tuple[Any, ...] = (raw.manifest, records, *args[2:])
    assert [p.code for p in check(*broken, trusted=True)[1]] == ["quote-not-found"]
    assert sorted(p.code for p in check(*broken)[1]) == ["dangling-reference", "quote-not-found"]


CORRUPT_VALUE = (
    st.sampled_from(["LAO", "asia", "nowhere", "cns-2021-03-10", "projects/x", "", "agriculture", "1", "stated"])
    | st.lists(st.sampled_from(["LAO", "KHM", "LAO", "asia", "nowhere", "cns-2021-03-10"]), max_size=4)
    | st.integers()
    | st.none()
    | st.dictionaries(st.sampled_from(["quote", "source", "basis"]), st.text(max_size=8), max_size=2)
    | st.text(max_size=12)
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.lists(CORRUPT_VALUE, min_size=1, max_size=4))
def test_the_compiled_checks_find_what_the_generic_ones_do_on_corrupted_records(
    data: st.DataObject, values: list[Any]
) -> None:
    """Any value put at any place of shipped records: the same problems, in the same order,
    with the same field paths, and the same located quotes."""
    raw, _ = read_folder(DATA, ENTITY_TYPES, strict=False)
    records = copy.deepcopy(raw.records)
    for value in values:
        kind = data.draw(st.sampled_from(sorted(k for k in records if records[k])))
        record = data.draw(st.sampled_from(records[kind]))
        holder, key = _place_in(data, record)
        holder[key] = value
    compiled, generic = _both_checks(raw._replace(records=records))
    assert compiled == generic


def _place_in(data: st.DataObject, record: dict[str, Any]) -> tuple[Any, Any]:
    """A place in ``record``: one of its keys, or one inside a nested object or list."""
    holder: Any = record
    while True:
        keys = list(holder) if isinstance(holder, dict) else list(range(len(holder)))
        if not keys:
            return holder, 0 if isinstance(holder, list) else "id"
        key = data.draw(st.sampled_from(keys))
        inner = holder[key]
        if isinstance(inner, dict | list) and inner and data.draw(st.booleans()):
            holder = inner
            continue
        if isinstance(holder, list) and not isinstance(key, int):
            return record, "id"
        return holder, key


# -- names, folded ----------------------------------------------------------------------------

_NAME_CHARACTERS = " \t\n\x1c\x1f_-–—.,'’()/&0189²½AZaz ÀÉéçñßøŁİıǄﬁΣσς中文\u3000\u00a0\u0301"


def _normalize_reference(text: str) -> str:
    """A name folded by the regex alone, the rule ``normalize`` keeps: case and accents folded,
    each run of anything but letters and digits one space, none at the ends."""
    import re
    import unicodedata

    stripped = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", stripped.casefold()).strip()


@settings(max_examples=1000)
@given(st.text(alphabet=st.sampled_from(_NAME_CHARACTERS) | st.characters(), max_size=24))
def test_a_folded_name_is_the_regex_s(text: str) -> None:
    from povcoop._catalog.collection import normalize

    assert normalize(text) == _normalize_reference(text)


def test_every_shipped_name_folds_as_the_regex_folds_it(cat: povcoop.Catalog) -> None:
    from povcoop._catalog.collection import normalize
    from povcoop._domain.fields import names_of

    names = [
        name
        for kind in ENTITY_TYPES
        for entity in cat[kind]
        for field in names_of(type(entity))
        for value in [getattr(entity, field.name)]
        for name in (value if isinstance(value, tuple) else (value,))
        if isinstance(name, str)
    ]
    assert len(names) > 400 and any(not name.isascii() for name in names)
    assert [normalize(name) for name in names] == [_normalize_reference(name) for name in names]


# -- the indexes -----------------------------------------------------------------------------


def _both_indexes(entities: tuple[Any, ...], cls: type) -> tuple[Any, Any]:
    """The generated index builder's indexes and name index, and the reference interpreter's
    (read criterion by criterion); as lists of pairs, so that the order of keys is compared too."""
    from povcoop._catalog.collection import normalize
    from povcoop._catalog.criteria import index_builder

    built, names = index_builder(cls)(entities, normalize)
    reference, reference_names = indexes_reference(entities, cls)
    return ([list(index.items()) for index in built], list(names.items())), (
        [list(index.items()) for index in reference],
        list(reference_names.items()),
    )


@pytest.mark.parametrize("kind", sorted(ENTITY_TYPES))
def test_the_generated_indexes_are_the_generic_ones_on_the_shipped_data(kind: str, cat: povcoop.Catalog) -> None:
    entities = tuple(cat[kind])
    compiled, generic = _both_indexes(entities, ENTITY_TYPES[kind])  # type: ignore[index]
    assert compiled == generic
    assert compiled[0] and any(compiled[0])


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_generated_indexes_agree_on_generated_records(data: st.DataObject) -> None:
    """Entities built from the shipped records with optional fields dropped, links subset, and
    names and aliases replaced by generated text (accents, punctuation, repeats, empty)."""
    names = st.sampled_from(["Laos", "Lao PDR", "", "Côte d’Ivoire", "老挝", "  x--y "]) | st.text(max_size=8)
    records: dict[str, list[Any]] = {}
    for kind in ("projects", "metrics", "organizations", "countries"):
        made = []
        for shipped in SHIPPED[kind]:
            record = copy.deepcopy(shipped)
            for name in data.draw(st.lists(st.sampled_from(_optional_fields(kind)), max_size=4)):
                if name not in ("based_on", "name"):
                    record.pop(name, None)
            for name, value in record.items():
                if isinstance(value, list) and value and isinstance(value[0], str) and name != "evidence":
                    record[name] = data.draw(st.lists(st.sampled_from(value), unique=True))
            if "aliases" in record:
                record["aliases"] = data.draw(st.lists(names, max_size=3))
            made.append(record)
        records[kind] = made
    compiled, _ = _both_builds(records)
    for kind in records:
        entities = tuple(compiled[kind])
        if "name" in attrs.fields_dict(ENTITY_TYPES[kind]):  # type: ignore[index]
            entities = tuple(attrs.evolve(e, name=data.draw(names)) for e in entities)
        generated, generic = _both_indexes(entities, ENTITY_TYPES[kind])  # type: ignore[index]
        assert generated == generic


def test_a_collection_made_by_where_indexes_as_the_reference_does(cat: povcoop.Catalog) -> None:
    """A collection made by ``where()`` builds each index on its first use, by the same
    generated code as the catalog's at load (asked for that index alone)."""
    from povcoop._catalog import collection as module

    projects = tuple(cat.projects)
    many = module.Collection(type(projects[0]), projects * (MANY // len(projects) + 1))
    laos = many.where(country="LAO")
    assert not laos._indexes and not laos._names
    assert [p.id for p in laos.where(status=laos[0].status)] == [p.id for p in laos if p.status == laos[0].status]
    assert list(laos._indexes) == ["status"] and not laos._names
    assert [p.id for p in laos.search(laos[0].name)] == [p.id for p in laos if p.name == laos[0].name]
    assert laos._names and list(laos._indexes) == ["status"]
    laos.build_indexes()
    reference, names = indexes_reference(tuple(laos), type(projects[0]))
    assert [list(laos._indexes[name].items()) for name in laos._criteria] == [list(i.items()) for i in reference]
    assert list(laos._names.items()) == list(names.items())


_SHIPPED_INDEXES_AT_FIRST_QUERY = """
import json, threading, povcoop
cat = povcoop.load()
before = {kind: [list(c._indexes), bool(c._names)] for kind, c in cat._collections.items()}
laos = [p.id for p in cat.projects.where(country="LAO")]
after_where = {kind: list(c._indexes) for kind, c in cat._collections.items() if c._indexes}
juncao = [p.id for p in cat.projects.search("Juncao")]
named = sorted(kind for kind, c in cat._collections.items() if c._names)
answers = []
def ask():
    answers.append(([o.id for o in cat.organizations.where(type=cat.organizations[0].type)],
                    [s.id for s in cat.sources.where(language="en")]))
threads = [threading.Thread(target=ask) for _ in range(8)]
for thread in threads: thread.start()
for thread in threads: thread.join()
print(json.dumps([before, laos, after_where, juncao, named, answers]))
"""


def test_the_shipped_catalog_builds_each_index_at_the_first_query_that_needs_it(cat: povcoop.Catalog) -> None:
    """The shipped catalog is built without indexes (each is a pass over a few dozen entities,
    and a cold start queries few fields); a query builds the one index it needs, and threads
    sharing the catalog on their first queries all get the answers of an indexed catalog."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", _SHIPPED_INDEXES_AT_FIRST_QUERY], capture_output=True, text=True, check=True
    )
    before, laos, after_where, juncao, named, answers = json.loads(result.stdout)
    assert before == {kind: [[], False] for kind in ENTITY_TYPES}
    indexed = povcoop.Catalog.from_entities(cat.to_entities(), cat.manifest)
    assert laos == [p.id for p in indexed.projects.where(country="LAO")] != []
    assert after_where == {"projects": ["country"]}  # "LAO" is resolved by the countries' ids
    assert juncao == [p.id for p in indexed.projects.search("Juncao")] != []
    assert named == ["projects"]
    organizations = [o.id for o in indexed.organizations.where(type=indexed.organizations[0].type)]
    sources = [s.id for s in indexed.sources.where(language="en")]
    assert answers == [[organizations, sources]] * 8


def test_a_catalog_from_entities_has_every_index_built(cat: povcoop.Catalog) -> None:
    """A catalog made by ``from_entities`` (a user's load) is indexed whole: no query on a large
    corpus pays for a pass over it."""
    indexed = povcoop.Catalog.from_entities(cat.to_entities(), cat.manifest)
    for collection in indexed._collections.values():
        assert list(collection._indexes) == list(collection._criteria)
        assert bool(collection._names) == bool(len(collection))


def test_generated_indexes_read_the_keys_of_equal_inputs_once_and_right(cat: povcoop.Catalog) -> None:
    """Keys read from a few fields (a project's codes with its sectors') are read once per
    combination of those fields' objects: projects mixing shared and own tuples index as the
    criterion reads each."""
    from povcoop._catalog import collection as module

    projects = tuple(cat.projects)
    sectors = [p.sectors for p in projects] + [(*projects[0].sectors,), ()]
    codes = [p.own_dac_crs for p in projects] + [(povcoop.Code("oecd-dac-crs-purpose", "43072"),), ()]
    mixed = tuple(
        attrs.evolve(
            projects[n % len(projects)],
            id=f"p{n}",
            sectors=sectors[n % len(sectors)],
            own_dac_crs=codes[(n // 3) % len(codes)],
            own_sdg_targets=projects[(n // 5) % len(projects)].own_sdg_targets,
        )
        for n in range(MANY + 7)
    )
    large = module.Collection(type(projects[0]), mixed)
    large.build_indexes()
    for name in ("dac_crs", "sdg_target", "organization"):
        by_reading: dict[str, list[int]] = {}
        for position, project in enumerate(mixed):
            for key in dict.fromkeys(large._criteria[name].keys(project)):
                by_reading.setdefault(key, []).append(position)
        assert {k: list(v) for k, v in large._indexes[name].items()} == by_reading


@pytest.mark.parametrize("generated", [True, False])
def test_a_key_of_one_entity_holds_its_one_position_tuple_shared_by_every_index(
    cat: povcoop.Catalog, generated: bool
) -> None:
    """Memory: a key held by one entity maps to that entity's own ``(position,)``, one object
    for all its keys in every index; a key held by more maps to an array of their positions
    (C ints: 4 bytes a position, no int object each)."""
    from povcoop._catalog import collection as module

    projects = tuple(cat.projects)
    many = projects * (MANY // len(projects) + 1) if generated else projects
    renamed = tuple(attrs.evolve(p, id=f"{p.id}-{n}") for n, p in enumerate(many))
    collection = module.Collection(type(projects[0]), renamed)
    collection.build_indexes()
    ids = collection._indexes["id"]
    names = collection._name_index()
    last = len(renamed) - 1
    own = ids[renamed[last].id]
    assert own == (last,) and type(own) is tuple
    assert names[module.normalize(renamed[last].id)] is own
    shared_name = names[module.normalize(renamed[0].name)]
    expected = list(range(0, len(renamed), len(projects)))
    if generated:
        assert type(shared_name) is array and shared_name.typecode == "I" and list(shared_name) == expected
    else:
        assert shared_name == (0,)
    assert [p.id for p in collection.search(renamed[0].name)] == [renamed[i].id for i in expected]


def test_a_build_that_consumes_its_records_drops_each_once_built_and_builds_the_same() -> None:
    """Memory at a million records: a load's records are dropped as they are built (but a
    source's, whose evidence is built from it after), so the entities reuse their memory."""
    raw, _ = read_folder(DATA, ENTITY_TYPES, strict=False)
    invalid, _ = shape_problems(raw)
    checked, _ = check(raw.manifest, raw.records, raw.texts, raw.unreadable, invalid, ENTITY_TYPES)
    kept = build(raw.records, raw.texts, checked, ENTITY_TYPES)
    records = {kind: list(items) for kind, items in raw.records.items()}
    consumed = build(records, raw.texts, checked, ENTITY_TYPES, consume=True)
    assert consumed == kept
    assert all(record is None for kind, items in records.items() if kind != "sources" for record in items)
    assert records["sources"] == raw.records["sources"]


def test_the_compiled_builder_makes_equal_tuples_of_texts_one_object() -> None:
    """Memory: an evidence's ``supports`` repeats a few field names across a corpus; equal
    tuples of texts are one tuple, as equal tuples of links and codes are."""
    compiled, generic = _both_builds({})
    supports = [e.supports for p in compiled["projects"] for e in p.evidence if e.supports]
    assert len({id(s) for s in supports}) == len(set(supports)) < len(supports)
    plain = [e.supports for p in generic["projects"] for e in p.evidence if e.supports]
    assert plain == supports


def test_the_compiled_builder_stores_a_located_quote_as_a_slice_of_its_source() -> None:
    from povcoop._domain.values import QUOTE_AT_SPAN, _stored_quote

    compiled, generic = _both_builds({})
    for built, plain in zip(compiled["projects"], generic["projects"], strict=True):
        for ev, twin in zip(built.evidence, plain.evidence, strict=True):
            assert ev.quote == twin.quote and ev.start == twin.start
            assert (_stored_quote.__get__(ev) is QUOTE_AT_SPAN) == ev.is_located
    first = compiled["projects"][0].evidence[0]
    assert first.is_located and first.quote == SHIPPED["projects"][0]["evidence"][0]["quote"]


def test_the_compiled_builder_keeps_long_texts_without_their_validation_copy() -> None:
    """A long non-ASCII text is kept as a new string, equal to the parsed one (which validation
    gave a UTF-8 copy); a short one stays the parsed object, which jiter shares."""
    description = "Coopération sino-africaine — " * 4
    projects = copy.deepcopy(SHIPPED["projects"])
    record = projects[0]
    record |= {"description": description, "name_zh": "老挝项目"}
    compiled, generic = _both_builds({"projects": projects})
    built, plain = compiled["projects"][0], generic["projects"][0]
    assert built.description == plain.description == description
    assert built.description is not record["description"] and plain.description is record["description"]
    assert built.name_zh is record["name_zh"]
    assert _entity_fields(built) == _entity_fields(plain)


def test_a_value_object_has_no_weak_reference_slot() -> None:
    """Memory: a value (an evidence, a code, a date, a share) is compared by what it holds and
    never referred to weakly, so it has no slot for it (8 bytes each: a project's six evidence
    objects 48); an entity keeps its slot, for caches keyed weakly by entity."""
    from povcoop._domain import entities, iati, values

    classes = [
        cls
        for module in (values, iati)
        for cls in vars(module).values()
        if isinstance(cls, type) and attrs.has(cls) and cls.__module__ == module.__name__
    ]
    assert {"Evidence", "Code", "PartialDate", "Narrative", "CountryShare"} <= {cls.__name__ for cls in classes}
    for cls in (*classes, entities.CodeOrigin):
        assert cls.__weakrefoffset__ == 0, cls.__name__
    assert all(cls.__weakrefoffset__ for cls in ENTITY_TYPES.values())
    weakref.ref(next(iter(povcoop.load().projects)))
