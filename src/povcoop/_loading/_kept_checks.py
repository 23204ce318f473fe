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
    'check_Evidence': "Evidence(('basis', 'basis', 'value', None, None, 'basis', None), ('source', 'source', 'link', 'sources', None, None, None), ('quote', 'quote', 'value', None, None, None, None), ('start', 'start', 'value', None, None, None, None), ('end', 'end', 'value', None, None, None, None), ('note', 'note', 'value', None, None, None, None), ('locator', 'locator', 'value', None, None, None, None), ('supports', 'supports', 'texts', None, None, None, None), (False, 'Basis', True), (False, 'Source', True), (False, 'str | None', False), (True, 'int | None', False), (True, 'int | None', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'tuple[str, ...]', False))",
    'check_Source': "Source(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('title', 'title', 'value', None, None, None, None), ('title_zh', 'title_zh', 'value', None, None, None, None), ('title_en', 'title_en', 'value', None, None, None, None), ('title_descriptive', 'title_descriptive', 'value', None, None, None, None), ('series', 'series', 'value', None, None, None, None), ('number', 'number', 'value', None, None, None, None), ('publisher', 'publisher', 'value', None, None, None, None), ('place', 'place', 'value', None, None, None, None), ('published', 'published', 'date', None, None, None, None), ('reporter', 'reporter', 'value', None, None, None, None), ('authors', 'authors', 'texts', None, None, None, None), ('family_names', 'family_names', 'texts', None, None, None, None), ('language', 'language', 'value', None, None, 'language', None), ('url', 'url', 'value', None, None, None, None), ('text', 'text_file', 'text', None, None, None, None), ('errata', 'errata', 'nested_list', None, None, None, 'Erratum'), ('former_ids', 'former_ids', 'texts', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', False), (False, 'SourceType', True), (False, 'str', True), (False, 'str | None', False), (False, 'str | None', False), (False, 'bool', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'PartialDate | None', False), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'tuple[str, ...]', False), (False, 'str', True), (False, 'str | None', False), (False, 'str | None', False), (False, 'tuple[Erratum, ...]', False), (False, 'tuple[str, ...]', False))",
    'check_Erratum': "Erratum(('quote', 'quote', 'value', None, None, None, None), ('start', 'start', 'value', None, None, None, None), ('end', 'end', 'value', None, None, None, None), ('reading', 'reading', 'value', None, None, None, None), ('note', 'note', 'value', None, None, None, None), (False, 'str', True), (True, 'int', True), (True, 'int', True), (False, 'str', True), (False, 'str', True))",
    'check_Person': "Person(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('role', 'role', 'value', None, None, 'role', None), ('organization', 'organization', 'link', 'organizations', None, 'organization', None), ('role_start', 'role_start', 'date', None, None, None, None), ('role_end', 'role_end', 'date', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'str', True), (False, 'Organization | None', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False))",
    'check_Organization': "Organization(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('country', 'country', 'link', 'countries', None, 'country', None), ('parent', 'parent', 'link', 'organizations', None, 'parent', None), ('members', 'members', 'nested_list', None, None, None, 'Membership'), ('url', 'url', 'value', None, None, None, None), ('iati_ref', 'iati_ref', 'value', None, None, 'iati_ref', None), ('iati_type', 'iati_type', 'code', None, 'iati-organisation-type', 'iati_type', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'OrganizationType', True), (False, 'Country | None', False), (False, 'Organization | None', False), (False, 'tuple[Membership, ...]', False), (False, 'str | None', False), (False, 'str | None', False), (False, 'Code | None', False))",
    'check_Membership': "Membership(('country', 'country', 'link', 'countries', None, None, None), ('joined', 'joined', 'date', None, None, None, None), ('left', 'left', 'date', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), (False, 'Country', True), (False, 'PartialDate', True), (False, 'PartialDate | None', False), (False, 'tuple[Evidence, ...]', True))",
    'check_Region': "Region(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('m49', 'm49', 'code', None, 'un-m49', 'm49', None), ('m49_subregions', 'm49_subregions', 'codes', None, 'un-m49', 'm49_subregion', None), ('dac_regions', 'dac_regions', 'codes', None, 'oecd-dac-region', 'dac_region', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'Code | None', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False))",
    'check_Country': "Country(('id', 'id', 'value', None, 'iso3166-1-alpha-3', 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('alpha_2', 'alpha_2', 'value', None, 'iso3166-1-alpha-2', 'alpha_2', None), ('numeric', 'numeric', 'value', None, 'iso3166-1-numeric', 'numeric', None), ('region', 'region', 'link', 'regions', None, 'region', None), ('m49_region', 'm49_region', 'code', None, 'un-m49', 'm49_region', None), ('m49_subregion', 'm49_subregion', 'code', None, 'un-m49', 'm49_subregion', None), ('dac_recipient', 'dac_recipient', 'code', None, 'oecd-dac-recipient', 'dac_recipient', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'str', True), (False, 'str', True), (False, 'Region | None', False), (False, 'Code', True), (False, 'Code', True), (False, 'Code | None', False))",
    'check_Sector': "Sector(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('dac_crs', 'dac_crs', 'codes', None, 'oecd-dac-crs-purpose', 'dac_crs', None), ('sdg_targets', 'sdg_targets', 'codes', None, 'un-sdg-target', 'sdg_target', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False))",
    'check_Concept': "Concept(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True))",
    'check_Initiative': "Initiative(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('launched', 'launched', 'date', None, None, None, None), ('countries', 'countries', 'links', 'countries', None, 'country', None), ('organizations', 'organizations', 'links', 'organizations', None, 'organization', None), ('participant_groups', 'participant_groups', 'links', 'organizations', None, 'participant_group', None), ('goals', 'goals', 'links', 'initiatives', None, 'goal', None), ('sdg_targets', 'sdg_targets', 'codes', None, 'un-sdg-target', 'sdg_target', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'InitiativeType', True), (False, 'PartialDate | None', False), (False, 'tuple[Country, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Initiative, ...]', False), (False, 'tuple[Code, ...]', False))",
    'check_Project': "Project(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('status', 'status', 'value', None, None, 'status', None), ('region', 'region', 'link', 'regions', None, 'region', None), ('countries', 'countries', 'links', 'countries', None, 'country', None), ('participant_groups', 'participant_groups', 'links', 'organizations', None, 'participant_group', None), ('sectors', 'sectors', 'links', 'sectors', None, 'sector', None), ('partners', 'partners', 'links', 'organizations', None, 'partner', None), ('implementers', 'implementers', 'links', 'organizations', None, 'implementer', None), ('initiative', 'initiative', 'link', 'initiatives', None, 'initiative', None), ('presented_in', 'presented_in', 'links', 'sources', None, 'presented_in', None), ('launched', 'launched', 'date', None, None, None, None), ('start', 'start', 'date', None, None, None, None), ('end', 'end', 'date', None, None, None, None), ('own_dac_crs', 'dac_crs', 'codes', None, 'oecd-dac-crs-purpose', None, None), ('own_sdg_targets', 'sdg_targets', 'codes', None, 'un-sdg-target', None, None), ('aid_types', 'aid_types', 'codes', None, 'iati-aid-type', 'aid_type', None), ('iati_identifier', 'iati_identifier', 'value', None, None, 'iati_identifier', None), ('iati_status', 'iati_status', 'code', None, 'iati-activity-status', 'iati_status', None), ('titles', 'titles', 'nested_list', None, None, None, 'Narrative'), ('descriptions', 'descriptions', 'nested_list', None, None, None, 'Narrative'), ('iati_dates', 'iati_dates', 'nested_list', None, None, None, 'ActivityDate'), ('recipient_countries', 'recipient_countries', 'nested_list', None, None, None, 'CountryShare'), ('recipient_regions', 'recipient_regions', 'nested_list', None, None, None, 'RegionShare'), ('iati_sectors', 'iati_sectors', 'nested_list', None, None, None, 'SectorShare'), ('dac_crs_categories', 'dac_crs_categories', 'codes', None, 'oecd-dac-crs-category', 'dac_crs_category', None), ('sdg_goals', 'sdg_goals', 'codes', None, 'un-sdg-goal', 'sdg_goal', None), ('sdg_indicators', 'sdg_indicators', 'texts', None, None, None, None), ('participants', 'participants', 'nested_list', None, None, None, 'Participation'), ('reporting_org', 'reporting_org', 'link', 'organizations', None, 'reporting_org', None), ('secondary_reporter', 'secondary_reporter', 'value', None, None, None, None), ('flow_type', 'flow_type', 'code', None, 'iati-flow-type', 'flow_type', None), ('finance_type', 'finance_type', 'code', None, 'iati-finance-type', 'finance_type', None), ('tied_status', 'tied_status', 'code', None, 'iati-tied-status', 'tied_status', None), ('default_currency', 'default_currency', 'code', None, 'iati-currency', None, None), ('amounts', 'amounts', 'nested_list', None, None, None, 'AmountTotal'), ('documents', 'documents', 'links', 'sources', None, 'document', None), ('related_activities', 'related_activities', 'nested_list', None, None, None, 'RelatedActivity'), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'ProjectType', True), (False, 'ProjectStatus', True), (False, 'Region | None', False), (False, 'tuple[Country, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Sector, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'tuple[Organization, ...]', False), (False, 'Initiative | None', False), (False, 'tuple[Source, ...]', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'str | None', False), (False, 'Code | None', False), (False, 'tuple[Narrative, ...]', False), (False, 'tuple[Narrative, ...]', False), (False, 'tuple[ActivityDate, ...]', False), (False, 'tuple[CountryShare, ...]', False), (False, 'tuple[RegionShare, ...]', False), (False, 'tuple[SectorShare, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[Code, ...]', False), (False, 'tuple[str, ...]', False), (False, 'tuple[Participation, ...]', False), (False, 'Organization | None', False), (False, 'bool | None', False), (False, 'Code | None', False), (False, 'Code | None', False), (False, 'Code | None', False), (False, 'Code | None', False), (False, 'tuple[AmountTotal, ...]', False), (False, 'tuple[Source, ...]', False), (False, 'tuple[RelatedActivity, ...]', False))",
    'check_Narrative': "Narrative(('text', 'text', 'value', None, None, None, None), ('language', 'language', 'value', None, None, None, None), ('type', 'type', 'value', None, None, None, None), (False, 'str', True), (False, 'str | None', False), (False, 'str | None', False))",
    'check_ActivityDate': "ActivityDate(('type', 'type', 'code', None, 'iati-activity-date-type', None, None), ('date', 'date', 'date', None, None, None, None), (False, 'Code', True), (False, 'PartialDate', True))",
    'check_CountryShare': "CountryShare(('country', 'country', 'link', 'countries', None, None, None), ('percentage', 'percentage', 'value', None, None, None, None), (False, 'Country', True), (False, 'float | None', False))",
    'check_RegionShare': "RegionShare(('code', 'code', 'value', None, None, None, None), ('vocabulary', 'vocabulary', 'value', None, None, None, None), ('vocabulary_uri', 'vocabulary_uri', 'value', None, None, None, None), ('percentage', 'percentage', 'value', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'float | None', False))",
    'check_SectorShare': "SectorShare(('code', 'code', 'value', None, None, None, None), ('vocabulary', 'vocabulary', 'value', None, None, None, None), ('vocabulary_uri', 'vocabulary_uri', 'value', None, None, None, None), ('percentage', 'percentage', 'value', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'float | None', False))",
    'check_Participation': "Participation(('organization', 'organization', 'link', 'organizations', None, None, None), ('role', 'role', 'code', None, 'iati-organisation-role', None, None), ('type', 'type', 'code', None, 'iati-organisation-type', None, None), ('ref', 'ref', 'value', None, None, None, None), ('activity_id', 'activity_id', 'value', None, None, None, None), (False, 'Organization', True), (False, 'Code', True), (False, 'Code | None', False), (False, 'str | None', False), (False, 'str | None', False))",
    'check_AmountTotal': "AmountTotal(('element', 'element', 'value', None, None, None, None), ('type', 'type', 'value', None, None, None, None), ('currency', 'currency', 'code', None, 'iati-currency', None, None), ('total', 'total', 'value', None, None, None, None), ('count', 'count', 'value', None, None, None, None), ('first_value_date', 'first_value_date', 'date', None, None, None, None), ('last_value_date', 'last_value_date', 'date', None, None, None, None), (False, 'AmountElement', True), (False, 'str | None', False), (False, 'Code', True), (False, 'float', True), (False, 'int', True), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False))",
    'check_RelatedActivity': "RelatedActivity(('type', 'type', 'code', None, 'iati-related-activity-type', None, None), ('ref', 'ref', 'value', None, None, None, None), (False, 'Code', True), (False, 'str', True))",
    'check_Metric': "Metric(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('value', 'value', 'nested', None, None, None, 'Quantity'), ('wording', 'wording', 'value', None, None, None, None), ('subject', 'subject', 'value', None, None, None, None), ('countries', 'countries', 'links', 'countries', None, 'country', None), ('regions', 'regions', 'links', 'regions', None, 'region', None), ('initiative', 'initiative', 'link', 'initiatives', None, 'initiative', None), ('concept', 'concept', 'link', 'concepts', None, 'concept', None), ('year', 'year', 'value', None, None, None, None), ('horizon', 'horizon', 'value', None, None, None, None), ('poverty_line', 'poverty_line', 'nested', None, None, None, 'PovertyLine'), ('conditions', 'conditions', 'value', None, None, None, None), ('based_on', 'based_on', 'link', 'metrics', None, 'based_on', None), ('main_caveat', 'main_caveat', 'value', None, None, None, None), ('caveats', 'caveats', 'texts', None, None, None, None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'Quantity', True), (False, 'str | None', False), (False, 'str', True), (False, 'tuple[Country, ...]', False), (False, 'tuple[Region, ...]', False), (False, 'Initiative | None', False), (False, 'Concept | None', False), (False, 'int | None', False), (False, 'int | None', False), (False, 'PovertyLine | None', False), (False, 'str | None', False), (False, 'Metric | None', False), (False, 'str | None', False), (False, 'tuple[str, ...]', False))",
    'check_Quantity': "Quantity(('number', 'number', 'value', None, None, None, None), ('unit', 'unit', 'value', None, None, None, None), ('scale', 'scale', 'value', None, None, None, None), ('type', 'type', 'value', None, None, None, None), (False, 'int | float', True), (False, 'str', True), (False, 'int', False), (False, 'ValueType', True))",
    'check_PovertyLine': "PovertyLine(('amount', 'amount', 'value', None, None, None, None), ('currency', 'currency', 'value', None, None, None, None), ('ppp_year', 'ppp_year', 'value', None, None, None, None), ('period', 'period', 'value', None, None, None, None), (False, 'float', True), (False, 'str', True), (False, 'int', True), (False, 'Period', True))",
    'check_Event': "Event(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('date', 'date', 'date', None, None, None, None), ('not_before', 'not_before', 'date', None, None, None, None), ('not_after', 'not_after', 'date', None, None, None, None), ('place', 'place', 'value', None, None, None, None), ('organizer', 'organizer', 'link', 'organizations', None, 'organizer', None), ('people', 'people', 'links', 'people', None, 'person', None), ('document', 'document', 'link', 'sources', None, 'document', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'EventType', True), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'PartialDate | None', False), (False, 'str | None', False), (False, 'Organization | None', False), (False, 'tuple[Person, ...]', False), (False, 'Source | None', False))",
    'check_Statement': "Statement(('id', 'id', 'value', None, None, 'id', None), ('name', 'name', 'value', None, None, None, None), ('name_zh', 'name_zh', 'value', None, None, None, None), ('aliases', 'aliases', 'texts', None, None, None, None), ('description', 'description', 'value', None, None, None, None), ('evidence', 'evidence', 'evidence', None, None, None, None), ('type', 'type', 'value', None, None, 'type', None), ('mode', 'mode', 'value', None, None, 'mode', None), ('speaker', 'speaker', 'link', 'people', None, 'speaker', None), ('event', 'event', 'link', 'events', None, 'event', None), ('date', 'date', 'date', None, None, None, None), ('topic', 'topic', 'value', None, None, None, None), ('about', 'about', 'refs', None, None, 'about', None), (False, 'str', True), (False, 'str', True), (False, 'str | None', False), (False, 'tuple[str, ...]', False), (False, 'str | None', False), (False, 'tuple[Evidence, ...]', True), (False, 'StatementType', True), (False, 'StatementMode', True), (False, 'Person | None', False), (False, 'Event | None', False), (False, 'PartialDate | None', False), (False, 'str', True), (False, 'tuple[Entity, ...]', False))",
}
