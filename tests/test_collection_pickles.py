"""A lone collection pickles and deep-copies whatever the depth of its entities' links."""

from __future__ import annotations

import copy
import pickle

import attrs

import povcoop


def _parent_chain(cat: povcoop.Catalog, depth: int) -> list[povcoop.Organization]:
    template = cat.organizations[0]
    chain: list[povcoop.Organization] = []
    for n in range(depth):
        chain.append(attrs.evolve(template, id=f"link-{n}", parent=chain[-1] if chain else None))
    return chain


def test_a_lone_collection_of_a_thousand_deep_parent_chain_pickles(cat: povcoop.Catalog) -> None:
    chain = _parent_chain(cat, 1_000)
    # the deepest first: pickling it one link at a time would follow the whole chain at once
    lone = povcoop.Collection(povcoop.Organization, reversed(chain))
    back = pickle.loads(pickle.dumps(lone))
    assert list(back) == list(lone)
    deepest = back.get("link-999")
    assert deepest.parent is not None and deepest.parent is back.get("link-998")  # links stay shared
    assert [o.id for o in back.where(parent="link-0")] == ["link-1"]


def test_a_lone_collection_of_a_thousand_deep_parent_chain_deep_copies(cat: povcoop.Catalog) -> None:
    lone = povcoop.Collection(povcoop.Organization, reversed(_parent_chain(cat, 1_000)))
    copied = copy.deepcopy(lone)
    assert list(copied) == list(lone)
    assert copied.get("link-500") is not lone.get("link-500")
