"""Value objects of the facts an IATI activity file holds that povcoop's own kinds do not:
narratives in every language, dated milestones, shares of countries, regions and sectors,
participating organisations with their role, money totals and related activities.

A project read from an IATI file holds them (``Project.titles``, ``Project.iati_sectors``...);
each is declared through the registry like any other field.

>>> from povcoop._domain.fields import fields_of
>>> [field.name for field in fields_of(SectorShare)]
['code', 'vocabulary', 'vocabulary_uri', 'percentage']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from povcoop._domain import fields as f

if TYPE_CHECKING:
    from povcoop._base.vocab import AmountElement
    from povcoop._domain.entities import Country, Organization
    from povcoop._domain.values import Code, PartialDate


@attrs.frozen(kw_only=True, weakref_slot=False)
class Narrative:
    """A text in one language, as an IATI ``narrative`` gives it.

    >>> Narrative(text="Agua potable", language="es").language
    'es'
    """

    text: str = f.value("The text, with the file's escapes resolved (``&amp;`` read as ``&``).", rest=f.LONG_TEXT)
    language: str | None = f.value(
        "Its language (the narrative's ``xml:lang``, else the activity's default language); "
        "``None`` where the file gives none.",
        default=None,
        rest=f.AtRest(pattern=r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$", max_length=100),
    )
    type: str | None = f.value("A description's IATI DescriptionType code (1 general, 2 objectives...).", default=None)


@attrs.frozen(kw_only=True, weakref_slot=False)
class ActivityDate:
    """A dated milestone of an activity: IATI's ``activity-date`` of one type.

    >>> from povcoop._domain.values import Code, PartialDate
    >>> ActivityDate(type=Code("iati-activity-date-type", "2"), date=PartialDate(2019, 1, 1)).date.precision
    'day'
    """

    type: Code = f.code(
        "iati-activity-date-type",
        "The IATI ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end.",
        required=True,
    )
    date: PartialDate = f.date("The date, at the precision the file gives (IATI's are days).", required=True)


def _country_repr(country: Country) -> str:
    return country.id


@attrs.frozen(kw_only=True, weakref_slot=False)
class CountryShare:
    """A recipient country of an activity and its share of the activity, in percent, where given."""

    country: Country = f.link("countries", "The recipient country.", required=True, repr=_country_repr)
    percentage: float | None = f.value(
        "Its share of the activity, in percent, where the file gives one.", default=None, rest=f.PERCENT
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class RegionShare:
    """A recipient region of an activity, in the vocabulary the file names, and its share."""

    code: str = f.value("The region's code in its vocabulary (OECD DAC ``298``, UN M49 ``002``...).")
    vocabulary: str = f.value("The IATI RegionVocabulary code: 1 OECD DAC, 2 UN M49, 99 the publisher's own.")
    vocabulary_uri: str | None = f.value("Where a publisher's own vocabulary is defined.", default=None)
    percentage: float | None = f.value(
        "Its share of the activity, in percent, where the file gives one.", default=None, rest=f.PERCENT
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class SectorShare:
    """A sector of an activity, in the vocabulary the file names, and its share."""

    code: str = f.value("The sector's code in its vocabulary (DAC ``31120``, SDG target ``1.1``...).")
    vocabulary: str = f.value(
        "The IATI SectorVocabulary code: 1 DAC 5-digit, 2 DAC 3-digit, 7 SDG goal, 8 SDG target, "
        "9 SDG indicator, 99 the publisher's own, ..."
    )
    vocabulary_uri: str | None = f.value("Where a publisher's own vocabulary is defined.", default=None)
    percentage: float | None = f.value(
        "Its share of the activity, in percent, where the file gives one.", default=None, rest=f.PERCENT
    )


def _organization_repr(organization: Organization | None) -> str:
    return "None" if organization is None else organization.id


@attrs.frozen(kw_only=True, weakref_slot=False)
class Participation:
    """An organisation taking part in an activity, in the role the IATI file gives it."""

    organization: Organization = f.link("organizations", "The organisation.", required=True, repr=_organization_repr)
    role: Code = f.code(
        "iati-organisation-role",
        "The IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing.",
        required=True,
    )
    type: Code | None = f.code("iati-organisation-type", "The IATI OrganisationType the activity gives it.")
    ref: str | None = f.value("The organisation's identifier as the activity gives it.", default=None)
    activity_id: str | None = f.value("The organisation's own identifier of the activity.", default=None)


@attrs.frozen(kw_only=True, weakref_slot=False)
class AmountTotal:
    """The total of an activity's budgets, planned disbursements or transactions of one type and
    currency, with how many there are and the span of their value dates.

    >>> from povcoop._domain.values import Code
    >>> AmountTotal(element="budget", currency=Code("iati-currency", "EUR"), total=2.5e6, count=2).count
    2
    """

    element: AmountElement = f.value("What is totalled: budget, planned-disbursement or transaction.")
    type: str | None = f.value(
        "The type: a budget's or planned disbursement's IATI BudgetType, a transaction's TransactionType code.",
        default=None,
    )
    currency: Code = f.code("iati-currency", "The currency of the values (ISO 4217).", required=True)
    total: float = f.value("The sum of the values.")
    count: int = f.value("How many values are summed.", rest=f.AtRest(ge=1))
    first_value_date: PartialDate | None = f.date("The earliest value date.")
    last_value_date: PartialDate | None = f.date("The latest value date.")


@attrs.frozen(kw_only=True, weakref_slot=False)
class RelatedActivity:
    """Another IATI activity this one is related to, by its identifier."""

    type: Code = f.code(
        "iati-related-activity-type",
        "The IATI RelatedActivityType: 1 parent, 2 child, 3 sibling, ...",
        required=True,
    )
    ref: str = f.value("The related activity's iati-identifier, verbatim.")


IATI_VALUES: tuple[type, ...] = (
    Narrative,
    ActivityDate,
    CountryShare,
    RegionShare,
    SectorShare,
    Participation,
    AmountTotal,
    RelatedActivity,
)
"""The value classes of IATI facts (their docstrings list their fields)."""
