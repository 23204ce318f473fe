"""Generated code: the index builders of the collections (povcoop._catalog.criteria).

Made by ``python tools/regenerate_engine.py`` from the registry; do not edit."""

# ruff: noqa
# mypy: ignore-errors
# fmt: off


def index_Source(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    w0, w1, w2, w3, w4, wnames, = wanted or (True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            k = item.type
            p = i1.get(k)
            if p is None:
                i1[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i1[k] = [p[0], position]
                    grown.append((i1, k))
        if w2:
            k = item.language
            p = i2.get(k)
            if p is None:
                i2[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i2[k] = [p[0], position]
                    grown.append((i2, k))
        if w3:
            for k in keys3(item):
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            for k in keys4(item):
                p = i4.get(k)
                if p is None:
                    i4[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i4[k] = [p[0], position]
                        grown.append((i4, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases, item.title, item.title_zh,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4], names


def index_Person(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    w0, w1, w2, w3, w4, wnames, = wanted or (True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            k = item.role
            p = i1.get(k)
            if p is None:
                i1[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i1[k] = [p[0], position]
                    grown.append((i1, k))
        if w2:
            k = item.organization
            if k is not None:
                k = k.id
                p = i2.get(k)
                if p is None:
                    i2[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i2[k] = [p[0], position]
                        grown.append((i2, k))
        if w3:
            for k in keys3(item):
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            for k in keys4(item):
                p = i4.get(k)
                if p is None:
                    i4[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i4[k] = [p[0], position]
                        grown.append((i4, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4], names


def index_Organization(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    i7 = {}
    i8 = {}
    w0, w1, w2, w3, w4, w5, w6, w7, w8, wnames, = wanted or (True, True, True, True, True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            k = item.type
            p = i1.get(k)
            if p is None:
                i1[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i1[k] = [p[0], position]
                    grown.append((i1, k))
        if w2:
            k = item.country
            if k is not None:
                k = k.id
                p = i2.get(k)
                if p is None:
                    i2[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i2[k] = [p[0], position]
                        grown.append((i2, k))
        if w3:
            k = item.parent
            if k is not None:
                k = k.id
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            k = item.iati_ref
            p = i4.get(k)
            if p is None:
                i4[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i4[k] = [p[0], position]
                    grown.append((i4, k))
        if w5:
            k = item.iati_type
            if k is not None:
                k = k.code
                p = i5.get(k)
                if p is None:
                    i5[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i5[k] = [p[0], position]
                        grown.append((i5, k))
        if w6:
            for k in keys6(item):
                p = i6.get(k)
                if p is None:
                    i6[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i6[k] = [p[0], position]
                        grown.append((i6, k))
        if w7:
            for k in keys7(item):
                p = i7.get(k)
                if p is None:
                    i7[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i7[k] = [p[0], position]
                        grown.append((i7, k))
        if w8:
            for k in keys8(item):
                p = i8.get(k)
                if p is None:
                    i8[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i8[k] = [p[0], position]
                        grown.append((i8, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4, i5, i6, i7, i8], names


def index_Region(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    w0, w1, w2, w3, w4, w5, wnames, = wanted or (True, True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            k = item.m49
            if k is not None:
                k = k.code
                p = i1.get(k)
                if p is None:
                    i1[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i1[k] = [p[0], position]
                        grown.append((i1, k))
        if w2:
            for k in item.m49_subregions:
                k = k.code
                p = i2.get(k)
                if p is None:
                    i2[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i2[k] = [p[0], position]
                        grown.append((i2, k))
        if w3:
            for k in item.dac_regions:
                k = k.code
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            for k in keys4(item):
                p = i4.get(k)
                if p is None:
                    i4[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i4[k] = [p[0], position]
                        grown.append((i4, k))
        if w5:
            for k in keys5(item):
                p = i5.get(k)
                if p is None:
                    i5[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i5[k] = [p[0], position]
                        grown.append((i5, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4, i5], names


def index_Country(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    i7 = {}
    i8 = {}
    i9 = {}
    w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, wnames, = wanted or (True, True, True, True, True, True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            k = item.alpha_2
            p = i1.get(k)
            if p is None:
                i1[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i1[k] = [p[0], position]
                    grown.append((i1, k))
        if w2:
            k = item.numeric
            p = i2.get(k)
            if p is None:
                i2[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i2[k] = [p[0], position]
                    grown.append((i2, k))
        if w3:
            k = item.region
            if k is not None:
                k = k.id
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            k = item.m49_region
            if k is not None:
                k = k.code
                p = i4.get(k)
                if p is None:
                    i4[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i4[k] = [p[0], position]
                        grown.append((i4, k))
        if w5:
            k = item.m49_subregion
            if k is not None:
                k = k.code
                p = i5.get(k)
                if p is None:
                    i5[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i5[k] = [p[0], position]
                        grown.append((i5, k))
        if w6:
            k = item.dac_recipient
            if k is not None:
                k = k.code
                p = i6.get(k)
                if p is None:
                    i6[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i6[k] = [p[0], position]
                        grown.append((i6, k))
        if w7:
            for k in keys7(item):
                p = i7.get(k)
                if p is None:
                    i7[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i7[k] = [p[0], position]
                        grown.append((i7, k))
        if w8:
            for k in keys8(item):
                p = i8.get(k)
                if p is None:
                    i8[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i8[k] = [p[0], position]
                        grown.append((i8, k))
        if w9:
            for k in keys9(item):
                p = i9.get(k)
                if p is None:
                    i9[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i9[k] = [p[0], position]
                        grown.append((i9, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4, i5, i6, i7, i8, i9], names


def index_Sector(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    w0, w1, w2, w3, w4, wnames, = wanted or (True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            for k in item.dac_crs:
                k = k.code
                p = i1.get(k)
                if p is None:
                    i1[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i1[k] = [p[0], position]
                        grown.append((i1, k))
        if w2:
            for k in item.sdg_targets:
                k = k.code
                p = i2.get(k)
                if p is None:
                    i2[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i2[k] = [p[0], position]
                        grown.append((i2, k))
        if w3:
            for k in keys3(item):
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            for k in keys4(item):
                p = i4.get(k)
                if p is None:
                    i4[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i4[k] = [p[0], position]
                        grown.append((i4, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4], names


def index_Concept(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    w0, w1, w2, wnames, = wanted or (True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            for k in keys1(item):
                p = i1.get(k)
                if p is None:
                    i1[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i1[k] = [p[0], position]
                        grown.append((i1, k))
        if w2:
            for k in keys2(item):
                p = i2.get(k)
                if p is None:
                    i2[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i2[k] = [p[0], position]
                        grown.append((i2, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2], names


def index_Initiative(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    i7 = {}
    i8 = {}
    w0, w1, w2, w3, w4, w5, w6, w7, w8, wnames, = wanted or (True, True, True, True, True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            k = item.type
            p = i1.get(k)
            if p is None:
                i1[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i1[k] = [p[0], position]
                    grown.append((i1, k))
        if w2:
            for k in item.countries:
                k = k.id
                p = i2.get(k)
                if p is None:
                    i2[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i2[k] = [p[0], position]
                        grown.append((i2, k))
        if w3:
            for k in item.organizations:
                k = k.id
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            for k in item.participant_groups:
                k = k.id
                p = i4.get(k)
                if p is None:
                    i4[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i4[k] = [p[0], position]
                        grown.append((i4, k))
        if w5:
            for k in item.goals:
                k = k.id
                p = i5.get(k)
                if p is None:
                    i5[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i5[k] = [p[0], position]
                        grown.append((i5, k))
        if w6:
            for k in item.sdg_targets:
                k = k.code
                p = i6.get(k)
                if p is None:
                    i6[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i6[k] = [p[0], position]
                        grown.append((i6, k))
        if w7:
            for k in keys7(item):
                p = i7.get(k)
                if p is None:
                    i7[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i7[k] = [p[0], position]
                        grown.append((i7, k))
        if w8:
            for k in keys8(item):
                p = i8.get(k)
                if p is None:
                    i8[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i8[k] = [p[0], position]
                        grown.append((i8, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4, i5, i6, i7, i8], names


def index_Project(items, normalize, wanted=None):
    memo25 = {}
    memo24 = {}
    memo23 = {}
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    i7 = {}
    i8 = {}
    i9 = {}
    i10 = {}
    i11 = {}
    i12 = {}
    i13 = {}
    i14 = {}
    i15 = {}
    i16 = {}
    i17 = {}
    i18 = {}
    i19 = {}
    i20 = {}
    i21 = {}
    i22 = {}
    i23 = {}
    i24 = {}
    i25 = {}
    w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15, w16, w17, w18, w19, w20, w21, w22, w23, w24, w25, wnames, = wanted or (True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            k = item.type
            p = i1.get(k)
            if p is None:
                i1[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i1[k] = [p[0], position]
                    grown.append((i1, k))
        if w2:
            k = item.status
            p = i2.get(k)
            if p is None:
                i2[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i2[k] = [p[0], position]
                    grown.append((i2, k))
        if w3:
            k = item.region
            if k is not None:
                k = k.id
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            for k in item.countries:
                k = k.id
                p = i4.get(k)
                if p is None:
                    i4[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i4[k] = [p[0], position]
                        grown.append((i4, k))
        if w5:
            for k in item.participant_groups:
                k = k.id
                p = i5.get(k)
                if p is None:
                    i5[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i5[k] = [p[0], position]
                        grown.append((i5, k))
        if w6:
            for k in item.sectors:
                k = k.id
                p = i6.get(k)
                if p is None:
                    i6[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i6[k] = [p[0], position]
                        grown.append((i6, k))
        if w7:
            for k in item.partners:
                k = k.id
                p = i7.get(k)
                if p is None:
                    i7[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i7[k] = [p[0], position]
                        grown.append((i7, k))
        if w8:
            for k in item.implementers:
                k = k.id
                p = i8.get(k)
                if p is None:
                    i8[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i8[k] = [p[0], position]
                        grown.append((i8, k))
        if w9:
            k = item.initiative
            if k is not None:
                k = k.id
                p = i9.get(k)
                if p is None:
                    i9[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i9[k] = [p[0], position]
                        grown.append((i9, k))
        if w10:
            for k in item.presented_in:
                k = k.id
                p = i10.get(k)
                if p is None:
                    i10[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i10[k] = [p[0], position]
                        grown.append((i10, k))
        if w11:
            for k in item.aid_types:
                k = k.code
                p = i11.get(k)
                if p is None:
                    i11[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i11[k] = [p[0], position]
                        grown.append((i11, k))
        if w12:
            k = item.iati_identifier
            p = i12.get(k)
            if p is None:
                i12[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i12[k] = [p[0], position]
                    grown.append((i12, k))
        if w13:
            k = item.iati_status
            if k is not None:
                k = k.code
                p = i13.get(k)
                if p is None:
                    i13[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i13[k] = [p[0], position]
                        grown.append((i13, k))
        if w14:
            for k in item.dac_crs_categories:
                k = k.code
                p = i14.get(k)
                if p is None:
                    i14[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i14[k] = [p[0], position]
                        grown.append((i14, k))
        if w15:
            for k in item.sdg_goals:
                k = k.code
                p = i15.get(k)
                if p is None:
                    i15[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i15[k] = [p[0], position]
                        grown.append((i15, k))
        if w16:
            k = item.reporting_org
            if k is not None:
                k = k.id
                p = i16.get(k)
                if p is None:
                    i16[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i16[k] = [p[0], position]
                        grown.append((i16, k))
        if w17:
            k = item.flow_type
            if k is not None:
                k = k.code
                p = i17.get(k)
                if p is None:
                    i17[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i17[k] = [p[0], position]
                        grown.append((i17, k))
        if w18:
            k = item.finance_type
            if k is not None:
                k = k.code
                p = i18.get(k)
                if p is None:
                    i18[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i18[k] = [p[0], position]
                        grown.append((i18, k))
        if w19:
            k = item.tied_status
            if k is not None:
                k = k.code
                p = i19.get(k)
                if p is None:
                    i19[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i19[k] = [p[0], position]
                        grown.append((i19, k))
        if w20:
            for k in item.documents:
                k = k.id
                p = i20.get(k)
                if p is None:
                    i20[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i20[k] = [p[0], position]
                        grown.append((i20, k))
        if w21:
            for k in keys21(item):
                p = i21.get(k)
                if p is None:
                    i21[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i21[k] = [p[0], position]
                        grown.append((i21, k))
        if w22:
            for k in keys22(item):
                p = i22.get(k)
                if p is None:
                    i22[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i22[k] = [p[0], position]
                        grown.append((i22, k))
        if w23:
            found = memo23.get((id(item.partners), id(item.implementers),))
            if found is None:
                found = memo23[(id(item.partners), id(item.implementers),)] = keys23(item)
            for k in found:
                p = i23.get(k)
                if p is None:
                    i23[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i23[k] = [p[0], position]
                        grown.append((i23, k))
        if w24:
            found = memo24.get((id(item.own_dac_crs), id(item.sectors),))
            if found is None:
                found = memo24[(id(item.own_dac_crs), id(item.sectors),)] = keys24(item)
            for k in found:
                p = i24.get(k)
                if p is None:
                    i24[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i24[k] = [p[0], position]
                        grown.append((i24, k))
        if w25:
            found = memo25.get((id(item.own_sdg_targets), id(item.sectors),))
            if found is None:
                found = memo25[(id(item.own_sdg_targets), id(item.sectors),)] = keys25(item)
            for k in found:
                p = i25.get(k)
                if p is None:
                    i25[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i25[k] = [p[0], position]
                        grown.append((i25, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17, i18, i19, i20, i21, i22, i23, i24, i25], names


def index_Metric(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    i7 = {}
    i8 = {}
    i9 = {}
    w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, wnames, = wanted or (True, True, True, True, True, True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            for k in item.countries:
                k = k.id
                p = i1.get(k)
                if p is None:
                    i1[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i1[k] = [p[0], position]
                        grown.append((i1, k))
        if w2:
            for k in item.regions:
                k = k.id
                p = i2.get(k)
                if p is None:
                    i2[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i2[k] = [p[0], position]
                        grown.append((i2, k))
        if w3:
            k = item.initiative
            if k is not None:
                k = k.id
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            k = item.concept
            if k is not None:
                k = k.id
                p = i4.get(k)
                if p is None:
                    i4[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i4[k] = [p[0], position]
                        grown.append((i4, k))
        if w5:
            k = item.based_on
            if k is not None:
                k = k.id
                p = i5.get(k)
                if p is None:
                    i5[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i5[k] = [p[0], position]
                        grown.append((i5, k))
        if w6:
            for k in keys6(item):
                p = i6.get(k)
                if p is None:
                    i6[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i6[k] = [p[0], position]
                        grown.append((i6, k))
        if w7:
            for k in keys7(item):
                p = i7.get(k)
                if p is None:
                    i7[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i7[k] = [p[0], position]
                        grown.append((i7, k))
        if w8:
            for k in keys8(item):
                p = i8.get(k)
                if p is None:
                    i8[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i8[k] = [p[0], position]
                        grown.append((i8, k))
        if w9:
            for k in keys9(item):
                p = i9.get(k)
                if p is None:
                    i9[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i9[k] = [p[0], position]
                        grown.append((i9, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4, i5, i6, i7, i8, i9], names


def index_Event(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    w0, w1, w2, w3, w4, w5, w6, wnames, = wanted or (True, True, True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            k = item.type
            p = i1.get(k)
            if p is None:
                i1[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i1[k] = [p[0], position]
                    grown.append((i1, k))
        if w2:
            k = item.organizer
            if k is not None:
                k = k.id
                p = i2.get(k)
                if p is None:
                    i2[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i2[k] = [p[0], position]
                        grown.append((i2, k))
        if w3:
            for k in item.people:
                k = k.id
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            k = item.document
            if k is not None:
                k = k.id
                p = i4.get(k)
                if p is None:
                    i4[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i4[k] = [p[0], position]
                        grown.append((i4, k))
        if w5:
            for k in keys5(item):
                p = i5.get(k)
                if p is None:
                    i5[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i5[k] = [p[0], position]
                        grown.append((i5, k))
        if w6:
            for k in keys6(item):
                p = i6.get(k)
                if p is None:
                    i6[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i6[k] = [p[0], position]
                        grown.append((i6, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4, i5, i6], names


def index_Statement(items, normalize, wanted=None):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    i7 = {}
    w0, w1, w2, w3, w4, w5, w6, w7, wnames, = wanted or (True, True, True, True, True, True, True, True, True, )
    names = {}
    normalized = {}
    grown = []
    for position, item in enumerate(items):
        single = (position,)
        if w0:
            k = item.id
            p = i0.get(k)
            if p is None:
                i0[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i0[k] = [p[0], position]
                    grown.append((i0, k))
        if w1:
            k = item.type
            p = i1.get(k)
            if p is None:
                i1[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i1[k] = [p[0], position]
                    grown.append((i1, k))
        if w2:
            k = item.mode
            p = i2.get(k)
            if p is None:
                i2[k] = single
            else:
                if type(p) is list:
                    p.append(position)
                else:
                    i2[k] = [p[0], position]
                    grown.append((i2, k))
        if w3:
            k = item.speaker
            if k is not None:
                k = k.id
                p = i3.get(k)
                if p is None:
                    i3[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i3[k] = [p[0], position]
                        grown.append((i3, k))
        if w4:
            k = item.event
            if k is not None:
                k = k.id
                p = i4.get(k)
                if p is None:
                    i4[k] = single
                else:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i4[k] = [p[0], position]
                        grown.append((i4, k))
        if w5:
            for k in item.about:
                k = ref_key(k)
                p = i5.get(k)
                if p is None:
                    i5[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i5[k] = [p[0], position]
                        grown.append((i5, k))
        if w6:
            for k in keys6(item):
                p = i6.get(k)
                if p is None:
                    i6[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i6[k] = [p[0], position]
                        grown.append((i6, k))
        if w7:
            for k in keys7(item):
                p = i7.get(k)
                if p is None:
                    i7[k] = single
                elif p[-1] != position:
                    if type(p) is list:
                        p.append(position)
                    else:
                        i7[k] = [p[0], position]
                        grown.append((i7, k))
        if wnames:
            for text in (item.id, item.name, item.name_zh, *item.aliases,):
                if not text:
                    continue
                key = normalized.get(text)
                if key is None:
                    key = normalized[text] = normalize(text)
                if key:
                    p = names.get(key)
                    if p is None:
                        names[key] = single
                    elif p[-1] != position:
                        if type(p) is list:
                            p.append(position)
                        else:
                            names[key] = [p[0], position]
                            grown.append((names, key))
    compact(grown)
    return [i0, i1, i2, i3, i4, i5, i6, i7], names


SIGNATURES = {
    'index_Source': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None title:value:title:None:None title_zh:value:title_zh:None:None title_en:value:title_en:None:None title_descriptive:value:title_descriptive:None:None series:value:series:None:None number:value:number:None:None publisher:value:publisher:None:None place:value:place:None:None published:date:published:None:None reporter:value:reporter:None:None authors:texts:authors:None:None family_names:texts:family_names:None:None language:value:language:None:None url:value:url:None:None text:text:text_file:None:None errata:nested_list:errata:None:None former_ids:texts:former_ids:None:None ('id', 'type', 'language', 'basis', 'source') ['id', 'name', 'name_zh', 'aliases', 'title', 'title_zh']",
    'index_Person': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None role:value:role:None:None organization:link:organization:organizations:None role_start:date:role_start:None:None role_end:date:role_end:None:None ('id', 'role', 'organization', 'basis', 'source') ['id', 'name', 'name_zh', 'aliases']",
    'index_Organization': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None country:link:country:countries:None parent:link:parent:organizations:None members:nested_list:members:None:None url:value:url:None:None iati_ref:value:iati_ref:None:None iati_type:code:iati_type:None:iati-organisation-type ('id', 'type', 'country', 'parent', 'iati_ref', 'iati_type', 'basis', 'source', 'member') ['id', 'name', 'name_zh', 'aliases']",
    'index_Region': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None m49:code:m49:None:un-m49 m49_subregions:codes:m49_subregions:None:un-m49 dac_regions:codes:dac_regions:None:oecd-dac-region ('id', 'm49', 'm49_subregion', 'dac_region', 'basis', 'source') ['id', 'name', 'name_zh', 'aliases']",
    'index_Country': "id:value:id:None:iso3166-1-alpha-3 name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None alpha_2:value:alpha_2:None:iso3166-1-alpha-2 numeric:value:numeric:None:iso3166-1-numeric region:link:region:regions:None m49_region:code:m49_region:None:un-m49 m49_subregion:code:m49_subregion:None:un-m49 dac_recipient:code:dac_recipient:None:oecd-dac-recipient ('id', 'alpha_2', 'numeric', 'region', 'm49_region', 'm49_subregion', 'dac_recipient', 'basis', 'source', 'm49') ['id', 'name', 'name_zh', 'aliases']",
    'index_Sector': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None dac_crs:codes:dac_crs:None:oecd-dac-crs-purpose sdg_targets:codes:sdg_targets:None:un-sdg-target ('id', 'dac_crs', 'sdg_target', 'basis', 'source') ['id', 'name', 'name_zh', 'aliases']",
    'index_Concept': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None ('id', 'basis', 'source') ['id', 'name', 'name_zh', 'aliases']",
    'index_Initiative': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None launched:date:launched:None:None countries:links:countries:countries:None organizations:links:organizations:organizations:None participant_groups:links:participant_groups:organizations:None goals:links:goals:initiatives:None sdg_targets:codes:sdg_targets:None:un-sdg-target ('id', 'type', 'country', 'organization', 'participant_group', 'goal', 'sdg_target', 'basis', 'source') ['id', 'name', 'name_zh', 'aliases']",
    'index_Project': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None status:value:status:None:None region:link:region:regions:None countries:links:countries:countries:None participant_groups:links:participant_groups:organizations:None sectors:links:sectors:sectors:None partners:links:partners:organizations:None implementers:links:implementers:organizations:None initiative:link:initiative:initiatives:None presented_in:links:presented_in:sources:None launched:date:launched:None:None start:date:start:None:None end:date:end:None:None own_dac_crs:codes:dac_crs:None:oecd-dac-crs-purpose own_sdg_targets:codes:sdg_targets:None:un-sdg-target aid_types:codes:aid_types:None:iati-aid-type iati_identifier:value:iati_identifier:None:None iati_status:code:iati_status:None:iati-activity-status titles:nested_list:titles:None:None descriptions:nested_list:descriptions:None:None iati_dates:nested_list:iati_dates:None:None recipient_countries:nested_list:recipient_countries:None:None recipient_regions:nested_list:recipient_regions:None:None iati_sectors:nested_list:iati_sectors:None:None dac_crs_categories:codes:dac_crs_categories:None:oecd-dac-crs-category sdg_goals:codes:sdg_goals:None:un-sdg-goal sdg_indicators:texts:sdg_indicators:None:None participants:nested_list:participants:None:None reporting_org:link:reporting_org:organizations:None secondary_reporter:value:secondary_reporter:None:None flow_type:code:flow_type:None:iati-flow-type finance_type:code:finance_type:None:iati-finance-type tied_status:code:tied_status:None:iati-tied-status default_currency:code:default_currency:None:iati-currency amounts:nested_list:amounts:None:None documents:links:documents:sources:None related_activities:nested_list:related_activities:None:None ('id', 'type', 'status', 'region', 'country', 'participant_group', 'sector', 'partner', 'implementer', 'initiative', 'presented_in', 'aid_type', 'iati_identifier', 'iati_status', 'dac_crs_category', 'sdg_goal', 'reporting_org', 'flow_type', 'finance_type', 'tied_status', 'document', 'basis', 'source', 'organization', 'dac_crs', 'sdg_target') ['id', 'name', 'name_zh', 'aliases']",
    'index_Metric': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None value:nested:value:None:None wording:value:wording:None:None subject:value:subject:None:None countries:links:countries:countries:None regions:links:regions:regions:None initiative:link:initiative:initiatives:None concept:link:concept:concepts:None year:value:year:None:None horizon:value:horizon:None:None poverty_line:nested:poverty_line:None:None conditions:value:conditions:None:None based_on:link:based_on:metrics:None main_caveat:value:main_caveat:None:None caveats:texts:caveats:None:None ('id', 'country', 'region', 'initiative', 'concept', 'based_on', 'basis', 'source', 'type', 'unit') ['id', 'name', 'name_zh', 'aliases']",
    'index_Event': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None date:date:date:None:None not_before:date:not_before:None:None not_after:date:not_after:None:None place:value:place:None:None organizer:link:organizer:organizations:None people:links:people:people:None document:link:document:sources:None ('id', 'type', 'organizer', 'person', 'document', 'basis', 'source') ['id', 'name', 'name_zh', 'aliases']",
    'index_Statement': "id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None mode:value:mode:None:None speaker:link:speaker:people:None event:link:event:events:None date:date:date:None:None topic:value:topic:None:None about:refs:about:None:None ('id', 'type', 'mode', 'speaker', 'event', 'about', 'basis', 'source') ['id', 'name', 'name_zh', 'aliases']",
}
