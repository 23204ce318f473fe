"""The base layer: what every other layer may use and that uses nothing of povcoop's.

``errors`` (``DataError``, ``Problem``, the problem log), ``gc`` (pausing the collector for bulk
builds), ``layout`` (the kinds and their files), ``vocab`` (the closed vocabularies), ``version``
(the code and data versions)."""
