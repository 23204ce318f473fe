"""The catalog's summary, as ``python -m povcoop`` prints it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from povcoop._domain.html import figure_text

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog
    from povcoop._domain.entities import Country, Source


def _named_by(country: Country, release: Source) -> bool:
    return any(ev.basis == "stated" and ev.source is release for ev in country.evidence)


def summary(catalog: Catalog) -> str:
    """A readable overview: the release, counts per kind, each region with its projects, the
    countries the release names or its projects take place in, the groups of countries taking
    part, and the metrics: each as its source words it (or its number in the precision the data
    give), with its type and its main caveat.

    >>> import povcoop
    >>> print(summary(povcoop.load()).splitlines()[0])  # doctest: +ELLIPSIS
    povcoop data ...
    """
    release = catalog.release
    lines = [f"povcoop data {catalog.data_version}: {catalog.title}", ""]
    # The date in the precision the data hold it (2021-03 stays a month); absent parts left out.
    date = str(release.published) if release.published is not None else "undated"
    reporter = f" (reporter {release.reporter})" if release.reporter else ""
    where = ", ".join(part for part in (release.publisher, release.place, date) if part)
    lines.append(f"Release  {where}{reporter}")
    lines.append(f"         {release.title}")
    size = len(release.text or "")
    lines.append(f"         {size:,} characters of text; {len(release.errata)} errata recorded")
    lines.append("")
    lines.append("Records  " + ", ".join(f"{len(c)} {kind}" for kind, c in catalog.collections.items()))
    lines.append("")
    lines.append("Regions")
    for region in catalog.regions:
        spans = "+".join(c.code for c in region.m49_subregions)
        codes = f"M49 {region.m49.code}" if region.m49 else f"no M49 region; M49 sub-regions {spans}"
        lines.append(f"  {region.name} ({codes})")
        projects = catalog.projects.where(region=region)
        for project in projects:
            lines.append(f"    project  {project.name} [{project.type}, {project.status}]")
        # The countries of the release: those its projects take place in and those it names. A
        # country recorded only as a dated ASEAN membership (Timor-Leste) is neither.
        countries = {c.id: c for p in projects for c in p.countries}
        countries.update((c.id, c) for c in catalog.countries.where(region=region) if _named_by(c, release))
        if countries:
            lines.append("    countries  " + ", ".join(f"{c.name} ({c.id})" for c in countries.values()))
        groups = {g.id: g for p in projects for g in p.participant_groups}
        if groups:
            lines.append("    groups  " + ", ".join(f"{g.name} ({g.id}), as a group" for g in groups.values()))
    lines.append("")
    lines.append("Metrics")
    for metric in catalog.metrics:
        lines.append(f"  {metric.name} [{metric.type}]")
        lines.append(f"    {figure_text(metric)}")
        if metric.main_caveat:
            lines.append(f"    caveat: {metric.main_caveat}")
    return "\n".join(lines)
