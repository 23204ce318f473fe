"""Generated code: the builders of the loader (povcoop._loading.build).

Made by ``python tools/regenerate_engine.py`` from the registry; do not edit."""

# ruff: noqa
# mypy: ignore-errors
# fmt: off


def build_Evidence(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    table_1 = context.table('sources')
    def make(item, kind, index, prefix):
        get = item.get
        span = spans.get((kind, index, prefix[:-1]))
        raw = get('basis')
        if raw is None:
            v0 = None
        else:
            v0 = raw
        raw = get('source')
        if raw is None:
            v1 = None
        else:
            v1 = table_1[raw]
        raw = get('quote')
        if raw is None:
            v2 = default_2
        else:
            v2 = QUOTE_AT_SPAN if span is not None else raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        v3 = default_3 if span is None else number(span[0], span[0])
        v4 = default_4 if span is None else number(span[1], span[1])
        raw = get('note')
        if raw is None:
            v5 = default_5
        else:
            v5 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('locator')
        if raw is None:
            v6 = default_6
        else:
            v6 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('supports')
        if raw is None:
            v7 = default_7
        elif raw:
            key = ('texts', *raw)
            v7 = shared.get(key)
            if v7 is None:
                v7 = shared[key] = tuple(raw)
        else:
            v7 = ()
        return cls(basis=v0, source=v1, quote=v2, start=v3, end=v4, note=v5, locator=v6, supports=v7)
    return make


def build_Source(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    path_22 = context.paths('errata')
    make_5 = None
    make_22 = None
    def make(item, kind, index, prefix):
        nonlocal make_5, make_22
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = default_5
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('type')
        if raw is None:
            v6 = None
        else:
            v6 = raw
        raw = get('title')
        if raw is None:
            v7 = None
        else:
            v7 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('title_zh')
        if raw is None:
            v8 = default_8
        else:
            v8 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('title_en')
        if raw is None:
            v9 = default_9
        else:
            v9 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('title_descriptive')
        if raw is None:
            v10 = default_10
        else:
            v10 = raw
        raw = get('series')
        if raw is None:
            v11 = default_11
        else:
            v11 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('number')
        if raw is None:
            v12 = default_12
        else:
            v12 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('publisher')
        if raw is None:
            v13 = default_13
        else:
            v13 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('place')
        if raw is None:
            v14 = default_14
        else:
            v14 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('published')
        if raw is None:
            v15 = default_15
        else:
            v15 = date(raw)
        raw = get('reporter')
        if raw is None:
            v16 = default_16
        else:
            v16 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('authors')
        if raw is None:
            v17 = default_17
        elif raw:
            key = ('texts', *raw)
            v17 = shared.get(key)
            if v17 is None:
                v17 = shared[key] = tuple(raw)
        else:
            v17 = ()
        raw = get('family_names')
        if raw is None:
            v18 = default_18
        elif raw:
            key = ('texts', *raw)
            v18 = shared.get(key)
            if v18 is None:
                v18 = shared[key] = tuple(raw)
        else:
            v18 = ()
        raw = get('language')
        if raw is None:
            v19 = None
        else:
            v19 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('url')
        if raw is None:
            v20 = default_20
        else:
            v20 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('text_file')
        if raw is None:
            v21 = default_21
        else:
            v21 = texts.get(raw)
        raw = get('errata')
        if raw is None:
            v22 = default_22
        else:
            if make_22 is None:
                make_22 = context.maker(nested_22)
            v22 = tuple([make_22(x, kind, index, path_22(prefix, i)) for i, x in enumerate(raw)])
        raw = get('former_ids')
        if raw is None:
            v23 = default_23
        elif raw:
            key = ('texts', *raw)
            v23 = shared.get(key)
            if v23 is None:
                v23 = shared[key] = tuple(raw)
        else:
            v23 = ()
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, type=v6, title=v7, title_zh=v8, title_en=v9, title_descriptive=v10, series=v11, number=v12, publisher=v13, place=v14, published=v15, reporter=v16, authors=v17, family_names=v18, language=v19, url=v20, text=v21, errata=v22, former_ids=v23)
    return make


def build_Source_without_evidence(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_22 = context.paths('errata')
    make_22 = None
    def make(item, kind, index, prefix):
        nonlocal make_22
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        v5 = default_5
        raw = get('type')
        if raw is None:
            v6 = None
        else:
            v6 = raw
        raw = get('title')
        if raw is None:
            v7 = None
        else:
            v7 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('title_zh')
        if raw is None:
            v8 = default_8
        else:
            v8 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('title_en')
        if raw is None:
            v9 = default_9
        else:
            v9 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('title_descriptive')
        if raw is None:
            v10 = default_10
        else:
            v10 = raw
        raw = get('series')
        if raw is None:
            v11 = default_11
        else:
            v11 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('number')
        if raw is None:
            v12 = default_12
        else:
            v12 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('publisher')
        if raw is None:
            v13 = default_13
        else:
            v13 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('place')
        if raw is None:
            v14 = default_14
        else:
            v14 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('published')
        if raw is None:
            v15 = default_15
        else:
            v15 = date(raw)
        raw = get('reporter')
        if raw is None:
            v16 = default_16
        else:
            v16 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('authors')
        if raw is None:
            v17 = default_17
        elif raw:
            key = ('texts', *raw)
            v17 = shared.get(key)
            if v17 is None:
                v17 = shared[key] = tuple(raw)
        else:
            v17 = ()
        raw = get('family_names')
        if raw is None:
            v18 = default_18
        elif raw:
            key = ('texts', *raw)
            v18 = shared.get(key)
            if v18 is None:
                v18 = shared[key] = tuple(raw)
        else:
            v18 = ()
        raw = get('language')
        if raw is None:
            v19 = None
        else:
            v19 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('url')
        if raw is None:
            v20 = default_20
        else:
            v20 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('text_file')
        if raw is None:
            v21 = default_21
        else:
            v21 = texts.get(raw)
        raw = get('errata')
        if raw is None:
            v22 = default_22
        else:
            if make_22 is None:
                make_22 = context.maker(nested_22)
            v22 = tuple([make_22(x, kind, index, path_22(prefix, i)) for i, x in enumerate(raw)])
        raw = get('former_ids')
        if raw is None:
            v23 = default_23
        elif raw:
            key = ('texts', *raw)
            v23 = shared.get(key)
            if v23 is None:
                v23 = shared[key] = tuple(raw)
        else:
            v23 = ()
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, type=v6, title=v7, title_zh=v8, title_en=v9, title_descriptive=v10, series=v11, number=v12, publisher=v13, place=v14, published=v15, reporter=v16, authors=v17, family_names=v18, language=v19, url=v20, text=v21, errata=v22, former_ids=v23)
    return make


def build_Erratum(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    def make(item, kind, index, prefix):
        get = item.get
        span = spans.get((kind, index, prefix[:-1]))
        raw = get('quote')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        v1 = None if span is None else number(span[0], span[0])
        v2 = None if span is None else number(span[1], span[1])
        raw = get('reading')
        if raw is None:
            v3 = None
        else:
            v3 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('note')
        if raw is None:
            v4 = None
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        return cls(quote=v0, start=v1, end=v2, reading=v3, note=v4)
    return make


def build_Person(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    table_7 = context.table('organizations')
    make_5 = None
    def make(item, kind, index, prefix):
        nonlocal make_5
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('role')
        if raw is None:
            v6 = None
        else:
            v6 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('organization')
        if raw is None:
            v7 = default_7
        else:
            v7 = table_7[raw]
        raw = get('role_start')
        if raw is None:
            v8 = default_8
        else:
            v8 = date(raw)
        raw = get('role_end')
        if raw is None:
            v9 = default_9
        else:
            v9 = date(raw)
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, role=v6, organization=v7, role_start=v8, role_end=v9)
    return make


def build_Organization(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    table_7 = context.table('countries')
    table_8 = context.table('organizations')
    path_9 = context.paths('members')
    code_12 = context.code('iati-organisation-type')
    make_5 = None
    make_9 = None
    def make(item, kind, index, prefix):
        nonlocal make_5, make_9
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('type')
        if raw is None:
            v6 = None
        else:
            v6 = raw
        raw = get('country')
        if raw is None:
            v7 = default_7
        else:
            v7 = table_7[raw]
        raw = get('parent')
        if raw is None:
            v8 = default_8
        else:
            v8 = table_8[raw]
        raw = get('members')
        if raw is None:
            v9 = default_9
        else:
            if make_9 is None:
                make_9 = context.maker(nested_9)
            v9 = tuple([make_9(x, kind, index, path_9(prefix, i)) for i, x in enumerate(raw)])
        raw = get('url')
        if raw is None:
            v10 = default_10
        else:
            v10 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('iati_ref')
        if raw is None:
            v11 = default_11
        else:
            v11 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('iati_type')
        if raw is None:
            v12 = default_12
        else:
            v12 = code_12(raw)
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, type=v6, country=v7, parent=v8, members=v9, url=v10, iati_ref=v11, iati_type=v12)
    return make


def build_Membership(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    table_0 = context.table('countries')
    path_3 = context.paths('evidence')
    make_3 = None
    def make(item, kind, index, prefix):
        nonlocal make_3
        get = item.get
        raw = get('country')
        if raw is None:
            v0 = None
        else:
            v0 = table_0[raw]
        raw = get('joined')
        if raw is None:
            v1 = None
        else:
            v1 = date(raw)
        raw = get('left')
        if raw is None:
            v2 = default_2
        else:
            v2 = date(raw)
        raw = get('evidence')
        if raw is None:
            v3 = None
        else:
            if make_3 is None:
                make_3 = context.maker(nested_3)
            v3 = tuple([make_3(x, kind, index, path_3(prefix, i)) for i, x in enumerate(raw)])
        return cls(country=v0, joined=v1, left=v2, evidence=v3)
    return make


def build_Region(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    code_6 = context.code('un-m49')
    code_7 = context.code('un-m49')
    code_8 = context.code('oecd-dac-region')
    make_5 = None
    def make(item, kind, index, prefix):
        nonlocal make_5
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('m49')
        if raw is None:
            v6 = default_6
        else:
            v6 = code_6(raw)
        raw = get('m49_subregions')
        if raw is None:
            v7 = default_7
        elif raw:
            key = ('un-m49', *raw)
            v7 = shared.get(key)
            if v7 is None:
                v7 = shared[key] = tuple([code_7(x) for x in raw])
        else:
            v7 = ()
        raw = get('dac_regions')
        if raw is None:
            v8 = default_8
        elif raw:
            key = ('oecd-dac-region', *raw)
            v8 = shared.get(key)
            if v8 is None:
                v8 = shared[key] = tuple([code_8(x) for x in raw])
        else:
            v8 = ()
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, m49=v6, m49_subregions=v7, dac_regions=v8)
    return make


def build_Country(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    table_8 = context.table('regions')
    code_9 = context.code('un-m49')
    code_10 = context.code('un-m49')
    code_11 = context.code('oecd-dac-recipient')
    make_5 = None
    def make(item, kind, index, prefix):
        nonlocal make_5
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('alpha_2')
        if raw is None:
            v6 = None
        else:
            v6 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('numeric')
        if raw is None:
            v7 = None
        else:
            v7 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('region')
        if raw is None:
            v8 = default_8
        else:
            v8 = table_8[raw]
        raw = get('m49_region')
        if raw is None:
            v9 = None
        else:
            v9 = code_9(raw)
        raw = get('m49_subregion')
        if raw is None:
            v10 = None
        else:
            v10 = code_10(raw)
        raw = get('dac_recipient')
        if raw is None:
            v11 = default_11
        else:
            v11 = code_11(raw)
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, alpha_2=v6, numeric=v7, region=v8, m49_region=v9, m49_subregion=v10, dac_recipient=v11)
    return make


def build_Sector(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    code_6 = context.code('oecd-dac-crs-purpose')
    code_7 = context.code('un-sdg-target')
    make_5 = None
    def make(item, kind, index, prefix):
        nonlocal make_5
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('dac_crs')
        if raw is None:
            v6 = default_6
        elif raw:
            key = ('oecd-dac-crs-purpose', *raw)
            v6 = shared.get(key)
            if v6 is None:
                v6 = shared[key] = tuple([code_6(x) for x in raw])
        else:
            v6 = ()
        raw = get('sdg_targets')
        if raw is None:
            v7 = default_7
        elif raw:
            key = ('un-sdg-target', *raw)
            v7 = shared.get(key)
            if v7 is None:
                v7 = shared[key] = tuple([code_7(x) for x in raw])
        else:
            v7 = ()
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, dac_crs=v6, sdg_targets=v7)
    return make


def build_Concept(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    make_5 = None
    def make(item, kind, index, prefix):
        nonlocal make_5
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5)
    return make


def build_Initiative(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    table_8 = context.table('countries')
    table_9 = context.table('organizations')
    table_10 = context.table('organizations')
    table_11 = context.table('initiatives')
    code_12 = context.code('un-sdg-target')
    make_5 = None
    def make(item, kind, index, prefix):
        nonlocal make_5
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('type')
        if raw is None:
            v6 = None
        else:
            v6 = raw
        raw = get('launched')
        if raw is None:
            v7 = default_7
        else:
            v7 = date(raw)
        raw = get('countries')
        if raw is None:
            v8 = default_8
        elif raw:
            key = ('countries', *raw)
            v8 = shared.get(key)
            if v8 is None:
                v8 = shared[key] = tuple([table_8[x] for x in raw])
        else:
            v8 = ()
        raw = get('organizations')
        if raw is None:
            v9 = default_9
        elif raw:
            key = ('organizations', *raw)
            v9 = shared.get(key)
            if v9 is None:
                v9 = shared[key] = tuple([table_9[x] for x in raw])
        else:
            v9 = ()
        raw = get('participant_groups')
        if raw is None:
            v10 = default_10
        elif raw:
            key = ('organizations', *raw)
            v10 = shared.get(key)
            if v10 is None:
                v10 = shared[key] = tuple([table_10[x] for x in raw])
        else:
            v10 = ()
        raw = get('goals')
        if raw is None:
            v11 = default_11
        elif raw:
            key = ('initiatives', *raw)
            v11 = shared.get(key)
            if v11 is None:
                v11 = shared[key] = tuple([table_11[x] for x in raw])
        else:
            v11 = ()
        raw = get('sdg_targets')
        if raw is None:
            v12 = default_12
        elif raw:
            key = ('un-sdg-target', *raw)
            v12 = shared.get(key)
            if v12 is None:
                v12 = shared[key] = tuple([code_12(x) for x in raw])
        else:
            v12 = ()
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, type=v6, launched=v7, countries=v8, organizations=v9, participant_groups=v10, goals=v11, sdg_targets=v12)
    return make


def build_Project(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    table_8 = context.table('regions')
    table_9 = context.table('countries')
    table_10 = context.table('organizations')
    table_11 = context.table('sectors')
    table_12 = context.table('organizations')
    table_13 = context.table('organizations')
    table_14 = context.table('initiatives')
    table_15 = context.table('sources')
    code_19 = context.code('oecd-dac-crs-purpose')
    code_20 = context.code('un-sdg-target')
    code_21 = context.code('iati-aid-type')
    code_23 = context.code('iati-activity-status')
    path_24 = context.paths('titles')
    path_25 = context.paths('descriptions')
    path_26 = context.paths('iati_dates')
    path_27 = context.paths('recipient_countries')
    path_28 = context.paths('recipient_regions')
    path_29 = context.paths('iati_sectors')
    code_30 = context.code('oecd-dac-crs-category')
    code_31 = context.code('un-sdg-goal')
    path_33 = context.paths('participants')
    table_34 = context.table('organizations')
    code_36 = context.code('iati-flow-type')
    code_37 = context.code('iati-finance-type')
    code_38 = context.code('iati-tied-status')
    code_39 = context.code('iati-currency')
    path_40 = context.paths('amounts')
    table_41 = context.table('sources')
    path_42 = context.paths('related_activities')
    make_5 = None
    make_24 = None
    make_25 = None
    make_26 = None
    make_27 = None
    make_28 = None
    make_29 = None
    make_33 = None
    make_40 = None
    make_42 = None
    def make(item, kind, index, prefix):
        nonlocal make_5, make_24, make_25, make_26, make_27, make_28, make_29, make_33, make_40, make_42
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('type')
        if raw is None:
            v6 = None
        else:
            v6 = raw
        raw = get('status')
        if raw is None:
            v7 = None
        else:
            v7 = raw
        raw = get('region')
        if raw is None:
            v8 = default_8
        else:
            v8 = table_8[raw]
        raw = get('countries')
        if raw is None:
            v9 = default_9
        elif raw:
            key = ('countries', *raw)
            v9 = shared.get(key)
            if v9 is None:
                v9 = shared[key] = tuple([table_9[x] for x in raw])
        else:
            v9 = ()
        raw = get('participant_groups')
        if raw is None:
            v10 = default_10
        elif raw:
            key = ('organizations', *raw)
            v10 = shared.get(key)
            if v10 is None:
                v10 = shared[key] = tuple([table_10[x] for x in raw])
        else:
            v10 = ()
        raw = get('sectors')
        if raw is None:
            v11 = default_11
        elif raw:
            key = ('sectors', *raw)
            v11 = shared.get(key)
            if v11 is None:
                v11 = shared[key] = tuple([table_11[x] for x in raw])
        else:
            v11 = ()
        raw = get('partners')
        if raw is None:
            v12 = default_12
        elif raw:
            key = ('organizations', *raw)
            v12 = shared.get(key)
            if v12 is None:
                v12 = shared[key] = tuple([table_12[x] for x in raw])
        else:
            v12 = ()
        raw = get('implementers')
        if raw is None:
            v13 = default_13
        elif raw:
            key = ('organizations', *raw)
            v13 = shared.get(key)
            if v13 is None:
                v13 = shared[key] = tuple([table_13[x] for x in raw])
        else:
            v13 = ()
        raw = get('initiative')
        if raw is None:
            v14 = default_14
        else:
            v14 = table_14[raw]
        raw = get('presented_in')
        if raw is None:
            v15 = default_15
        elif raw:
            key = ('sources', *raw)
            v15 = shared.get(key)
            if v15 is None:
                v15 = shared[key] = tuple([table_15[x] for x in raw])
        else:
            v15 = ()
        raw = get('launched')
        if raw is None:
            v16 = default_16
        else:
            v16 = date(raw)
        raw = get('start')
        if raw is None:
            v17 = default_17
        else:
            v17 = date(raw)
        raw = get('end')
        if raw is None:
            v18 = default_18
        else:
            v18 = date(raw)
        raw = get('dac_crs')
        if raw is None:
            v19 = default_19
        elif raw:
            key = ('oecd-dac-crs-purpose', *raw)
            v19 = shared.get(key)
            if v19 is None:
                v19 = shared[key] = tuple([code_19(x) for x in raw])
        else:
            v19 = ()
        raw = get('sdg_targets')
        if raw is None:
            v20 = default_20
        elif raw:
            key = ('un-sdg-target', *raw)
            v20 = shared.get(key)
            if v20 is None:
                v20 = shared[key] = tuple([code_20(x) for x in raw])
        else:
            v20 = ()
        raw = get('aid_types')
        if raw is None:
            v21 = default_21
        elif raw:
            key = ('iati-aid-type', *raw)
            v21 = shared.get(key)
            if v21 is None:
                v21 = shared[key] = tuple([code_21(x) for x in raw])
        else:
            v21 = ()
        raw = get('iati_identifier')
        if raw is None:
            v22 = default_22
        else:
            v22 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('iati_status')
        if raw is None:
            v23 = default_23
        else:
            v23 = code_23(raw)
        raw = get('titles')
        if raw is None:
            v24 = default_24
        else:
            if make_24 is None:
                make_24 = context.maker(nested_24)
            v24 = tuple([make_24(x, kind, index, path_24(prefix, i)) for i, x in enumerate(raw)])
        raw = get('descriptions')
        if raw is None:
            v25 = default_25
        else:
            if make_25 is None:
                make_25 = context.maker(nested_25)
            v25 = tuple([make_25(x, kind, index, path_25(prefix, i)) for i, x in enumerate(raw)])
        raw = get('iati_dates')
        if raw is None:
            v26 = default_26
        else:
            if make_26 is None:
                make_26 = context.maker(nested_26)
            v26 = tuple([make_26(x, kind, index, path_26(prefix, i)) for i, x in enumerate(raw)])
        raw = get('recipient_countries')
        if raw is None:
            v27 = default_27
        else:
            if make_27 is None:
                make_27 = context.maker(nested_27)
            v27 = tuple([make_27(x, kind, index, path_27(prefix, i)) for i, x in enumerate(raw)])
        raw = get('recipient_regions')
        if raw is None:
            v28 = default_28
        else:
            if make_28 is None:
                make_28 = context.maker(nested_28)
            v28 = tuple([make_28(x, kind, index, path_28(prefix, i)) for i, x in enumerate(raw)])
        raw = get('iati_sectors')
        if raw is None:
            v29 = default_29
        else:
            if make_29 is None:
                make_29 = context.maker(nested_29)
            v29 = tuple([make_29(x, kind, index, path_29(prefix, i)) for i, x in enumerate(raw)])
        raw = get('dac_crs_categories')
        if raw is None:
            v30 = default_30
        elif raw:
            key = ('oecd-dac-crs-category', *raw)
            v30 = shared.get(key)
            if v30 is None:
                v30 = shared[key] = tuple([code_30(x) for x in raw])
        else:
            v30 = ()
        raw = get('sdg_goals')
        if raw is None:
            v31 = default_31
        elif raw:
            key = ('un-sdg-goal', *raw)
            v31 = shared.get(key)
            if v31 is None:
                v31 = shared[key] = tuple([code_31(x) for x in raw])
        else:
            v31 = ()
        raw = get('sdg_indicators')
        if raw is None:
            v32 = default_32
        elif raw:
            key = ('texts', *raw)
            v32 = shared.get(key)
            if v32 is None:
                v32 = shared[key] = tuple(raw)
        else:
            v32 = ()
        raw = get('participants')
        if raw is None:
            v33 = default_33
        else:
            if make_33 is None:
                make_33 = context.maker(nested_33)
            v33 = tuple([make_33(x, kind, index, path_33(prefix, i)) for i, x in enumerate(raw)])
        raw = get('reporting_org')
        if raw is None:
            v34 = default_34
        else:
            v34 = table_34[raw]
        raw = get('secondary_reporter')
        if raw is None:
            v35 = default_35
        else:
            v35 = raw
        raw = get('flow_type')
        if raw is None:
            v36 = default_36
        else:
            v36 = code_36(raw)
        raw = get('finance_type')
        if raw is None:
            v37 = default_37
        else:
            v37 = code_37(raw)
        raw = get('tied_status')
        if raw is None:
            v38 = default_38
        else:
            v38 = code_38(raw)
        raw = get('default_currency')
        if raw is None:
            v39 = default_39
        else:
            v39 = code_39(raw)
        raw = get('amounts')
        if raw is None:
            v40 = default_40
        else:
            if make_40 is None:
                make_40 = context.maker(nested_40)
            v40 = tuple([make_40(x, kind, index, path_40(prefix, i)) for i, x in enumerate(raw)])
        raw = get('documents')
        if raw is None:
            v41 = default_41
        elif raw:
            key = ('sources', *raw)
            v41 = shared.get(key)
            if v41 is None:
                v41 = shared[key] = tuple([table_41[x] for x in raw])
        else:
            v41 = ()
        raw = get('related_activities')
        if raw is None:
            v42 = default_42
        else:
            if make_42 is None:
                make_42 = context.maker(nested_42)
            v42 = tuple([make_42(x, kind, index, path_42(prefix, i)) for i, x in enumerate(raw)])
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, type=v6, status=v7, region=v8, countries=v9, participant_groups=v10, sectors=v11, partners=v12, implementers=v13, initiative=v14, presented_in=v15, launched=v16, start=v17, end=v18, own_dac_crs=v19, own_sdg_targets=v20, aid_types=v21, iati_identifier=v22, iati_status=v23, titles=v24, descriptions=v25, iati_dates=v26, recipient_countries=v27, recipient_regions=v28, iati_sectors=v29, dac_crs_categories=v30, sdg_goals=v31, sdg_indicators=v32, participants=v33, reporting_org=v34, secondary_reporter=v35, flow_type=v36, finance_type=v37, tied_status=v38, default_currency=v39, amounts=v40, documents=v41, related_activities=v42)
    return make


def build_Narrative(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    def make(item, kind, index, prefix):
        get = item.get
        raw = get('text')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('language')
        if raw is None:
            v1 = default_1
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('type')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        return cls(text=v0, language=v1, type=v2)
    return make


def build_ActivityDate(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    code_0 = context.code('iati-activity-date-type')
    def make(item, kind, index, prefix):
        get = item.get
        raw = get('type')
        if raw is None:
            v0 = None
        else:
            v0 = code_0(raw)
        raw = get('date')
        if raw is None:
            v1 = None
        else:
            v1 = date(raw)
        return cls(type=v0, date=v1)
    return make


def build_CountryShare(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    table_0 = context.table('countries')
    def make(item, kind, index, prefix):
        get = item.get
        raw = get('country')
        if raw is None:
            v0 = None
        else:
            v0 = table_0[raw]
        raw = get('percentage')
        if raw is None:
            v1 = default_1
        else:
            v1 = raw
        return cls(country=v0, percentage=v1)
    return make


def build_RegionShare(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    def make(item, kind, index, prefix):
        get = item.get
        raw = get('code')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('vocabulary')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('vocabulary_uri')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('percentage')
        if raw is None:
            v3 = default_3
        else:
            v3 = raw
        return cls(code=v0, vocabulary=v1, vocabulary_uri=v2, percentage=v3)
    return make


def build_SectorShare(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    def make(item, kind, index, prefix):
        get = item.get
        raw = get('code')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('vocabulary')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('vocabulary_uri')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('percentage')
        if raw is None:
            v3 = default_3
        else:
            v3 = raw
        return cls(code=v0, vocabulary=v1, vocabulary_uri=v2, percentage=v3)
    return make


def build_Participation(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    table_0 = context.table('organizations')
    code_1 = context.code('iati-organisation-role')
    code_2 = context.code('iati-organisation-type')
    def make(item, kind, index, prefix):
        get = item.get
        raw = get('organization')
        if raw is None:
            v0 = None
        else:
            v0 = table_0[raw]
        raw = get('role')
        if raw is None:
            v1 = None
        else:
            v1 = code_1(raw)
        raw = get('type')
        if raw is None:
            v2 = default_2
        else:
            v2 = code_2(raw)
        raw = get('ref')
        if raw is None:
            v3 = default_3
        else:
            v3 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('activity_id')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        return cls(organization=v0, role=v1, type=v2, ref=v3, activity_id=v4)
    return make


def build_AmountTotal(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    code_2 = context.code('iati-currency')
    def make(item, kind, index, prefix):
        get = item.get
        raw = get('element')
        if raw is None:
            v0 = None
        else:
            v0 = raw
        raw = get('type')
        if raw is None:
            v1 = default_1
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('currency')
        if raw is None:
            v2 = None
        else:
            v2 = code_2(raw)
        raw = get('total')
        if raw is None:
            v3 = None
        else:
            v3 = raw
        raw = get('count')
        if raw is None:
            v4 = None
        else:
            v4 = raw
        raw = get('first_value_date')
        if raw is None:
            v5 = default_5
        else:
            v5 = date(raw)
        raw = get('last_value_date')
        if raw is None:
            v6 = default_6
        else:
            v6 = date(raw)
        return cls(element=v0, type=v1, currency=v2, total=v3, count=v4, first_value_date=v5, last_value_date=v6)
    return make


def build_RelatedActivity(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    code_0 = context.code('iati-related-activity-type')
    def make(item, kind, index, prefix):
        get = item.get
        raw = get('type')
        if raw is None:
            v0 = None
        else:
            v0 = code_0(raw)
        raw = get('ref')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        return cls(type=v0, ref=v1)
    return make


def build_Metric(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    table_9 = context.table('countries')
    table_10 = context.table('regions')
    table_11 = context.table('initiatives')
    table_12 = context.table('concepts')
    table_17 = context.table('metrics')
    make_5 = None
    make_6 = None
    make_15 = None
    def make(item, kind, index, prefix):
        nonlocal make_5, make_6, make_15
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('value')
        if raw is None:
            v6 = None
        else:
            if make_6 is None:
                make_6 = context.maker(nested_6)
            v6 = make_6(raw, kind, index, prefix + 'value.')
        raw = get('wording')
        if raw is None:
            v7 = default_7
        else:
            v7 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('subject')
        if raw is None:
            v8 = None
        else:
            v8 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('countries')
        if raw is None:
            v9 = default_9
        elif raw:
            key = ('countries', *raw)
            v9 = shared.get(key)
            if v9 is None:
                v9 = shared[key] = tuple([table_9[x] for x in raw])
        else:
            v9 = ()
        raw = get('regions')
        if raw is None:
            v10 = default_10
        elif raw:
            key = ('regions', *raw)
            v10 = shared.get(key)
            if v10 is None:
                v10 = shared[key] = tuple([table_10[x] for x in raw])
        else:
            v10 = ()
        raw = get('initiative')
        if raw is None:
            v11 = default_11
        else:
            v11 = table_11[raw]
        raw = get('concept')
        if raw is None:
            v12 = default_12
        else:
            v12 = table_12[raw]
        raw = get('year')
        if raw is None:
            v13 = default_13
        else:
            v13 = raw
        raw = get('horizon')
        if raw is None:
            v14 = default_14
        else:
            v14 = raw
        raw = get('poverty_line')
        if raw is None:
            v15 = default_15
        else:
            if make_15 is None:
                make_15 = context.maker(nested_15)
            v15 = make_15(raw, kind, index, prefix + 'poverty_line.')
        raw = get('conditions')
        if raw is None:
            v16 = default_16
        else:
            v16 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('based_on')
        if raw is None:
            v17 = default_17
        else:
            v17 = table_17[raw]
        raw = get('main_caveat')
        if raw is None:
            v18 = default_18
        else:
            v18 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('caveats')
        if raw is None:
            v19 = default_19
        elif raw:
            key = ('texts', *raw)
            v19 = shared.get(key)
            if v19 is None:
                v19 = shared[key] = tuple(raw)
        else:
            v19 = ()
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, value=v6, wording=v7, subject=v8, countries=v9, regions=v10, initiative=v11, concept=v12, year=v13, horizon=v14, poverty_line=v15, conditions=v16, based_on=v17, main_caveat=v18, caveats=v19)
    return make


def build_Quantity(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    def make(item, kind, index, prefix):
        get = item.get
        raw = get('number')
        if raw is None:
            v0 = None
        else:
            v0 = raw
        raw = get('unit')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('scale')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw
        raw = get('type')
        if raw is None:
            v3 = None
        else:
            v3 = raw
        return cls(number=v0, unit=v1, scale=v2, type=v3)
    return make


def build_PovertyLine(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    def make(item, kind, index, prefix):
        get = item.get
        raw = get('amount')
        if raw is None:
            v0 = None
        else:
            v0 = raw
        raw = get('currency')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('ppp_year')
        if raw is None:
            v2 = None
        else:
            v2 = raw
        raw = get('period')
        if raw is None:
            v3 = None
        else:
            v3 = raw
        return cls(amount=v0, currency=v1, ppp_year=v2, period=v3)
    return make


def build_Event(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    table_11 = context.table('organizations')
    table_12 = context.table('people')
    table_13 = context.table('sources')
    make_5 = None
    def make(item, kind, index, prefix):
        nonlocal make_5
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('type')
        if raw is None:
            v6 = None
        else:
            v6 = raw
        raw = get('date')
        if raw is None:
            v7 = default_7
        else:
            v7 = date(raw)
        raw = get('not_before')
        if raw is None:
            v8 = default_8
        else:
            v8 = date(raw)
        raw = get('not_after')
        if raw is None:
            v9 = default_9
        else:
            v9 = date(raw)
        raw = get('place')
        if raw is None:
            v10 = default_10
        else:
            v10 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('organizer')
        if raw is None:
            v11 = default_11
        else:
            v11 = table_11[raw]
        raw = get('people')
        if raw is None:
            v12 = default_12
        elif raw:
            key = ('people', *raw)
            v12 = shared.get(key)
            if v12 is None:
                v12 = shared[key] = tuple([table_12[x] for x in raw])
        else:
            v12 = ()
        raw = get('document')
        if raw is None:
            v13 = default_13
        else:
            v13 = table_13[raw]
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, type=v6, date=v7, not_before=v8, not_after=v9, place=v10, organizer=v11, people=v12, document=v13)
    return make


def build_Statement(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    path_5 = context.paths('evidence')
    table_8 = context.table('people')
    table_9 = context.table('events')
    make_5 = None
    def make(item, kind, index, prefix):
        nonlocal make_5
        get = item.get
        raw = get('id')
        if raw is None:
            v0 = None
        else:
            v0 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('name_zh')
        if raw is None:
            v2 = default_2
        else:
            v2 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('aliases')
        if raw is None:
            v3 = default_3
        elif raw:
            key = ('texts', *raw)
            v3 = shared.get(key)
            if v3 is None:
                v3 = shared[key] = tuple(raw)
        else:
            v3 = ()
        raw = get('description')
        if raw is None:
            v4 = default_4
        else:
            v4 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('evidence')
        if raw is None:
            v5 = None
        else:
            if make_5 is None:
                make_5 = context.maker(nested_5)
            v5 = tuple([make_5(x, kind, index, path_5(prefix, i)) for i, x in enumerate(raw)])
        raw = get('type')
        if raw is None:
            v6 = None
        else:
            v6 = raw
        raw = get('mode')
        if raw is None:
            v7 = None
        else:
            v7 = raw
        raw = get('speaker')
        if raw is None:
            v8 = default_8
        else:
            v8 = table_8[raw]
        raw = get('event')
        if raw is None:
            v9 = default_9
        else:
            v9 = table_9[raw]
        raw = get('date')
        if raw is None:
            v10 = default_10
        else:
            v10 = date(raw)
        raw = get('topic')
        if raw is None:
            v11 = None
        else:
            v11 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        raw = get('about')
        if raw is None:
            v12 = default_12
        else:
            v12 = tuple([built[k][i] for k, _, i in (r.partition('/') for r in raw)])
        return cls(id=v0, name=v1, name_zh=v2, aliases=v3, description=v4, evidence=v5, type=v6, mode=v7, speaker=v8, event=v9, date=v10, topic=v11, about=v12)
    return make


SIGNATURES = {
    'build_Evidence': "Evidence(('basis', 'basis', 'value', None, None, 'basis', None), ('source', 'source', 'link', 'sources', None, None, None), ('quote', 'quote', 'value', None, None, None, None), ('start', 'start', 'value', None, None, None, None), ('end', 'end', 'value', None, None, None, None), ('note', 'note', 'value', None, None, None, None), ('locator', 'locator', 'value', None, None, None, None), ('supports', 'supports', 'texts', None, None, None, None), (False, 'Basis', True), (False, 'Source', True), (False, 'str | None', False), (True, 'int | None', False), (True, 'int | None', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'tuple[str, ...]', False))",
    'build_Source': "Source(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('title', 'title', 'value', None, None, None, None), ('title_zh', 'title_zh', 'value', None, None, None, None), ('title_en', 'title_en', 'value', None, None, None, None), ('title_descriptive', 'title_descriptive', 'value', None, None, None, None), ('series', 'series', 'value', None, None, None, None), ('number', 'number', 'value', None, None, None, None), ('publisher', 'publisher', 'value', None, None, None, None), ('place', 'place', 'value', None, None, None, None), ('published', 'published', 'date', None, None, None, None), ('reporter', 'reporter', 'value', None, None, None, None), ('authors', 'authors', 'texts', None, None, None, None), ('family_names', 'family_names', 'texts', None, None, None, None), ('language', 'language', 'value', None, None, 'language', None), ('url', 'url', 'value', None, None, None, None), ('text', 'text_file', 'text', None, None, None, None), ('errata', 'errata', 'nested_list', None, None, None, 'Erratum'), ('former_ids', 'former_ids', 'texts', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', False), (False, 'SourceType', True), (False, 'str', True), (False, 'str | None', False), (False, 'str | None', False), (False, 'bool', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'PartialDate | None', False), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'tuple[str, ...]', False), (False, 'str', True), (False, 'str | None', False), (False, 'str | None', False), (False, 'tuple[Erratum, ...]', False), (False, 'tuple[str, ...]', False))",
    'build_Source_without_evidence': "Source(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('title', 'title', 'value', None, None, None, None), ('title_zh', 'title_zh', 'value', None, None, None, None), ('title_en', 'title_en', 'value', None, None, None, None), ('title_descriptive', 'title_descriptive', 'value', None, None, None, None), ('series', 'series', 'value', None, None, None, None), ('number', 'number', 'value', None, None, None, None), ('publisher', 'publisher', 'value', None, None, None, None), ('place', 'place', 'value', None, None, None, None), ('published', 'published', 'date', None, None, None, None), ('reporter', 'reporter', 'value', None, None, None, None), ('authors', 'authors', 'texts', None, None, None, None), ('family_names', 'family_names', 'texts', None, None, None, None), ('language', 'language', 'value', None, None, 'language', None), ('url', 'url', 'value', None, None, None, None), ('text', 'text_file', 'text', None, None, None, None), ('errata', 'errata', 'nested_list', None, None, None, 'Erratum'), ('former_ids', 'former_ids', 'texts', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', False), (False, 'SourceType', True), (False, 'str', True), (False, 'str | None', False), (False, 'str | None', False), (False, 'bool', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'PartialDate | None', False), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'tuple[str, ...]', False), (False, 'str', True), (False, 'str | None', False), (False, 'str | None', False), (False, 'tuple[Erratum, ...]', False), (False, 'tuple[str, ...]', False))",
    'build_Erratum': "Erratum(('quote', 'quote', 'value', None, None, None, None), ('start', 'start', 'value', None, None, None, None), ('end', 'end', 'value', None, None, None, None), ('reading', 'reading', 'value', None, None, None, None), ('note', 'note', 'value', None, None, None, None), (False, 'str', True), (True, 'int', True), (True, 'int', True), (False, 'str', True), (False, 'str', True))",
    'build_Person': "Person(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('role', 'role', 'value', None, None, 'role', None), ('organization', 'organization', 'link', 'organizations', None, 'organization', None), ('role_start', 'role_start', 'date', None, None, None, None), ('role_end', 'role_end', 'date', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'str', True), (False, 'Organization | None', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False))",
    'build_Organization': "Organization(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('country', 'country', 'link', 'countries', None, 'country', None), ('parent', 'parent', 'link', 'organizations', None, 'parent', None), ('members', 'members', 'nested_list', None, None, None, 'Membership'), ('url', 'url', 'value', None, None, None, None), ('iati_ref', 'iati_ref', 'value', None, None, 'iati_ref', None), ('iati_type', 'iati_type', 'code', None, 'iati-organisation-type', 'iati_type', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'OrganizationType', True), (False, 'Country | None', False), (False, 'Organization | None', False), (False, 'tuple[Membership, ...]', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'Code | None', False))",
    'build_Membership': "Membership(('country', 'country', 'link', 'countries', None, None, None), ('joined', 'joined', 'date', None, None, None, None), ('left', 'left', 'date', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), (False, 'Country', True), (False, 'PartialDate', True), (False, 'PartialDate | None', False), (False, 'tuple[Evidence, ...]', True))",
    'build_Region': "Region(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('m49', 'm49', 'code', None, 'un-m49', 'm49', None), ('m49_subregions', 'm49_subregions', 'codes', None, 'un-m49', 'm49_subregion', None), ('dac_regions', 'dac_regions', 'codes', None, 'oecd-dac-region', 'dac_region', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'Code | None', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False))",
    'build_Country': "Country(('id', 'id', 'value', None, 'iso3166-1-alpha-3', 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('alpha_2', 'alpha_2', 'value', None, 'iso3166-1-alpha-2', 'alpha_2', None), ('numeric', 'numeric', 'value', None, 'iso3166-1-numeric', 'numeric', None), ('region', 'region', 'link', 'regions', None, 'region', None), ('m49_region', 'm49_region', 'code', None, 'un-m49', 'm49_region', None), ('m49_subregion', 'm49_subregion', 'code', None, 'un-m49', 'm49_subregion', None), ('dac_recipient', 'dac_recipient', 'code', None, 'oecd-dac-recipient', 'dac_recipient', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'str', True), (False, 'str', True), (False, 'Region | None', False), (False, 'Code', True), (False, 'Code', True), (False, 'Code | None', False))",
    'build_Sector': "Sector(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('dac_crs', 'dac_crs', 'codes', None, 'oecd-dac-crs-purpose', 'dac_crs', None), ('sdg_targets', 'sdg_targets', 'codes', None, 'un-sdg-target', 'sdg_target', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False))",
    'build_Concept': "Concept(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True))",
    'build_Initiative': "Initiative(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('launched', 'launched', 'date', None, None, None, None), ('countries', 'countries', 'links', 'countries', None, 'country', None), ('organizations', 'organizations', 'links', 'organizations', None, 'organization', None), ('participant_groups', 'participant_groups', 'links', 'organizations', None, 'participant_group', None), ('goals', 'goals', 'links', 'initiatives', None, 'goal', None), ('sdg_targets', 'sdg_targets', 'codes', None, 'un-sdg-target', 'sdg_target', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'InitiativeType', True), (False, 'PartialDate | None', False), (False, 'tuple[Country, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Initiative, ...]', False), (False, 'tuple[Code, ...]', False))",
    'build_Project': "Project(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('status', 'status', 'value', None, None, 'status', None), ('region', 'region', 'link', 'regions', None, 'region', None), ('countries', 'countries', 'links', 'countries', None, 'country', None), ('participant_groups', 'participant_groups', 'links', 'organizations', None, 'participant_group', None), ('sectors', 'sectors', 'links', 'sectors', None, 'sector', None), ('partners', 'partners', 'links', 'organizations', None, 'partner', None), ('implementers', 'implementers', 'links', 'organizations', None, 'implementer', None), ('initiative', 'initiative', 'link', 'initiatives', None, 'initiative', None), ('presented_in', 'presented_in', 'links', 'sources', None, 'presented_in', None), ('launched', 'launched', 'date', None, None, None, None), ('start', 'start', 'date', None, None, None, None), ('end', 'end', 'date', None, None, None, None), ('own_dac_crs', 'dac_crs', 'codes', None, 'oecd-dac-crs-purpose', None, None), ('own_sdg_targets', 'sdg_targets', 'codes', None, 'un-sdg-target', None, None), ('aid_types', 'aid_types', 'codes', None, 'iati-aid-type', 'aid_type', None), ('iati_identifier', 'iati_identifier', 'value', None, None, 'iati_identifier', None), ('iati_status', 'iati_status', 'code', None, 'iati-activity-status', 'iati_status', None), ('titles', 'titles', 'nested_list', None, None, None, 'Narrative'), ('descriptions', 'descriptions', 'nested_list', None, None, None, 'Narrative'), ('iati_dates', 'iati_dates', 'nested_list', None, None, None, 'ActivityDate'), ('recipient_countries', 'recipient_countries', 'nested_list', None, None, None, 'CountryShare'), ('recipient_regions', 'recipient_regions', 'nested_list', None, None, None, 'RegionShare'), ('iati_sectors', 'iati_sectors', 'nested_list', None, None, None, 'SectorShare'), ('dac_crs_categories', 'dac_crs_categories', 'codes', None, 'oecd-dac-crs-category', 'dac_crs_category', None), ('sdg_goals', 'sdg_goals', 'codes', None, 'un-sdg-goal', 'sdg_goal', None), ('sdg_indicators', 'sdg_indicators', 'texts', None, None, None, None), ('participants', 'participants', 'nested_list', None, None, None, 'Participation'), ('reporting_org', 'reporting_org', 'link', 'organizations', None, 'reporting_org', None), ('secondary_reporter', 'secondary_reporter', 'value', None, None, None, None), ('flow_type', 'flow_type', 'code', None, 'iati-flow-type', 'flow_type', None), ('finance_type', 'finance_type', 'code', None, 'iati-finance-type', 'finance_type', None), ('tied_status', 'tied_status', 'code', None, 'iati-tied-status', 'tied_status', None), ('default_currency', 'default_currency', 'code', None, 'iati-currency', None, None), ('amounts', 'amounts', 'nested_list', None, None, None, 'AmountTotal'), ('documents', 'documents', 'links', 'sources', None, 'document', None), ('related_activities', 'related_activities', 'nested_list', None, None, None, 'RelatedActivity'), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'ProjectType', True), (False, 'ProjectStatus', True), (False, 'Region | None', False), (False, 'tuple[Country, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Sector, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'Initiative | None', False), (False, 'tuple[Source, ...]', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'str | None', False), (False, 'Code | None', False), (False, 'tuple[Narrative, ...]', False), (False, 'tuple[Narrative, ...]', False), (False, 'tuple[ActivityDate, ...]', False), (False, 'tuple[CountryShare, ...]', False), (False, 'tuple[RegionShare, ...]', False), (False, 'tuple[SectorShare, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[str, ...]', False), (False, 'tuple[Participation, ...]', False), (False, 'Organization | None', False), (False, 'bool | None', False), (False, 'Code | None', False), (False, 'Code | None', False), (False, 'Code | None', False), (False, 'Code | None', False), (False, 'tuple[AmountTotal, ...]', False), (False, 'tuple[Source, ...]', False), (False, 'tuple[RelatedActivity, ...]', False))",
    'build_Narrative': "Narrative(('text', 'text', 'value', None, None, None, None), ('language', 'language', 'value', None, None, None, None), ('type', 'type', 'value', None, None, None, None), (False, 'str', True), (False, 'str | None', False), (False, 'str | None', False))",
    'build_ActivityDate': "ActivityDate(('type', 'type', 'code', None, 'iati-activity-date-type', None, None), ('date', 'date', 'date', None, None, None, None), (False, 'Code', True), (False, 'PartialDate', True))",
    'build_CountryShare': "CountryShare(('country', 'country', 'link', 'countries', None, None, None), ('percentage', 'percentage', 'value', None, None, None, None), (False, 'Country', True), (False, 'float | None', False))",
    'build_RegionShare': "RegionShare(('code', 'code', 'value', None, None, None, None), ('vocabulary', 'vocabulary', 'value', None, None, None, None), ('vocabulary_uri', 'vocabulary_uri', 'value', None, None, None, None), ('percentage', 'percentage', 'value', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'float | None', False))",
    'build_SectorShare': "SectorShare(('code', 'code', 'value', None, None, None, None), ('vocabulary', 'vocabulary', 'value', None, None, None, None), ('vocabulary_uri', 'vocabulary_uri', 'value', None, None, None, None), ('percentage', 'percentage', 'value', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'float | None', False))",
    'build_Participation': "Participation(('organization', 'organization', 'link', 'organizations', None, None, None), ('role', 'role', 'code', None, 'iati-organisation-role', None, None), ('type', 'type', 'code', None, 'iati-organisation-type', None, None), ('ref', 'ref', 'value', None, None, None, None), ('activity_id', 'activity_id', 'value', None, None, None, None), (False, 'Organization', True), (False, 'Code', True), (False, 'Code | None', False), (False, 'str | None', False), (False, 'str | None', False))",
    'build_AmountTotal': "AmountTotal(('element', 'element', 'value', None, None, None, None), ('type', 'type', 'value', None, None, None, None), ('currency', 'currency', 'code', None, 'iati-currency', None, None), ('total', 'total', 'value', None, None, None, None), ('count', 'count', 'value', None, None, None, None), ('first_value_date', 'first_value_date', 'date', None, None, None, None), ('last_value_date', 'last_value_date', 'date', None, None, None, None), (False, 'AmountElement', True), (False, 'str | None', False), (False, 'Code', True), (False, 'float', True), (False, 'int', True), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False))",
    'build_RelatedActivity': "RelatedActivity(('type', 'type', 'code', None, 'iati-related-activity-type', None, None), ('ref', 'ref', 'value', None, None, None, None), (False, 'Code', True), (False, 'str', True))",
    'build_Metric': "Metric(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('value', 'value', 'nested', None, None, None, 'Quantity'), ('wording', 'wording', 'value', None, None, None, None), ('subject', 'subject', 'value', None, None, None, None), ('countries', 'countries', 'links', 'countries', None, 'country', None), ('regions', 'regions', 'links', 'regions', None, 'region', None), ('initiative', 'initiative', 'link', 'initiatives', None, 'initiative', None), ('concept', 'concept', 'link', 'concepts', None, 'concept', None), ('year', 'year', 'value', None, None, None, None), ('horizon', 'horizon', 'value', None, None, None, None), ('poverty_line', 'poverty_line', 'nested', None, None, None, 'PovertyLine'), ('conditions', 'conditions', 'value', None, None, None, None), ('based_on', 'based_on', 'link', 'metrics', None, 'based_on', None), ('main_caveat', 'main_caveat', 'value', None, None, None, None), ('caveats', 'caveats', 'texts', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'Quantity', True), (False, 'str | None', False), (False, 'str', True), (False, 'tuple[Country, ...]', False), (False, 'tuple[Region, ...]', False), (False, 'Initiative | None', False), (False, 'Concept | None', False), (False, 'int | None', False), (False, 'int | None', False), (False, 'PovertyLine | None', False), (False, 'str | None', False), (False, 'Metric | None', False), (False, 'str | None', False), (False, 'tuple[str, ...]', False))",
    'build_Quantity': "Quantity(('number', 'number', 'value', None, None, None, None), ('unit', 'unit', 'value', None, None, None, None), ('scale', 'scale', 'value', None, None, None, None), ('type', 'type', 'value', None, None, None, None), (False, 'int | float', True), (False, 'str', True), (False, 'int', False), (False, 'ValueType', True))",
    'build_PovertyLine': "PovertyLine(('amount', 'amount', 'value', None, None, None, None), ('currency', 'currency', 'value', None, None, None, None), ('ppp_year', 'ppp_year', 'value', None, None, None, None), ('period', 'period', 'value', None, None, None, None), (False, 'float', True), (False, 'str', True), (False, 'int', True), (False, 'Period', True))",
    'build_Event': "Event(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('date', 'date', 'date', None, None, None, None), ('not_before', 'not_before', 'date', None, None, None, None), ('not_after', 'not_after', 'date', None, None, None, None), ('place', 'place', 'value', None, None, None, None), ('organizer', 'organizer', 'link', 'organizations', None, 'organizer', None), ('people', 'people', 'links', 'people', None, 'person', None), ('document', 'document', 'link', 'sources', None, 'document', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'EventType', True), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'str | None', False), (False, 'Organization | None', False), (False, 'tuple[Person, ...]', False), (False, 'Source | None', False))",
    'build_Statement': "Statement(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('mode', 'mode', 'value', None, None, 'mode', None), ('speaker', 'speaker', 'link', 'people', None, 'speaker', None), ('event', 'event', 'link', 'events', None, 'event', None), ('date', 'date', 'date', None, None, None, None), ('topic', 'topic', 'value', None, None, None, None), ('about', 'about', 'refs', None, None, 'about', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'StatementType', True), (False, 'StatementMode', True), (False, 'Person | None', False), (False, 'Event | None', False), (False, 'PartialDate | None', False), (False, 'str', True), (False, 'tuple[Entity, ...]', False))",
}
