"""Generated code: the index builders of the collections (povcoop._catalog.criteria).

Made by ``python tools/regenerate_engine.py`` from the registry; do not edit."""

# ruff: noqa
# mypy: ignore-errors
# fmt: off


def index_Source(items, normalize):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
        k = item.type
        p = i1.get(k)
        if p is None:
            i1[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i1[k] = [p[0], position]
        k = item.language
        p = i2.get(k)
        if p is None:
            i2[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i2[k] = [p[0], position]
        for k in keys3(item):
            p = i3.get(k)
            if p is None:
                i3[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i3[k] = [p[0], position]
        for k in keys4(item):
            p = i4.get(k)
            if p is None:
                i4[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i4[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh, item.title, item.title_zh,):
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
    return [i0, i1, i2, i3, i4], names


def index_Person(items, normalize):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
        k = item.role
        p = i1.get(k)
        if p is None:
            i1[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i1[k] = [p[0], position]
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
        for k in keys3(item):
            p = i3.get(k)
            if p is None:
                i3[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i3[k] = [p[0], position]
        for k in keys4(item):
            p = i4.get(k)
            if p is None:
                i4[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i4[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2, i3, i4], names


def index_Organization(items, normalize):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    i7 = {}
    i8 = {}
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
        k = item.type
        p = i1.get(k)
        if p is None:
            i1[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i1[k] = [p[0], position]
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
        k = item.iati_ref
        p = i4.get(k)
        if p is None:
            i4[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i4[k] = [p[0], position]
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
        for k in keys6(item):
            p = i6.get(k)
            if p is None:
                i6[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i6[k] = [p[0], position]
        for k in keys7(item):
            p = i7.get(k)
            if p is None:
                i7[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i7[k] = [p[0], position]
        for k in keys8(item):
            p = i8.get(k)
            if p is None:
                i8[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i8[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2, i3, i4, i5, i6, i7, i8], names


def index_Region(items, normalize):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
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
        for k in keys4(item):
            p = i4.get(k)
            if p is None:
                i4[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i4[k] = [p[0], position]
        for k in keys5(item):
            p = i5.get(k)
            if p is None:
                i5[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i5[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2, i3, i4, i5], names


def index_Country(items, normalize):
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
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
        k = item.alpha_2
        p = i1.get(k)
        if p is None:
            i1[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i1[k] = [p[0], position]
        k = item.numeric
        p = i2.get(k)
        if p is None:
            i2[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i2[k] = [p[0], position]
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
        for k in keys7(item):
            p = i7.get(k)
            if p is None:
                i7[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i7[k] = [p[0], position]
        for k in keys8(item):
            p = i8.get(k)
            if p is None:
                i8[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i8[k] = [p[0], position]
        for k in keys9(item):
            p = i9.get(k)
            if p is None:
                i9[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i9[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2, i3, i4, i5, i6, i7, i8, i9], names


def index_Sector(items, normalize):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
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
        for k in keys3(item):
            p = i3.get(k)
            if p is None:
                i3[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i3[k] = [p[0], position]
        for k in keys4(item):
            p = i4.get(k)
            if p is None:
                i4[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i4[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2, i3, i4], names


def index_Concept(items, normalize):
    i0 = {}
    i1 = {}
    i2 = {}
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
        for k in keys1(item):
            p = i1.get(k)
            if p is None:
                i1[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i1[k] = [p[0], position]
        for k in keys2(item):
            p = i2.get(k)
            if p is None:
                i2[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i2[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2], names


def index_Initiative(items, normalize):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    i7 = {}
    i8 = {}
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
        k = item.type
        p = i1.get(k)
        if p is None:
            i1[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i1[k] = [p[0], position]
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
        for k in keys7(item):
            p = i7.get(k)
            if p is None:
                i7[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i7[k] = [p[0], position]
        for k in keys8(item):
            p = i8.get(k)
            if p is None:
                i8[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i8[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2, i3, i4, i5, i6, i7, i8], names


def index_Project(items, normalize):
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
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
        k = item.type
        p = i1.get(k)
        if p is None:
            i1[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i1[k] = [p[0], position]
        k = item.status
        p = i2.get(k)
        if p is None:
            i2[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i2[k] = [p[0], position]
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
        k = item.iati_identifier
        p = i12.get(k)
        if p is None:
            i12[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i12[k] = [p[0], position]
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
        for k in keys21(item):
            p = i21.get(k)
            if p is None:
                i21[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i21[k] = [p[0], position]
        for k in keys22(item):
            p = i22.get(k)
            if p is None:
                i22[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i22[k] = [p[0], position]
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
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17, i18, i19, i20, i21, i22, i23, i24, i25], names


def index_Metric(items, normalize):
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
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
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
        for k in keys6(item):
            p = i6.get(k)
            if p is None:
                i6[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i6[k] = [p[0], position]
        for k in keys7(item):
            p = i7.get(k)
            if p is None:
                i7[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i7[k] = [p[0], position]
        for k in keys8(item):
            p = i8.get(k)
            if p is None:
                i8[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i8[k] = [p[0], position]
        for k in keys9(item):
            p = i9.get(k)
            if p is None:
                i9[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i9[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2, i3, i4, i5, i6, i7, i8, i9], names


def index_Event(items, normalize):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
        k = item.type
        p = i1.get(k)
        if p is None:
            i1[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i1[k] = [p[0], position]
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
        for k in keys5(item):
            p = i5.get(k)
            if p is None:
                i5[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i5[k] = [p[0], position]
        for k in keys6(item):
            p = i6.get(k)
            if p is None:
                i6[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i6[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2, i3, i4, i5, i6], names


def index_Statement(items, normalize):
    i0 = {}
    i1 = {}
    i2 = {}
    i3 = {}
    i4 = {}
    i5 = {}
    i6 = {}
    i7 = {}
    names = {}
    normalized = {}
    for position, item in enumerate(items):
        single = (position,)
        k = item.id
        p = i0.get(k)
        if p is None:
            i0[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i0[k] = [p[0], position]
        k = item.type
        p = i1.get(k)
        if p is None:
            i1[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i1[k] = [p[0], position]
        k = item.mode
        p = i2.get(k)
        if p is None:
            i2[k] = single
        else:
            if type(p) is list:
                p.append(position)
            else:
                i2[k] = [p[0], position]
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
        for k in keys6(item):
            p = i6.get(k)
            if p is None:
                i6[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i6[k] = [p[0], position]
        for k in keys7(item):
            p = i7.get(k)
            if p is None:
                i7[k] = single
            elif p[-1] != position:
                if type(p) is list:
                    p.append(position)
                else:
                    i7[k] = [p[0], position]
        for text in (item.id, item.name, *item.aliases, item.name_zh,):
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
    return [i0, i1, i2, i3, i4, i5, i6, i7], names


SIGNATURES = {
    'index_Source': "Source(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('title', 'title', 'value', None, None, None, None), ('title_zh', 'title_zh', 'value', None, None, None, None), ('title_en', 'title_en', 'value', None, None, None, None), ('title_descriptive', 'title_descriptive', 'value', None, None, None, None), ('series', 'series', 'value', None, None, None, None), ('number', 'number', 'value', None, None, None, None), ('publisher', 'publisher', 'value', None, None, None, None), ('place', 'place', 'value', None, None, None, None), ('published', 'published', 'date', None, None, None, None), ('reporter', 'reporter', 'value', None, None, None, None), ('authors', 'authors', 'texts', None, None, None, None), ('family_names', 'family_names', 'texts', None, None, None, None), ('language', 'language', 'value', None, None, 'language', None), ('url', 'url', 'value', None, None, None, None), ('text', 'text_file', 'text', None, None, None, None), ('errata', 'errata', 'nested_list', None, None, None, 'Erratum'), ('former_ids', 'former_ids', 'texts', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', False), (False, 'SourceType', True), (False, 'str', True), (False, 'str | None', False), (False, 'str | None', False), (False, 'bool', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'PartialDate | None', False), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'tuple[str, ...]', False), (False, 'str', True), (False, 'str | None', False), (False, 'str | None', False), (False, 'tuple[Erratum, ...]', False), (False, 'tuple[str, ...]', False)) ('id', 'type', 'language', 'basis', 'source') ['name_zh', 'title', 'title_zh']",
    'index_Person': "Person(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('role', 'role', 'value', None, None, 'role', None), ('organization', 'organization', 'link', 'organizations', None, 'organization', None), ('role_start', 'role_start', 'date', None, None, None, None), ('role_end', 'role_end', 'date', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'str', True), (False, 'Organization | None', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False)) ('id', 'role', 'organization', 'basis', 'source') ['name_zh']",
    'index_Organization': "Organization(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('country', 'country', 'link', 'countries', None, 'country', None), ('parent', 'parent', 'link', 'organizations', None, 'parent', None), ('members', 'members', 'nested_list', None, None, None, 'Membership'), ('url', 'url', 'value', None, None, None, None), ('iati_ref', 'iati_ref', 'value', None, None, 'iati_ref', None), ('iati_type', 'iati_type', 'code', None, 'iati-organisation-type', 'iati_type', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'OrganizationType', True), (False, 'Country | None', False), (False, 'Organization | None', False), (False, 'tuple[Membership, ...]', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'Code | None', False)) ('id', 'type', 'country', 'parent', 'iati_ref', 'iati_type', 'basis', 'source', 'member') ['name_zh']",
    'index_Region': "Region(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('m49', 'm49', 'code', None, 'un-m49', 'm49', None), ('m49_subregions', 'm49_subregions', 'codes', None, 'un-m49', 'm49_subregion', None), ('dac_regions', 'dac_regions', 'codes', None, 'oecd-dac-region', 'dac_region', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'Code | None', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False)) ('id', 'm49', 'm49_subregion', 'dac_region', 'basis', 'source') ['name_zh']",
    'index_Country': "Country(('id', 'id', 'value', None, 'iso3166-1-alpha-3', 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('alpha_2', 'alpha_2', 'value', None, 'iso3166-1-alpha-2', 'alpha_2', None), ('numeric', 'numeric', 'value', None, 'iso3166-1-numeric', 'numeric', None), ('region', 'region', 'link', 'regions', None, 'region', None), ('m49_region', 'm49_region', 'code', None, 'un-m49', 'm49_region', None), ('m49_subregion', 'm49_subregion', 'code', None, 'un-m49', 'm49_subregion', None), ('dac_recipient', 'dac_recipient', 'code', None, 'oecd-dac-recipient', 'dac_recipient', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'str', True), (False, 'str', True), (False, 'Region | None', False), (False, 'Code', True), (False, 'Code', True), (False, 'Code | None', False)) ('id', 'alpha_2', 'numeric', 'region', 'm49_region', 'm49_subregion', 'dac_recipient', 'basis', 'source', 'm49') ['name_zh']",
    'index_Sector': "Sector(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('dac_crs', 'dac_crs', 'codes', None, 'oecd-dac-crs-purpose', 'dac_crs', None), ('sdg_targets', 'sdg_targets', 'codes', None, 'un-sdg-target', 'sdg_target', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False)) ('id', 'dac_crs', 'sdg_target', 'basis', 'source') ['name_zh']",
    'index_Concept': "Concept(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True)) ('id', 'basis', 'source') ['name_zh']",
    'index_Initiative': "Initiative(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('launched', 'launched', 'date', None, None, None, None), ('countries', 'countries', 'links', 'countries', None, 'country', None), ('organizations', 'organizations', 'links', 'organizations', None, 'organization', None), ('participant_groups', 'participant_groups', 'links', 'organizations', None, 'participant_group', None), ('goals', 'goals', 'links', 'initiatives', None, 'goal', None), ('sdg_targets', 'sdg_targets', 'codes', None, 'un-sdg-target', 'sdg_target', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'InitiativeType', True), (False, 'PartialDate | None', False), (False, 'tuple[Country, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Initiative, ...]', False), (False, 'tuple[Code, ...]', False)) ('id', 'type', 'country', 'organization', 'participant_group', 'goal', 'sdg_target', 'basis', 'source') ['name_zh']",
    'index_Project': "Project(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('status', 'status', 'value', None, None, 'status', None), ('region', 'region', 'link', 'regions', None, 'region', None), ('countries', 'countries', 'links', 'countries', None, 'country', None), ('participant_groups', 'participant_groups', 'links', 'organizations', None, 'participant_group', None), ('sectors', 'sectors', 'links', 'sectors', None, 'sector', None), ('partners', 'partners', 'links', 'organizations', None, 'partner', None), ('implementers', 'implementers', 'links', 'organizations', None, 'implementer', None), ('initiative', 'initiative', 'link', 'initiatives', None, 'initiative', None), ('presented_in', 'presented_in', 'links', 'sources', None, 'presented_in', None), ('launched', 'launched', 'date', None, None, None, None), ('start', 'start', 'date', None, None, None, None), ('end', 'end', 'date', None, None, None, None), ('own_dac_crs', 'dac_crs', 'codes', None, 'oecd-dac-crs-purpose', None, None), ('own_sdg_targets', 'sdg_targets', 'codes', None, 'un-sdg-target', None, None), ('aid_types', 'aid_types', 'codes', None, 'iati-aid-type', 'aid_type', None), ('iati_identifier', 'iati_identifier', 'value', None, None, 'iati_identifier', None), ('iati_status', 'iati_status', 'code', None, 'iati-activity-status', 'iati_status', None), ('titles', 'titles', 'nested_list', None, None, None, 'Narrative'), ('descriptions', 'descriptions', 'nested_list', None, None, None, 'Narrative'), ('iati_dates', 'iati_dates', 'nested_list', None, None, None, 'ActivityDate'), ('recipient_countries', 'recipient_countries', 'nested_list', None, None, None, 'CountryShare'), ('recipient_regions', 'recipient_regions', 'nested_list', None, None, None, 'RegionShare'), ('iati_sectors', 'iati_sectors', 'nested_list', None, None, None, 'SectorShare'), ('dac_crs_categories', 'dac_crs_categories', 'codes', None, 'oecd-dac-crs-category', 'dac_crs_category', None), ('sdg_goals', 'sdg_goals', 'codes', None, 'un-sdg-goal', 'sdg_goal', None), ('sdg_indicators', 'sdg_indicators', 'texts', None, None, None, None), ('participants', 'participants', 'nested_list', None, None, None, 'Participation'), ('reporting_org', 'reporting_org', 'link', 'organizations', None, 'reporting_org', None), ('secondary_reporter', 'secondary_reporter', 'value', None, None, None, None), ('flow_type', 'flow_type', 'code', None, 'iati-flow-type', 'flow_type', None), ('finance_type', 'finance_type', 'code', None, 'iati-finance-type', 'finance_type', None), ('tied_status', 'tied_status', 'code', None, 'iati-tied-status', 'tied_status', None), ('default_currency', 'default_currency', 'code', None, 'iati-currency', None, None), ('amounts', 'amounts', 'nested_list', None, None, None, 'AmountTotal'), ('documents', 'documents', 'links', 'sources', None, 'document', None), ('related_activities', 'related_activities', 'nested_list', None, None, None, 'RelatedActivity'), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'ProjectType', True), (False, 'ProjectStatus', True), (False, 'Region | None', False), (False, 'tuple[Country, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Sector, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'Initiative | None', False), (False, 'tuple[Source, ...]', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'str | None', False), (False, 'Code | None', False), (False, 'tuple[Narrative, ...]', False), (False, 'tuple[Narrative, ...]', False), (False, 'tuple[ActivityDate, ...]', False), (False, 'tuple[CountryShare, ...]', False), (False, 'tuple[RegionShare, ...]', False), (False, 'tuple[SectorShare, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[str, ...]', False), (False, 'tuple[Participation, ...]', False), (False, 'Organization | None', False), (False, 'bool | None', False), (False, 'Code | None', False), (False, 'Code | None', False), (False, 'Code | None', False), (False, 'Code | None', False), (False, 'tuple[AmountTotal, ...]', False), (False, 'tuple[Source, ...]', False), (False, 'tuple[RelatedActivity, ...]', False)) ('id', 'type', 'status', 'region', 'country', 'participant_group', 'sector', 'partner', 'implementer', 'initiative', 'presented_in', 'aid_type', 'iati_identifier', 'iati_status', 'dac_crs_category', 'sdg_goal', 'reporting_org', 'flow_type', 'finance_type', 'tied_status', 'document', 'basis', 'source', 'organization', 'dac_crs', 'sdg_target') ['name_zh']",
    'index_Metric': "Metric(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('value', 'value', 'nested', None, None, None, 'Quantity'), ('wording', 'wording', 'value', None, None, None, None), ('subject', 'subject', 'value', None, None, None, None), ('countries', 'countries', 'links', 'countries', None, 'country', None), ('regions', 'regions', 'links', 'regions', None, 'region', None), ('initiative', 'initiative', 'link', 'initiatives', None, 'initiative', None), ('concept', 'concept', 'link', 'concepts', None, 'concept', None), ('year', 'year', 'value', None, None, None, None), ('horizon', 'horizon', 'value', None, None, None, None), ('poverty_line', 'poverty_line', 'nested', None, None, None, 'PovertyLine'), ('conditions', 'conditions', 'value', None, None, None, None), ('based_on', 'based_on', 'link', 'metrics', None, 'based_on', None), ('main_caveat', 'main_caveat', 'value', None, None, None, None), ('caveats', 'caveats', 'texts', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'Quantity', True), (False, 'str | None', False), (False, 'str', True), (False, 'tuple[Country, ...]', False), (False, 'tuple[Region, ...]', False), (False, 'Initiative | None', False), (False, 'Concept | None', False), (False, 'int | None', False), (False, 'int | None', False), (False, 'PovertyLine | None', False), (False, 'str | None', False), (False, 'Metric | None', False), (False, 'str | None', False), (False, 'tuple[str, ...]', False)) ('id', 'country', 'region', 'initiative', 'concept', 'based_on', 'basis', 'source', 'type', 'unit') ['name_zh']",
    'index_Event': "Event(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('date', 'date', 'date', None, None, None, None), ('not_before', 'not_before', 'date', None, None, None, None), ('not_after', 'not_after', 'date', None, None, None, None), ('place', 'place', 'value', None, None, None, None), ('organizer', 'organizer', 'link', 'organizations', None, 'organizer', None), ('people', 'people', 'links', 'people', None, 'person', None), ('document', 'document', 'link', 'sources', None, 'document', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'EventType', True), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'str | None', False), (False, 'Organization | None', False), (False, 'tuple[Person, ...]', False), (False, 'Source | None', False)) ('id', 'type', 'organizer', 'person', 'document', 'basis', 'source') ['name_zh']",
    'index_Statement': "Statement(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('mode', 'mode', 'value', None, None, 'mode', None), ('speaker', 'speaker', 'link', 'people', None, 'speaker', None), ('event', 'event', 'link', 'events', None, 'event', None), ('date', 'date', 'date', None, None, None, None), ('topic', 'topic', 'value', None, None, None, None), ('about', 'about', 'refs', None, None, 'about', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'StatementType', True), (False, 'StatementMode', True), (False, 'Person | None', False), (False, 'Event | None', False), (False, 'PartialDate | None', False), (False, 'str', True), (False, 'tuple[Entity, ...]', False)) ('id', 'type', 'mode', 'speaker', 'event', 'about', 'basis', 'source') ['name_zh']",
}
