"""The manifest of a catalog: what it is, which source is its release, its data version."""

from __future__ import annotations

import attrs


@attrs.frozen(kw_only=True)
class Manifest:
    """The manifest of a catalog, as ``catalog.json`` holds it.

    The catalog's title, the id of its release (a source), the version of its data and the
    licence of its records.

    >>> import povcoop
    >>> povcoop.load().manifest.release
    'cns-2021-03-10'
    """

    title: str
    release: str
    data_version: str
    license: str | None = None
    data_version_date: str | None = None
    """The day this data version was made (ISO 8601), where the manifest gives it."""

    def to_rest(self) -> dict[str, str]:
        """The manifest as ``catalog.json`` holds it: a dict of its fields, without an absent licence.

        >>> Manifest(title="My data", release="my-source", data_version="1.0").to_rest()
        {'title': 'My data', 'release': 'my-source', 'data_version': '1.0'}
        """
        rest = {"title": self.title, "release": self.release, "data_version": self.data_version}
        if self.data_version_date is not None:
            rest["data_version_date"] = self.data_version_date
        if self.license is not None:
            rest["license"] = self.license
        return rest
