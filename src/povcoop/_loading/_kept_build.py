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
        v0 = get('basis')
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
        v6 = get('type')
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
        v6 = get('type')
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
        v6 = get('type')
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
        v6 = get('type')
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
        v6 = get('type')
        v7 = get('status')
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
        v0 = get('element')
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
        v3 = get('total')
        v4 = get('count')
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
        v0 = get('number')
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
        v3 = get('type')
        return cls(number=v0, unit=v1, scale=v2, type=v3)
    return make


def build_PovertyLine(context):
    spans = context.spans; texts = context.texts; built = context.built
    date = context.date; shared = context.shared
    number = context.numbers.setdefault
    def make(item, kind, index, prefix):
        get = item.get
        v0 = get('amount')
        raw = get('currency')
        if raw is None:
            v1 = None
        else:
            v1 = raw if len(raw) < 64 or raw.isascii() else fresh(raw)
        v2 = get('ppp_year')
        v3 = get('period')
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
        v6 = get('type')
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
        v6 = get('type')
        v7 = get('mode')
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
    'build_Evidence': 'basis:value:basis:None:None source:link:source:sources:None quote:value:quote:None:None start:value:start:None:None end:value:end:None:None note:value:note:None:None locator:value:locator:None:None supports:texts:supports:None:None',
    'build_Source': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None title:value:title:None:None title_zh:value:title_zh:None:None title_en:value:title_en:None:None title_descriptive:value:title_descriptive:None:None series:value:series:None:None number:value:number:None:None publisher:value:publisher:None:None place:value:place:None:None published:date:published:None:None reporter:value:reporter:None:None authors:texts:authors:None:None family_names:texts:family_names:None:None language:value:language:None:None url:value:url:None:None text:text:text_file:None:None errata:nested_list:errata:None:None former_ids:texts:former_ids:None:None',
    'build_Source_without_evidence': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None title:value:title:None:None title_zh:value:title_zh:None:None title_en:value:title_en:None:None title_descriptive:value:title_descriptive:None:None series:value:series:None:None number:value:number:None:None publisher:value:publisher:None:None place:value:place:None:None published:date:published:None:None reporter:value:reporter:None:None authors:texts:authors:None:None family_names:texts:family_names:None:None language:value:language:None:None url:value:url:None:None text:text:text_file:None:None errata:nested_list:errata:None:None former_ids:texts:former_ids:None:None',
    'build_Erratum': 'quote:value:quote:None:None start:value:start:None:None end:value:end:None:None reading:value:reading:None:None note:value:note:None:None',
    'build_Person': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None role:value:role:None:None organization:link:organization:organizations:None role_start:date:role_start:None:None role_end:date:role_end:None:None',
    'build_Organization': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None country:link:country:countries:None parent:link:parent:organizations:None members:nested_list:members:None:None url:value:url:None:None iati_ref:value:iati_ref:None:None iati_type:code:iati_type:None:iati-organisation-type',
    'build_Membership': 'country:link:country:countries:None joined:date:joined:None:None left:date:left:None:None evidence:evidence:evidence:None:None',
    'build_Region': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None m49:code:m49:None:un-m49 m49_subregions:codes:m49_subregions:None:un-m49 dac_regions:codes:dac_regions:None:oecd-dac-region',
    'build_Country': 'id:value:id:None:iso3166-1-alpha-3 name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None alpha_2:value:alpha_2:None:iso3166-1-alpha-2 numeric:value:numeric:None:iso3166-1-numeric region:link:region:regions:None m49_region:code:m49_region:None:un-m49 m49_subregion:code:m49_subregion:None:un-m49 dac_recipient:code:dac_recipient:None:oecd-dac-recipient',
    'build_Sector': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None dac_crs:codes:dac_crs:None:oecd-dac-crs-purpose sdg_targets:codes:sdg_targets:None:un-sdg-target',
    'build_Concept': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None',
    'build_Initiative': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None launched:date:launched:None:None countries:links:countries:countries:None organizations:links:organizations:organizations:None participant_groups:links:participant_groups:organizations:None goals:links:goals:initiatives:None sdg_targets:codes:sdg_targets:None:un-sdg-target',
    'build_Project': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None status:value:status:None:None region:link:region:regions:None countries:links:countries:countries:None participant_groups:links:participant_groups:organizations:None sectors:links:sectors:sectors:None partners:links:partners:organizations:None implementers:links:implementers:organizations:None initiative:link:initiative:initiatives:None presented_in:links:presented_in:sources:None launched:date:launched:None:None start:date:start:None:None end:date:end:None:None own_dac_crs:codes:dac_crs:None:oecd-dac-crs-purpose own_sdg_targets:codes:sdg_targets:None:un-sdg-target aid_types:codes:aid_types:None:iati-aid-type iati_identifier:value:iati_identifier:None:None iati_status:code:iati_status:None:iati-activity-status titles:nested_list:titles:None:None descriptions:nested_list:descriptions:None:None iati_dates:nested_list:iati_dates:None:None recipient_countries:nested_list:recipient_countries:None:None recipient_regions:nested_list:recipient_regions:None:None iati_sectors:nested_list:iati_sectors:None:None dac_crs_categories:codes:dac_crs_categories:None:oecd-dac-crs-category sdg_goals:codes:sdg_goals:None:un-sdg-goal sdg_indicators:texts:sdg_indicators:None:None participants:nested_list:participants:None:None reporting_org:link:reporting_org:organizations:None secondary_reporter:value:secondary_reporter:None:None flow_type:code:flow_type:None:iati-flow-type finance_type:code:finance_type:None:iati-finance-type tied_status:code:tied_status:None:iati-tied-status default_currency:code:default_currency:None:iati-currency amounts:nested_list:amounts:None:None documents:links:documents:sources:None related_activities:nested_list:related_activities:None:None',
    'build_Narrative': 'text:value:text:None:None language:value:language:None:None type:value:type:None:None',
    'build_ActivityDate': 'type:code:type:None:iati-activity-date-type date:date:date:None:None',
    'build_CountryShare': 'country:link:country:countries:None percentage:value:percentage:None:None',
    'build_RegionShare': 'code:value:code:None:None vocabulary:value:vocabulary:None:None vocabulary_uri:value:vocabulary_uri:None:None percentage:value:percentage:None:None',
    'build_SectorShare': 'code:value:code:None:None vocabulary:value:vocabulary:None:None vocabulary_uri:value:vocabulary_uri:None:None percentage:value:percentage:None:None',
    'build_Participation': 'organization:link:organization:organizations:None role:code:role:None:iati-organisation-role type:code:type:None:iati-organisation-type ref:value:ref:None:None activity_id:value:activity_id:None:None',
    'build_AmountTotal': 'element:value:element:None:None type:value:type:None:None currency:code:currency:None:iati-currency total:value:total:None:None count:value:count:None:None first_value_date:date:first_value_date:None:None last_value_date:date:last_value_date:None:None',
    'build_RelatedActivity': 'type:code:type:None:iati-related-activity-type ref:value:ref:None:None',
    'build_Metric': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None value:nested:value:None:None wording:value:wording:None:None subject:value:subject:None:None countries:links:countries:countries:None regions:links:regions:regions:None initiative:link:initiative:initiatives:None concept:link:concept:concepts:None year:value:year:None:None horizon:value:horizon:None:None poverty_line:nested:poverty_line:None:None conditions:value:conditions:None:None based_on:link:based_on:metrics:None main_caveat:value:main_caveat:None:None caveats:texts:caveats:None:None',
    'build_Quantity': 'number:value:number:None:None unit:value:unit:None:None scale:value:scale:None:None type:value:type:None:None',
    'build_PovertyLine': 'amount:value:amount:None:None currency:value:currency:None:None ppp_year:value:ppp_year:None:None period:value:period:None:None',
    'build_Event': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None date:date:date:None:None not_before:date:not_before:None:None not_after:date:not_after:None:None place:value:place:None:None organizer:link:organizer:organizations:None people:links:people:people:None document:link:document:sources:None',
    'build_Statement': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None mode:value:mode:None:None speaker:link:speaker:people:None event:link:event:events:None date:date:date:None:None topic:value:topic:None:None about:refs:about:None:None',
}
