"""Property tests of the pieces that take arbitrary input: dates, quotes, search, problems."""

from __future__ import annotations

import datetime
import json
import pathlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcoop
from povcoop._catalog.collection import normalize
from povcoop._loading.checks import QuoteError, locate


@given(st.dates(min_value=datetime.date(1, 1, 1)), st.sampled_from(["year", "month", "day"]))
def test_partial_dates_round_trip(day: datetime.date, precision: str) -> None:
    text = day.isoformat()[: {"year": 4, "month": 7, "day": 10}[precision]]
    parsed = povcoop.PartialDate.fromisoformat(text)
    assert str(parsed) == text
    assert parsed.precision == precision
    assert (parsed.to_date() == day) if precision == "day" else parsed.to_date() is None


@given(st.text())
def test_bad_partial_dates_raise_value_error(text: str) -> None:
    try:
        parsed = povcoop.PartialDate.fromisoformat(text)
    except ValueError:
        return
    assert str(parsed) == text


@given(st.text(min_size=1), st.text(), st.text())
def test_locate_finds_what_it_says(quote: str, before: str, after: str) -> None:
    text = before + quote + after
    count = sum(1 for i in range(len(text)) if text.startswith(quote, i))
    if count == 1:
        assert locate(text, quote, None) == (len(before), len(before) + len(quote))
    else:
        with pytest.raises(QuoteError) as raised:
            locate(text, quote, None)
        assert raised.value.code == "quote-ambiguous"
        start, end = locate(text, quote, count)
        assert text[start:end] == quote
        with pytest.raises(QuoteError) as raised:
            locate(text, quote, count + 1)
        assert raised.value.code == "occurrence-out-of-range"


@given(st.text())
def test_normalize_is_idempotent_and_case_free(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert normalize(text.upper()) == normalize(text.lower()) or not text.isascii()


@given(st.sampled_from(sorted(povcoop.load().countries.ids())), st.sampled_from([str.lower, str.upper, str.title]))
def test_every_country_is_found_by_its_name_in_any_case(country_id: str, case: object) -> None:
    country = povcoop.load().countries.get(country_id)
    assert country_id in povcoop.load().countries.search(case(country.name))  # type: ignore[operator]


@given(
    st.lists(
        st.builds(
            povcoop.Problem,
            file=st.none() | st.text(min_size=1),
            index=st.none() | st.integers(min_value=0),
            id=st.none() | st.text(min_size=1),
            field=st.none() | st.text(min_size=1),
            message=st.text(min_size=1),
        ),
        min_size=1,
        max_size=80,
    )
)
def test_data_error_lists_every_problem(problems: list[povcoop.Problem]) -> None:
    error = povcoop.DataError(problems)
    assert error.problems == tuple(problems)
    text = str(error)
    for problem in problems[:50]:
        assert str(problem) in text
    if len(problems) > 50:
        assert f"{len(problems) - 50} more" in text


RELEASE_TEXT = povcoop.load().release.text or ""


@st.composite
def unique_quotes(draw: st.DrawFn) -> str:
    """A passage of the release, at least ten characters, that occurs in it once."""
    start = draw(st.integers(min_value=0, max_value=len(RELEASE_TEXT) - 40))
    length = draw(st.integers(min_value=10, max_value=40))
    quote = RELEASE_TEXT[start : start + length]
    while RELEASE_TEXT.count(quote) > 1 and start + length < len(RELEASE_TEXT):
        length += 1
        quote = RELEASE_TEXT[start : start + length]
    return quote


@given(
    st.lists(
        st.tuples(st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True), unique_quotes()),
        min_size=1,
        max_size=8,
        unique_by=lambda pair: pair[0],
    )
)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_users_records_load_with_their_quotes_located(folder: pathlib.Path, concepts: list[tuple[str, str]]) -> None:
    records = [
        {
            "id": concept_id,
            "name": f"Concept {concept_id}",
            "evidence": [{"basis": "stated", "source": "cns-2021-03-10", "quote": quote}],
        }
        for concept_id, quote in concepts
    ]
    (folder / "concepts.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (folder / "metrics.json").write_text("[]", encoding="utf-8")  # metrics refer to shipped concepts
    (folder / "statements.json").write_text("[]", encoding="utf-8")
    loaded = povcoop.load(folder)
    assert loaded.concepts.ids() == tuple(concept_id for concept_id, _ in concepts)
    for concept, (_, quote) in zip(loaded.concepts, concepts, strict=True):
        ev = concept.evidence[0]
        assert ev.quote == quote
        assert RELEASE_TEXT[ev.start : ev.end] == quote
        assert concept in loaded.concepts.search(concept.id)
