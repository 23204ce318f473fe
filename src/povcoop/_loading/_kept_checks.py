"""Generated code: the record checks of the loader (povcoop._loading.checks).

Made by ``python tools/regenerate_engine.py`` from the registry; do not edit."""

# ruff: noqa
# mypy: ignore-errors
# fmt: off


def check_Evidence(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids1 = checker.ids.get('sources', {})
    base1 = checker.base.get('sources', {})
    def check(kind, index, record, *, item, prefix):
        value = item.get('source')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids1 or value in base1
                else:
                    fine = type(value) is list and _all_known(value, ids1, base1)
                if not fine:
                    checker.check_links(kind, index, record, F1, value, prefix + 'source')
    return check


def check_Source(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    evidence_checks = None
    nested22 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks, nested22
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('errata')
        if value is not None:
            if nested22 is None:
                nested22 = _compiled_checks(N22)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}errata[{i}]'
                checker.check_own_quote(kind, index, record, nested, where)
                nested22(kind, index, record, item=nested, prefix=where + '.')
    return check


def check_Erratum(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    def check(kind, index, record, *, item, prefix):
        pass
    return check


def check_Person(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids7 = checker.ids.get('organizations', {})
    base7 = checker.base.get('organizations', {})
    evidence_checks = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('organization')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids7 or value in base7
                else:
                    fine = type(value) is list and _all_known(value, ids7, base7)
                if not fine:
                    checker.check_links(kind, index, record, F7, value, prefix + 'organization')
    return check


def check_Organization(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids7 = checker.ids.get('countries', {})
    base7 = checker.base.get('countries', {})
    ids8 = checker.ids.get('organizations', {})
    base8 = checker.base.get('organizations', {})
    evidence_checks = None
    nested9 = None
    codes12 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks, nested9, codes12
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('country')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids7 or value in base7
                else:
                    fine = type(value) is list and _all_known(value, ids7, base7)
                if not fine:
                    checker.check_links(kind, index, record, F7, value, prefix + 'country')
        value = item.get('parent')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids8 or value in base8
                else:
                    fine = type(value) is list and _all_known(value, ids8, base8)
                if not fine:
                    checker.check_links(kind, index, record, F8, value, prefix + 'parent')
        value = item.get('members')
        if value is not None:
            if nested9 is None:
                nested9 = _compiled_checks(N9)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}members[{i}]'
                nested9(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('iati_type')
        if value is not None:
            if every:
                if codes12 is None:
                    codes12 = code_list('iati-organisation-type')
                if type(value) is str:
                    fine = value in codes12
                else:
                    fine = type(value) is list and _all_codes(value, codes12)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-organisation-type', value, prefix + 'iati_type')
    return check


def check_Membership(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids0 = checker.ids.get('countries', {})
    base0 = checker.base.get('countries', {})
    evidence_checks = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks
        value = item.get('country')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids0 or value in base0
                else:
                    fine = type(value) is list and _all_known(value, ids0, base0)
                if not fine:
                    checker.check_links(kind, index, record, F0, value, prefix + 'country')
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
    return check


def check_Region(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    evidence_checks = None
    codes6 = None
    codes7 = None
    codes8 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks, codes6, codes7, codes8
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('m49')
        if value is not None:
            if every:
                if codes6 is None:
                    codes6 = code_list('un-m49')
                if type(value) is str:
                    fine = value in codes6
                else:
                    fine = type(value) is list and _all_codes(value, codes6)
                if not fine:
                    checker.check_codes(kind, index, record, 'un-m49', value, prefix + 'm49')
        value = item.get('m49_subregions')
        if value is not None:
            if every:
                if codes7 is None:
                    codes7 = code_list('un-m49')
                if type(value) is str:
                    fine = value in codes7
                else:
                    fine = type(value) is list and _all_codes(value, codes7)
                if not fine:
                    checker.check_codes(kind, index, record, 'un-m49', value, prefix + 'm49_subregions')
        value = item.get('dac_regions')
        if value is not None:
            if every:
                if codes8 is None:
                    codes8 = code_list('oecd-dac-region')
                if type(value) is str:
                    fine = value in codes8
                else:
                    fine = type(value) is list and _all_codes(value, codes8)
                if not fine:
                    checker.check_codes(kind, index, record, 'oecd-dac-region', value, prefix + 'dac_regions')
    return check


def check_Country(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids8 = checker.ids.get('regions', {})
    base8 = checker.base.get('regions', {})
    codes0 = None
    evidence_checks = None
    codes6 = None
    codes7 = None
    codes9 = None
    codes10 = None
    codes11 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal codes0, evidence_checks, codes6, codes7, codes9, codes10, codes11
        value = item.get('id')
        if value is not None:
            if every:
                if codes0 is None:
                    codes0 = code_list('iso3166-1-alpha-3')
                if type(value) is str:
                    fine = value in codes0
                else:
                    fine = type(value) is list and _all_codes(value, codes0)
                if not fine:
                    checker.check_codes(kind, index, record, 'iso3166-1-alpha-3', value, prefix + 'id')
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('alpha_2')
        if value is not None:
            if every:
                if codes6 is None:
                    codes6 = code_list('iso3166-1-alpha-2')
                if type(value) is str:
                    fine = value in codes6
                else:
                    fine = type(value) is list and _all_codes(value, codes6)
                if not fine:
                    checker.check_codes(kind, index, record, 'iso3166-1-alpha-2', value, prefix + 'alpha_2')
        value = item.get('numeric')
        if value is not None:
            if every:
                if codes7 is None:
                    codes7 = code_list('iso3166-1-numeric')
                if type(value) is str:
                    fine = value in codes7
                else:
                    fine = type(value) is list and _all_codes(value, codes7)
                if not fine:
                    checker.check_codes(kind, index, record, 'iso3166-1-numeric', value, prefix + 'numeric')
        value = item.get('region')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids8 or value in base8
                else:
                    fine = type(value) is list and _all_known(value, ids8, base8)
                if not fine:
                    checker.check_links(kind, index, record, F8, value, prefix + 'region')
        value = item.get('m49_region')
        if value is not None:
            if every:
                if codes9 is None:
                    codes9 = code_list('un-m49')
                if type(value) is str:
                    fine = value in codes9
                else:
                    fine = type(value) is list and _all_codes(value, codes9)
                if not fine:
                    checker.check_codes(kind, index, record, 'un-m49', value, prefix + 'm49_region')
        value = item.get('m49_subregion')
        if value is not None:
            if every:
                if codes10 is None:
                    codes10 = code_list('un-m49')
                if type(value) is str:
                    fine = value in codes10
                else:
                    fine = type(value) is list and _all_codes(value, codes10)
                if not fine:
                    checker.check_codes(kind, index, record, 'un-m49', value, prefix + 'm49_subregion')
        value = item.get('dac_recipient')
        if value is not None:
            if every:
                if codes11 is None:
                    codes11 = code_list('oecd-dac-recipient')
                if type(value) is str:
                    fine = value in codes11
                else:
                    fine = type(value) is list and _all_codes(value, codes11)
                if not fine:
                    checker.check_codes(kind, index, record, 'oecd-dac-recipient', value, prefix + 'dac_recipient')
    return check


def check_Sector(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    evidence_checks = None
    codes6 = None
    codes7 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks, codes6, codes7
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('dac_crs')
        if value is not None:
            if every:
                if codes6 is None:
                    codes6 = code_list('oecd-dac-crs-purpose')
                if type(value) is str:
                    fine = value in codes6
                else:
                    fine = type(value) is list and _all_codes(value, codes6)
                if not fine:
                    checker.check_codes(kind, index, record, 'oecd-dac-crs-purpose', value, prefix + 'dac_crs')
        value = item.get('sdg_targets')
        if value is not None:
            if every:
                if codes7 is None:
                    codes7 = code_list('un-sdg-target')
                if type(value) is str:
                    fine = value in codes7
                else:
                    fine = type(value) is list and _all_codes(value, codes7)
                if not fine:
                    checker.check_codes(kind, index, record, 'un-sdg-target', value, prefix + 'sdg_targets')
    return check


def check_Concept(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    evidence_checks = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
    return check


def check_Initiative(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids8 = checker.ids.get('countries', {})
    base8 = checker.base.get('countries', {})
    ids9 = checker.ids.get('organizations', {})
    base9 = checker.base.get('organizations', {})
    ids10 = checker.ids.get('organizations', {})
    base10 = checker.base.get('organizations', {})
    ids11 = checker.ids.get('initiatives', {})
    base11 = checker.base.get('initiatives', {})
    evidence_checks = None
    codes12 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks, codes12
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('countries')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids8 or value in base8
                else:
                    fine = type(value) is list and _all_known(value, ids8, base8)
                if not fine:
                    checker.check_links(kind, index, record, F8, value, prefix + 'countries')
        value = item.get('organizations')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids9 or value in base9
                else:
                    fine = type(value) is list and _all_known(value, ids9, base9)
                if not fine:
                    checker.check_links(kind, index, record, F9, value, prefix + 'organizations')
        value = item.get('participant_groups')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids10 or value in base10
                else:
                    fine = type(value) is list and _all_known(value, ids10, base10)
                if not fine:
                    checker.check_links(kind, index, record, F10, value, prefix + 'participant_groups')
        value = item.get('goals')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids11 or value in base11
                else:
                    fine = type(value) is list and _all_known(value, ids11, base11)
                if not fine:
                    checker.check_links(kind, index, record, F11, value, prefix + 'goals')
        value = item.get('sdg_targets')
        if value is not None:
            if every:
                if codes12 is None:
                    codes12 = code_list('un-sdg-target')
                if type(value) is str:
                    fine = value in codes12
                else:
                    fine = type(value) is list and _all_codes(value, codes12)
                if not fine:
                    checker.check_codes(kind, index, record, 'un-sdg-target', value, prefix + 'sdg_targets')
    return check


def check_Project(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids8 = checker.ids.get('regions', {})
    base8 = checker.base.get('regions', {})
    ids9 = checker.ids.get('countries', {})
    base9 = checker.base.get('countries', {})
    ids10 = checker.ids.get('organizations', {})
    base10 = checker.base.get('organizations', {})
    ids11 = checker.ids.get('sectors', {})
    base11 = checker.base.get('sectors', {})
    ids12 = checker.ids.get('organizations', {})
    base12 = checker.base.get('organizations', {})
    ids13 = checker.ids.get('organizations', {})
    base13 = checker.base.get('organizations', {})
    ids14 = checker.ids.get('initiatives', {})
    base14 = checker.base.get('initiatives', {})
    ids15 = checker.ids.get('sources', {})
    base15 = checker.base.get('sources', {})
    ids34 = checker.ids.get('organizations', {})
    base34 = checker.base.get('organizations', {})
    ids41 = checker.ids.get('sources', {})
    base41 = checker.base.get('sources', {})
    evidence_checks = None
    codes19 = None
    codes20 = None
    codes21 = None
    codes23 = None
    nested24 = None
    nested25 = None
    nested26 = None
    nested27 = None
    nested28 = None
    nested29 = None
    codes30 = None
    codes31 = None
    nested33 = None
    codes36 = None
    codes37 = None
    codes38 = None
    codes39 = None
    nested40 = None
    nested42 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks, codes19, codes20, codes21, codes23, nested24, nested25, nested26, nested27, nested28, nested29, codes30, codes31, nested33, codes36, codes37, codes38, codes39, nested40, nested42
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('region')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids8 or value in base8
                else:
                    fine = type(value) is list and _all_known(value, ids8, base8)
                if not fine:
                    checker.check_links(kind, index, record, F8, value, prefix + 'region')
        value = item.get('countries')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids9 or value in base9
                else:
                    fine = type(value) is list and _all_known(value, ids9, base9)
                if not fine:
                    checker.check_links(kind, index, record, F9, value, prefix + 'countries')
        value = item.get('participant_groups')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids10 or value in base10
                else:
                    fine = type(value) is list and _all_known(value, ids10, base10)
                if not fine:
                    checker.check_links(kind, index, record, F10, value, prefix + 'participant_groups')
        value = item.get('sectors')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids11 or value in base11
                else:
                    fine = type(value) is list and _all_known(value, ids11, base11)
                if not fine:
                    checker.check_links(kind, index, record, F11, value, prefix + 'sectors')
        value = item.get('partners')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids12 or value in base12
                else:
                    fine = type(value) is list and _all_known(value, ids12, base12)
                if not fine:
                    checker.check_links(kind, index, record, F12, value, prefix + 'partners')
        value = item.get('implementers')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids13 or value in base13
                else:
                    fine = type(value) is list and _all_known(value, ids13, base13)
                if not fine:
                    checker.check_links(kind, index, record, F13, value, prefix + 'implementers')
        value = item.get('initiative')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids14 or value in base14
                else:
                    fine = type(value) is list and _all_known(value, ids14, base14)
                if not fine:
                    checker.check_links(kind, index, record, F14, value, prefix + 'initiative')
        value = item.get('presented_in')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids15 or value in base15
                else:
                    fine = type(value) is list and _all_known(value, ids15, base15)
                if not fine:
                    checker.check_links(kind, index, record, F15, value, prefix + 'presented_in')
        value = item.get('dac_crs')
        if value is not None:
            if every:
                if codes19 is None:
                    codes19 = code_list('oecd-dac-crs-purpose')
                if type(value) is str:
                    fine = value in codes19
                else:
                    fine = type(value) is list and _all_codes(value, codes19)
                if not fine:
                    checker.check_codes(kind, index, record, 'oecd-dac-crs-purpose', value, prefix + 'dac_crs')
        value = item.get('sdg_targets')
        if value is not None:
            if every:
                if codes20 is None:
                    codes20 = code_list('un-sdg-target')
                if type(value) is str:
                    fine = value in codes20
                else:
                    fine = type(value) is list and _all_codes(value, codes20)
                if not fine:
                    checker.check_codes(kind, index, record, 'un-sdg-target', value, prefix + 'sdg_targets')
        value = item.get('aid_types')
        if value is not None:
            if every:
                if codes21 is None:
                    codes21 = code_list('iati-aid-type')
                if type(value) is str:
                    fine = value in codes21
                else:
                    fine = type(value) is list and _all_codes(value, codes21)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-aid-type', value, prefix + 'aid_types')
        value = item.get('iati_status')
        if value is not None:
            if every:
                if codes23 is None:
                    codes23 = code_list('iati-activity-status')
                if type(value) is str:
                    fine = value in codes23
                else:
                    fine = type(value) is list and _all_codes(value, codes23)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-activity-status', value, prefix + 'iati_status')
        value = item.get('titles')
        if value is not None:
            if nested24 is None:
                nested24 = _compiled_checks(N24)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}titles[{i}]'
                nested24(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('descriptions')
        if value is not None:
            if nested25 is None:
                nested25 = _compiled_checks(N25)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}descriptions[{i}]'
                nested25(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('iati_dates')
        if value is not None:
            if nested26 is None:
                nested26 = _compiled_checks(N26)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}iati_dates[{i}]'
                nested26(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('recipient_countries')
        if value is not None:
            if nested27 is None:
                nested27 = _compiled_checks(N27)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}recipient_countries[{i}]'
                nested27(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('recipient_regions')
        if value is not None:
            if nested28 is None:
                nested28 = _compiled_checks(N28)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}recipient_regions[{i}]'
                nested28(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('iati_sectors')
        if value is not None:
            if nested29 is None:
                nested29 = _compiled_checks(N29)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}iati_sectors[{i}]'
                nested29(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('dac_crs_categories')
        if value is not None:
            if every:
                if codes30 is None:
                    codes30 = code_list('oecd-dac-crs-category')
                if type(value) is str:
                    fine = value in codes30
                else:
                    fine = type(value) is list and _all_codes(value, codes30)
                if not fine:
                    checker.check_codes(kind, index, record, 'oecd-dac-crs-category', value, prefix + 'dac_crs_categories')
        value = item.get('sdg_goals')
        if value is not None:
            if every:
                if codes31 is None:
                    codes31 = code_list('un-sdg-goal')
                if type(value) is str:
                    fine = value in codes31
                else:
                    fine = type(value) is list and _all_codes(value, codes31)
                if not fine:
                    checker.check_codes(kind, index, record, 'un-sdg-goal', value, prefix + 'sdg_goals')
        value = item.get('participants')
        if value is not None:
            if nested33 is None:
                nested33 = _compiled_checks(N33)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}participants[{i}]'
                nested33(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('reporting_org')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids34 or value in base34
                else:
                    fine = type(value) is list and _all_known(value, ids34, base34)
                if not fine:
                    checker.check_links(kind, index, record, F34, value, prefix + 'reporting_org')
        value = item.get('flow_type')
        if value is not None:
            if every:
                if codes36 is None:
                    codes36 = code_list('iati-flow-type')
                if type(value) is str:
                    fine = value in codes36
                else:
                    fine = type(value) is list and _all_codes(value, codes36)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-flow-type', value, prefix + 'flow_type')
        value = item.get('finance_type')
        if value is not None:
            if every:
                if codes37 is None:
                    codes37 = code_list('iati-finance-type')
                if type(value) is str:
                    fine = value in codes37
                else:
                    fine = type(value) is list and _all_codes(value, codes37)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-finance-type', value, prefix + 'finance_type')
        value = item.get('tied_status')
        if value is not None:
            if every:
                if codes38 is None:
                    codes38 = code_list('iati-tied-status')
                if type(value) is str:
                    fine = value in codes38
                else:
                    fine = type(value) is list and _all_codes(value, codes38)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-tied-status', value, prefix + 'tied_status')
        value = item.get('default_currency')
        if value is not None:
            if every:
                if codes39 is None:
                    codes39 = code_list('iati-currency')
                if type(value) is str:
                    fine = value in codes39
                else:
                    fine = type(value) is list and _all_codes(value, codes39)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-currency', value, prefix + 'default_currency')
        value = item.get('amounts')
        if value is not None:
            if nested40 is None:
                nested40 = _compiled_checks(N40)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}amounts[{i}]'
                nested40(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('documents')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids41 or value in base41
                else:
                    fine = type(value) is list and _all_known(value, ids41, base41)
                if not fine:
                    checker.check_links(kind, index, record, F41, value, prefix + 'documents')
        value = item.get('related_activities')
        if value is not None:
            if nested42 is None:
                nested42 = _compiled_checks(N42)(checker)
            for i, nested in enumerate(value):
                where = f'{prefix}related_activities[{i}]'
                nested42(kind, index, record, item=nested, prefix=where + '.')
    return check


def check_Narrative(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    def check(kind, index, record, *, item, prefix):
        pass
    return check


def check_ActivityDate(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    codes0 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal codes0
        value = item.get('type')
        if value is not None:
            if every:
                if codes0 is None:
                    codes0 = code_list('iati-activity-date-type')
                if type(value) is str:
                    fine = value in codes0
                else:
                    fine = type(value) is list and _all_codes(value, codes0)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-activity-date-type', value, prefix + 'type')
    return check


def check_CountryShare(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids0 = checker.ids.get('countries', {})
    base0 = checker.base.get('countries', {})
    def check(kind, index, record, *, item, prefix):
        value = item.get('country')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids0 or value in base0
                else:
                    fine = type(value) is list and _all_known(value, ids0, base0)
                if not fine:
                    checker.check_links(kind, index, record, F0, value, prefix + 'country')
    return check


def check_RegionShare(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    def check(kind, index, record, *, item, prefix):
        pass
    return check


def check_SectorShare(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    def check(kind, index, record, *, item, prefix):
        pass
    return check


def check_Participation(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids0 = checker.ids.get('organizations', {})
    base0 = checker.base.get('organizations', {})
    codes1 = None
    codes2 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal codes1, codes2
        value = item.get('organization')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids0 or value in base0
                else:
                    fine = type(value) is list and _all_known(value, ids0, base0)
                if not fine:
                    checker.check_links(kind, index, record, F0, value, prefix + 'organization')
        value = item.get('role')
        if value is not None:
            if every:
                if codes1 is None:
                    codes1 = code_list('iati-organisation-role')
                if type(value) is str:
                    fine = value in codes1
                else:
                    fine = type(value) is list and _all_codes(value, codes1)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-organisation-role', value, prefix + 'role')
        value = item.get('type')
        if value is not None:
            if every:
                if codes2 is None:
                    codes2 = code_list('iati-organisation-type')
                if type(value) is str:
                    fine = value in codes2
                else:
                    fine = type(value) is list and _all_codes(value, codes2)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-organisation-type', value, prefix + 'type')
    return check


def check_AmountTotal(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    codes2 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal codes2
        value = item.get('currency')
        if value is not None:
            if every:
                if codes2 is None:
                    codes2 = code_list('iati-currency')
                if type(value) is str:
                    fine = value in codes2
                else:
                    fine = type(value) is list and _all_codes(value, codes2)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-currency', value, prefix + 'currency')
    return check


def check_RelatedActivity(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    codes0 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal codes0
        value = item.get('type')
        if value is not None:
            if every:
                if codes0 is None:
                    codes0 = code_list('iati-related-activity-type')
                if type(value) is str:
                    fine = value in codes0
                else:
                    fine = type(value) is list and _all_codes(value, codes0)
                if not fine:
                    checker.check_codes(kind, index, record, 'iati-related-activity-type', value, prefix + 'type')
    return check


def check_Metric(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids9 = checker.ids.get('countries', {})
    base9 = checker.base.get('countries', {})
    ids10 = checker.ids.get('regions', {})
    base10 = checker.base.get('regions', {})
    ids11 = checker.ids.get('initiatives', {})
    base11 = checker.base.get('initiatives', {})
    ids12 = checker.ids.get('concepts', {})
    base12 = checker.base.get('concepts', {})
    ids17 = checker.ids.get('metrics', {})
    base17 = checker.base.get('metrics', {})
    evidence_checks = None
    nested6 = None
    nested15 = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks, nested6, nested15
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('value')
        if value is not None:
            if nested6 is None:
                nested6 = _compiled_checks(N6)(checker)
            for nested in (value,):
                where = prefix + 'value'
                nested6(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('countries')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids9 or value in base9
                else:
                    fine = type(value) is list and _all_known(value, ids9, base9)
                if not fine:
                    checker.check_links(kind, index, record, F9, value, prefix + 'countries')
        value = item.get('regions')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids10 or value in base10
                else:
                    fine = type(value) is list and _all_known(value, ids10, base10)
                if not fine:
                    checker.check_links(kind, index, record, F10, value, prefix + 'regions')
        value = item.get('initiative')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids11 or value in base11
                else:
                    fine = type(value) is list and _all_known(value, ids11, base11)
                if not fine:
                    checker.check_links(kind, index, record, F11, value, prefix + 'initiative')
        value = item.get('concept')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids12 or value in base12
                else:
                    fine = type(value) is list and _all_known(value, ids12, base12)
                if not fine:
                    checker.check_links(kind, index, record, F12, value, prefix + 'concept')
        value = item.get('poverty_line')
        if value is not None:
            if nested15 is None:
                nested15 = _compiled_checks(N15)(checker)
            for nested in (value,):
                where = prefix + 'poverty_line'
                nested15(kind, index, record, item=nested, prefix=where + '.')
        value = item.get('based_on')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids17 or value in base17
                else:
                    fine = type(value) is list and _all_known(value, ids17, base17)
                if not fine:
                    checker.check_links(kind, index, record, F17, value, prefix + 'based_on')
    return check


def check_Quantity(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    def check(kind, index, record, *, item, prefix):
        pass
    return check


def check_PovertyLine(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    def check(kind, index, record, *, item, prefix):
        pass
    return check


def check_Event(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids11 = checker.ids.get('organizations', {})
    base11 = checker.base.get('organizations', {})
    ids12 = checker.ids.get('people', {})
    base12 = checker.base.get('people', {})
    ids13 = checker.ids.get('sources', {})
    base13 = checker.base.get('sources', {})
    evidence_checks = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('organizer')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids11 or value in base11
                else:
                    fine = type(value) is list and _all_known(value, ids11, base11)
                if not fine:
                    checker.check_links(kind, index, record, F11, value, prefix + 'organizer')
        value = item.get('people')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids12 or value in base12
                else:
                    fine = type(value) is list and _all_known(value, ids12, base12)
                if not fine:
                    checker.check_links(kind, index, record, F12, value, prefix + 'people')
        value = item.get('document')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids13 or value in base13
                else:
                    fine = type(value) is list and _all_known(value, ids13, base13)
                if not fine:
                    checker.check_links(kind, index, record, F13, value, prefix + 'document')
    return check


def check_Statement(checker):
    check_evidence = checker.check_evidence
    every = not checker.quotes_only
    ids8 = checker.ids.get('people', {})
    base8 = checker.base.get('people', {})
    ids9 = checker.ids.get('events', {})
    base9 = checker.base.get('events', {})
    evidence_checks = None
    def check(kind, index, record, *, item, prefix):
        nonlocal evidence_checks
        value = item.get('evidence')
        if value is not None:
            if evidence_checks is None:
                evidence_checks = _compiled_checks(Evidence)(checker)
            for i, evidence in enumerate(value):
                path = f'{prefix}evidence[{i}]'
                evidence_checks(kind, index, record, item=evidence, prefix=path + '.')
                check_evidence(kind, index, record, evidence, path)
        value = item.get('speaker')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids8 or value in base8
                else:
                    fine = type(value) is list and _all_known(value, ids8, base8)
                if not fine:
                    checker.check_links(kind, index, record, F8, value, prefix + 'speaker')
        value = item.get('event')
        if value is not None:
            if every:
                if type(value) is str:
                    fine = value in ids9 or value in base9
                else:
                    fine = type(value) is list and _all_known(value, ids9, base9)
                if not fine:
                    checker.check_links(kind, index, record, F9, value, prefix + 'event')
        value = item.get('about')
        if value is not None:
            if every:
                checker.check_refs(kind, index, record, value, prefix + 'about')
    return check


SIGNATURES = {
    'check_Evidence': 'basis:value:basis:None:None source:link:source:sources:None quote:value:quote:None:None start:value:start:None:None end:value:end:None:None note:value:note:None:None locator:value:locator:None:None supports:texts:supports:None:None',
    'check_Source': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None title:value:title:None:None title_zh:value:title_zh:None:None title_en:value:title_en:None:None title_descriptive:value:title_descriptive:None:None series:value:series:None:None number:value:number:None:None publisher:value:publisher:None:None place:value:place:None:None published:date:published:None:None reporter:value:reporter:None:None authors:texts:authors:None:None family_names:texts:family_names:None:None language:value:language:None:None url:value:url:None:None text:text:text_file:None:None errata:nested_list:errata:None:None former_ids:texts:former_ids:None:None',
    'check_Erratum': 'quote:value:quote:None:None start:value:start:None:None end:value:end:None:None reading:value:reading:None:None note:value:note:None:None',
    'check_Person': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None role:value:role:None:None organization:link:organization:organizations:None role_start:date:role_start:None:None role_end:date:role_end:None:None',
    'check_Organization': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None country:link:country:countries:None parent:link:parent:organizations:None members:nested_list:members:None:None url:value:url:None:None iati_ref:value:iati_ref:None:None iati_type:code:iati_type:None:iati-organisation-type',
    'check_Membership': 'country:link:country:countries:None joined:date:joined:None:None left:date:left:None:None evidence:evidence:evidence:None:None',
    'check_Region': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None m49:code:m49:None:un-m49 m49_subregions:codes:m49_subregions:None:un-m49 dac_regions:codes:dac_regions:None:oecd-dac-region',
    'check_Country': 'id:value:id:None:iso3166-1-alpha-3 name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None alpha_2:value:alpha_2:None:iso3166-1-alpha-2 numeric:value:numeric:None:iso3166-1-numeric region:link:region:regions:None m49_region:code:m49_region:None:un-m49 m49_subregion:code:m49_subregion:None:un-m49 dac_recipient:code:dac_recipient:None:oecd-dac-recipient',
    'check_Sector': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None dac_crs:codes:dac_crs:None:oecd-dac-crs-purpose sdg_targets:codes:sdg_targets:None:un-sdg-target',
    'check_Concept': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None',
    'check_Initiative': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None launched:date:launched:None:None countries:links:countries:countries:None organizations:links:organizations:organizations:None participant_groups:links:participant_groups:organizations:None goals:links:goals:initiatives:None sdg_targets:codes:sdg_targets:None:un-sdg-target',
    'check_Project': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None status:value:status:None:None region:link:region:regions:None countries:links:countries:countries:None participant_groups:links:participant_groups:organizations:None sectors:links:sectors:sectors:None partners:links:partners:organizations:None implementers:links:implementers:organizations:None initiative:link:initiative:initiatives:None presented_in:links:presented_in:sources:None launched:date:launched:None:None start:date:start:None:None end:date:end:None:None own_dac_crs:codes:dac_crs:None:oecd-dac-crs-purpose own_sdg_targets:codes:sdg_targets:None:un-sdg-target aid_types:codes:aid_types:None:iati-aid-type iati_identifier:value:iati_identifier:None:None iati_status:code:iati_status:None:iati-activity-status titles:nested_list:titles:None:None descriptions:nested_list:descriptions:None:None iati_dates:nested_list:iati_dates:None:None recipient_countries:nested_list:recipient_countries:None:None recipient_regions:nested_list:recipient_regions:None:None iati_sectors:nested_list:iati_sectors:None:None dac_crs_categories:codes:dac_crs_categories:None:oecd-dac-crs-category sdg_goals:codes:sdg_goals:None:un-sdg-goal sdg_indicators:texts:sdg_indicators:None:None participants:nested_list:participants:None:None reporting_org:link:reporting_org:organizations:None secondary_reporter:value:secondary_reporter:None:None flow_type:code:flow_type:None:iati-flow-type finance_type:code:finance_type:None:iati-finance-type tied_status:code:tied_status:None:iati-tied-status default_currency:code:default_currency:None:iati-currency amounts:nested_list:amounts:None:None documents:links:documents:sources:None related_activities:nested_list:related_activities:None:None',
    'check_Narrative': 'text:value:text:None:None language:value:language:None:None type:value:type:None:None',
    'check_ActivityDate': 'type:code:type:None:iati-activity-date-type date:date:date:None:None',
    'check_CountryShare': 'country:link:country:countries:None percentage:value:percentage:None:None',
    'check_RegionShare': 'code:value:code:None:None vocabulary:value:vocabulary:None:None vocabulary_uri:value:vocabulary_uri:None:None percentage:value:percentage:None:None',
    'check_SectorShare': 'code:value:code:None:None vocabulary:value:vocabulary:None:None vocabulary_uri:value:vocabulary_uri:None:None percentage:value:percentage:None:None',
    'check_Participation': 'organization:link:organization:organizations:None role:code:role:None:iati-organisation-role type:code:type:None:iati-organisation-type ref:value:ref:None:None activity_id:value:activity_id:None:None',
    'check_AmountTotal': 'element:value:element:None:None type:value:type:None:None currency:code:currency:None:iati-currency total:value:total:None:None count:value:count:None:None first_value_date:date:first_value_date:None:None last_value_date:date:last_value_date:None:None',
    'check_RelatedActivity': 'type:code:type:None:iati-related-activity-type ref:value:ref:None:None',
    'check_Metric': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None value:nested:value:None:None wording:value:wording:None:None subject:value:subject:None:None countries:links:countries:countries:None regions:links:regions:regions:None initiative:link:initiative:initiatives:None concept:link:concept:concepts:None year:value:year:None:None horizon:value:horizon:None:None poverty_line:nested:poverty_line:None:None conditions:value:conditions:None:None based_on:link:based_on:metrics:None main_caveat:value:main_caveat:None:None caveats:texts:caveats:None:None',
    'check_Quantity': 'number:value:number:None:None unit:value:unit:None:None scale:value:scale:None:None type:value:type:None:None',
    'check_PovertyLine': 'amount:value:amount:None:None currency:value:currency:None:None ppp_year:value:ppp_year:None:None period:value:period:None:None',
    'check_Event': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None date:date:date:None:None not_before:date:not_before:None:None not_after:date:not_after:None:None place:value:place:None:None organizer:link:organizer:organizations:None people:links:people:people:None document:link:document:sources:None',
    'check_Statement': 'id:value:id:None:None name:value:name:None:None name_zh:value:name_zh:None:None aliases:texts:aliases:None:None description:value:description:None:None evidence:evidence:evidence:None:None type:value:type:None:None mode:value:mode:None:None speaker:link:speaker:people:None event:link:event:events:None date:date:date:None:None topic:value:topic:None:None about:refs:about:None:None',
}
