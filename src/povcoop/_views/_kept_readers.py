"""Generated code: the readers of the shipped catalog's tables (povcoop._views.reader).

Made by ``python tools/regenerate_engine.py`` from the registry; do not edit."""

# ruff: noqa
# mypy: ignore-errors
# fmt: off


def read_0a8efd6c(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    m1 = {}
    get1 = m1.get
    e1 = None
    f1 = []
    g1 = [0] * rows
    m2 = {}
    get2 = m2.get
    e2 = None
    f2 = []
    g2 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.evidence)
        v6 = item.m49
        v7 = item.m49_subregions
        v8 = item.dac_regions
        k0 = id(v6)
        k1 = () if not v7 else id(v7[0]) if len(v7) == 1 else tuple(map(id, v7))
        k2 = () if not v8 else id(v8[0]) if len(v8) == 1 else tuple(map(id, v8))
        if v6 is not None:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
        if v7:
            group = get1(k1)
            if group is None:
                group = m1[k1] = len(f1)
                f1.append(position)
            g1[position] = group
        else:
            if e1 is None:
                e1 = len(f1)
                f1.append(position)
            g1[position] = e1
        if v8:
            group = get2(k2)
            if group is None:
                group = m2[k2] = len(f2)
                f2.append(position)
            g2[position] = group
        else:
            if e2 is None:
                e2 = len(f2)
                f2.append(position)
            g2[position] = e2
    return [c0, c1, c2, c3, c4, c5], [(g0, f0), (g1, f1), (g2, f2)]


def read_0aaf18cb(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    c6 = []
    add6 = c6.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    m1 = {}
    get1 = m1.get
    e1 = None
    f1 = []
    g1 = [0] * rows
    m2 = {}
    get2 = m2.get
    e2 = None
    f2 = []
    g2 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.role)
        add6(item.evidence)
        v7 = item.organization
        v8 = item.role_start
        v9 = item.role_end
        k0 = id(v7)
        k1 = id(v8)
        k2 = id(v9)
        if v7 is not None:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
        if v8 is not None:
            group = get1(k1)
            if group is None:
                group = m1[k1] = len(f1)
                f1.append(position)
            g1[position] = group
        else:
            if e1 is None:
                e1 = len(f1)
                f1.append(position)
            g1[position] = e1
        if v9 is not None:
            group = get2(k2)
            if group is None:
                group = m2[k2] = len(f2)
                f2.append(position)
            g2[position] = group
        else:
            if e2 is None:
                e2 = len(f2)
                f2.append(position)
            g2[position] = e2
    return [c0, c1, c2, c3, c4, c5, c6], [(g0, f0), (g1, f1), (g2, f2)]


def read_0f3c35d6(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    c6 = []
    add6 = c6.append
    c7 = []
    add7 = c7.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    m1 = {}
    get1 = m1.get
    e1 = None
    f1 = []
    g1 = [0] * rows
    m2 = {}
    get2 = m2.get
    e2 = None
    f2 = []
    g2 = [0] * rows
    m3 = {}
    get3 = m3.get
    e3 = None
    f3 = []
    g3 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.alpha_2)
        add6(item.numeric)
        add7(item.evidence)
        v8 = item.region
        v9 = item.m49_region
        v10 = item.m49_subregion
        v11 = item.dac_recipient
        k0 = id(v8)
        k1 = id(v9)
        k2 = id(v10)
        k3 = id(v11)
        if v8 is not None:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
        if v9 is not None:
            group = get1(k1)
            if group is None:
                group = m1[k1] = len(f1)
                f1.append(position)
            g1[position] = group
        else:
            if e1 is None:
                e1 = len(f1)
                f1.append(position)
            g1[position] = e1
        if v10 is not None:
            group = get2(k2)
            if group is None:
                group = m2[k2] = len(f2)
                f2.append(position)
            g2[position] = group
        else:
            if e2 is None:
                e2 = len(f2)
                f2.append(position)
            g2[position] = e2
        if v11 is not None:
            group = get3(k3)
            if group is None:
                group = m3[k3] = len(f3)
                f3.append(position)
            g3[position] = group
        else:
            if e3 is None:
                e3 = len(f3)
                f3.append(position)
            g3[position] = e3
    return [c0, c1, c2, c3, c4, c5, c6, c7], [(g0, f0), (g1, f1), (g2, f2), (g3, f3)]


def read_14419d11(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    c6 = []
    add6 = c6.append
    c7 = []
    add7 = c7.append
    c8 = []
    add8 = c8.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    m1 = {}
    get1 = m1.get
    e1 = None
    f1 = []
    g1 = [0] * rows
    m2 = {}
    get2 = m2.get
    e2 = None
    f2 = []
    g2 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.type)
        add6(item.url)
        add7(item.iati_ref)
        add8(item.evidence)
        v9 = item.country
        v10 = item.parent
        v11 = item.iati_type
        k0 = id(v9)
        k1 = id(v10)
        k2 = id(v11)
        if v9 is not None:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
        if v10 is not None:
            group = get1(k1)
            if group is None:
                group = m1[k1] = len(f1)
                f1.append(position)
            g1[position] = group
        else:
            if e1 is None:
                e1 = len(f1)
                f1.append(position)
            g1[position] = e1
        if v11 is not None:
            group = get2(k2)
            if group is None:
                group = m2[k2] = len(f2)
                f2.append(position)
            g2[position] = group
        else:
            if e2 is None:
                e2 = len(f2)
                f2.append(position)
            g2[position] = e2
    return [c0, c1, c2, c3, c4, c5, c6, c7, c8], [(g0, f0), (g1, f1), (g2, f2)]


def read_1e62c8c6(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    m1 = {}
    get1 = m1.get
    e1 = None
    f1 = []
    g1 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.evidence)
        v6 = item.dac_crs
        v7 = item.sdg_targets
        k0 = () if not v6 else id(v6[0]) if len(v6) == 1 else tuple(map(id, v6))
        k1 = () if not v7 else id(v7[0]) if len(v7) == 1 else tuple(map(id, v7))
        if v6:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
        if v7:
            group = get1(k1)
            if group is None:
                group = m1[k1] = len(f1)
                f1.append(position)
            g1[position] = group
        else:
            if e1 is None:
                e1 = len(f1)
                f1.append(position)
            g1[position] = e1
    return [c0, c1, c2, c3, c4, c5], [(g0, f0), (g1, f1)]


def read_42da9414(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    c6 = []
    add6 = c6.append
    c7 = []
    add7 = c7.append
    c8 = []
    add8 = c8.append
    c9 = []
    add9 = c9.append
    c10 = []
    add10 = c10.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    m1 = {}
    get1 = m1.get
    e1 = None
    f1 = []
    g1 = [0] * rows
    m2 = {}
    get2 = m2.get
    e2 = None
    f2 = []
    g2 = [0] * rows
    m3 = {}
    get3 = m3.get
    e3 = None
    f3 = []
    g3 = [0] * rows
    m4 = {}
    get4 = m4.get
    e4 = None
    f4 = []
    g4 = [0] * rows
    m5 = {}
    get5 = m5.get
    e5 = None
    f5 = []
    g5 = [0] * rows
    m6 = {}
    get6 = m6.get
    e6 = None
    f6 = []
    g6 = [0] * rows
    m7 = {}
    get7 = m7.get
    e7 = None
    f7 = []
    g7 = [0] * rows
    m8 = {}
    get8 = m8.get
    e8 = None
    f8 = []
    g8 = [0] * rows
    m9 = {}
    get9 = m9.get
    e9 = None
    f9 = []
    g9 = [0] * rows
    m10 = {}
    get10 = m10.get
    e10 = None
    f10 = []
    g10 = [0] * rows
    m11 = {}
    get11 = m11.get
    e11 = None
    f11 = []
    g11 = [0] * rows
    m12 = {}
    get12 = m12.get
    e12 = None
    f12 = []
    g12 = [0] * rows
    m13 = {}
    get13 = m13.get
    e13 = None
    f13 = []
    g13 = [0] * rows
    m14 = {}
    get14 = m14.get
    e14 = None
    f14 = []
    g14 = [0] * rows
    m15 = {}
    get15 = m15.get
    e15 = None
    f15 = []
    g15 = [0] * rows
    m16 = {}
    get16 = m16.get
    e16 = None
    f16 = []
    g16 = [0] * rows
    m17 = {}
    get17 = m17.get
    e17 = None
    f17 = []
    g17 = [0] * rows
    m18 = {}
    get18 = m18.get
    e18 = None
    f18 = []
    g18 = [0] * rows
    m19 = {}
    get19 = m19.get
    e19 = None
    f19 = []
    g19 = [0] * rows
    m20 = {}
    get20 = m20.get
    e20 = None
    f20 = []
    g20 = [0] * rows
    m21 = {}
    get21 = m21.get
    e21 = None
    f21 = []
    g21 = [0] * rows
    m22 = {}
    get22 = m22.get
    e22 = None
    f22 = []
    g22 = [0] * rows
    m23 = {}
    get23 = m23.get
    e23 = None
    f23 = []
    g23 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.type)
        add6(item.status)
        add7(item.iati_identifier)
        add8(item.sdg_indicators)
        add9(item.secondary_reporter)
        add10(item.evidence)
        v11 = item.region
        v12 = item.countries
        v13 = item.participant_groups
        v14 = item.sectors
        v15 = item.partners
        v16 = item.implementers
        v17 = item.initiative
        v18 = item.presented_in
        v19 = item.launched
        v20 = item.start
        v21 = item.end
        v22 = item.own_dac_crs
        v23 = item.own_sdg_targets
        v24 = item.aid_types
        v25 = item.iati_status
        v26 = item.dac_crs_categories
        v27 = item.sdg_goals
        v28 = item.reporting_org
        v29 = item.flow_type
        v30 = item.finance_type
        v31 = item.tied_status
        v32 = item.default_currency
        v33 = item.documents
        k0 = id(v11)
        k1 = () if not v12 else id(v12[0]) if len(v12) == 1 else tuple(map(id, v12))
        k2 = () if not v13 else id(v13[0]) if len(v13) == 1 else tuple(map(id, v13))
        k3 = () if not v14 else id(v14[0]) if len(v14) == 1 else tuple(map(id, v14))
        k4 = () if not v15 else id(v15[0]) if len(v15) == 1 else tuple(map(id, v15))
        k5 = () if not v16 else id(v16[0]) if len(v16) == 1 else tuple(map(id, v16))
        k6 = id(v17)
        k7 = () if not v18 else id(v18[0]) if len(v18) == 1 else tuple(map(id, v18))
        k8 = id(v19)
        k9 = id(v20)
        k10 = id(v21)
        k11 = () if not v22 else id(v22[0]) if len(v22) == 1 else tuple(map(id, v22))
        k12 = () if not v23 else id(v23[0]) if len(v23) == 1 else tuple(map(id, v23))
        k13 = () if not v24 else id(v24[0]) if len(v24) == 1 else tuple(map(id, v24))
        k14 = id(v25)
        k15 = () if not v26 else id(v26[0]) if len(v26) == 1 else tuple(map(id, v26))
        k16 = () if not v27 else id(v27[0]) if len(v27) == 1 else tuple(map(id, v27))
        k17 = id(v28)
        k18 = id(v29)
        k19 = id(v30)
        k20 = id(v31)
        k21 = id(v32)
        k22 = () if not v33 else id(v33[0]) if len(v33) == 1 else tuple(map(id, v33))
        if v11 is not None:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
        if v12:
            group = get1(k1)
            if group is None:
                group = m1[k1] = len(f1)
                f1.append(position)
            g1[position] = group
        else:
            if e1 is None:
                e1 = len(f1)
                f1.append(position)
            g1[position] = e1
        if v13:
            group = get2(k2)
            if group is None:
                group = m2[k2] = len(f2)
                f2.append(position)
            g2[position] = group
        else:
            if e2 is None:
                e2 = len(f2)
                f2.append(position)
            g2[position] = e2
        if v14:
            group = get3(k3)
            if group is None:
                group = m3[k3] = len(f3)
                f3.append(position)
            g3[position] = group
        else:
            if e3 is None:
                e3 = len(f3)
                f3.append(position)
            g3[position] = e3
        if v15:
            group = get4(k4)
            if group is None:
                group = m4[k4] = len(f4)
                f4.append(position)
            g4[position] = group
        else:
            if e4 is None:
                e4 = len(f4)
                f4.append(position)
            g4[position] = e4
        if v16:
            group = get5(k5)
            if group is None:
                group = m5[k5] = len(f5)
                f5.append(position)
            g5[position] = group
        else:
            if e5 is None:
                e5 = len(f5)
                f5.append(position)
            g5[position] = e5
        if v17 is not None:
            group = get6(k6)
            if group is None:
                group = m6[k6] = len(f6)
                f6.append(position)
            g6[position] = group
        else:
            if e6 is None:
                e6 = len(f6)
                f6.append(position)
            g6[position] = e6
        if v18:
            group = get7(k7)
            if group is None:
                group = m7[k7] = len(f7)
                f7.append(position)
            g7[position] = group
        else:
            if e7 is None:
                e7 = len(f7)
                f7.append(position)
            g7[position] = e7
        if v19 is not None:
            group = get8(k8)
            if group is None:
                group = m8[k8] = len(f8)
                f8.append(position)
            g8[position] = group
        else:
            if e8 is None:
                e8 = len(f8)
                f8.append(position)
            g8[position] = e8
        if v20 is not None:
            group = get9(k9)
            if group is None:
                group = m9[k9] = len(f9)
                f9.append(position)
            g9[position] = group
        else:
            if e9 is None:
                e9 = len(f9)
                f9.append(position)
            g9[position] = e9
        if v21 is not None:
            group = get10(k10)
            if group is None:
                group = m10[k10] = len(f10)
                f10.append(position)
            g10[position] = group
        else:
            if e10 is None:
                e10 = len(f10)
                f10.append(position)
            g10[position] = e10
        if v22:
            group = get11(k11)
            if group is None:
                group = m11[k11] = len(f11)
                f11.append(position)
            g11[position] = group
        else:
            if e11 is None:
                e11 = len(f11)
                f11.append(position)
            g11[position] = e11
        if v23:
            group = get12(k12)
            if group is None:
                group = m12[k12] = len(f12)
                f12.append(position)
            g12[position] = group
        else:
            if e12 is None:
                e12 = len(f12)
                f12.append(position)
            g12[position] = e12
        if v24:
            group = get13(k13)
            if group is None:
                group = m13[k13] = len(f13)
                f13.append(position)
            g13[position] = group
        else:
            if e13 is None:
                e13 = len(f13)
                f13.append(position)
            g13[position] = e13
        if v25 is not None:
            group = get14(k14)
            if group is None:
                group = m14[k14] = len(f14)
                f14.append(position)
            g14[position] = group
        else:
            if e14 is None:
                e14 = len(f14)
                f14.append(position)
            g14[position] = e14
        if v26:
            group = get15(k15)
            if group is None:
                group = m15[k15] = len(f15)
                f15.append(position)
            g15[position] = group
        else:
            if e15 is None:
                e15 = len(f15)
                f15.append(position)
            g15[position] = e15
        if v27:
            group = get16(k16)
            if group is None:
                group = m16[k16] = len(f16)
                f16.append(position)
            g16[position] = group
        else:
            if e16 is None:
                e16 = len(f16)
                f16.append(position)
            g16[position] = e16
        if v28 is not None:
            group = get17(k17)
            if group is None:
                group = m17[k17] = len(f17)
                f17.append(position)
            g17[position] = group
        else:
            if e17 is None:
                e17 = len(f17)
                f17.append(position)
            g17[position] = e17
        if v29 is not None:
            group = get18(k18)
            if group is None:
                group = m18[k18] = len(f18)
                f18.append(position)
            g18[position] = group
        else:
            if e18 is None:
                e18 = len(f18)
                f18.append(position)
            g18[position] = e18
        if v30 is not None:
            group = get19(k19)
            if group is None:
                group = m19[k19] = len(f19)
                f19.append(position)
            g19[position] = group
        else:
            if e19 is None:
                e19 = len(f19)
                f19.append(position)
            g19[position] = e19
        if v31 is not None:
            group = get20(k20)
            if group is None:
                group = m20[k20] = len(f20)
                f20.append(position)
            g20[position] = group
        else:
            if e20 is None:
                e20 = len(f20)
                f20.append(position)
            g20[position] = e20
        if v32 is not None:
            group = get21(k21)
            if group is None:
                group = m21[k21] = len(f21)
                f21.append(position)
            g21[position] = group
        else:
            if e21 is None:
                e21 = len(f21)
                f21.append(position)
            g21[position] = e21
        if v33:
            group = get22(k22)
            if group is None:
                group = m22[k22] = len(f22)
                f22.append(position)
            g22[position] = group
        else:
            if e22 is None:
                e22 = len(f22)
                f22.append(position)
            g22[position] = e22
        group = get23((k11, k3, k12,))
        if group is None:
            group = m23[(k11, k3, k12,)] = len(f23)
            f23.append(position)
        g23[position] = group
    return [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10], [(g0, f0), (g1, f1), (g2, f2), (g3, f3), (g4, f4), (g5, f5), (g6, f6), (g7, f7), (g8, f8), (g9, f9), (g10, f10), (g11, f11), (g12, f12), (g13, f13), (g14, f14), (g15, f15), (g16, f16), (g17, f17), (g18, f18), (g19, f19), (g20, f20), (g21, f21), (g22, f22), (g23, f23)]


def read_4aea3c3f(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    for position, item in enumerate(items):
        add0(item.owner)
        add1(item.within)
        add2(item.position)
        add3(item.item)
    return [c0, c1, c2, c3], []


def read_5232b8fd(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.evidence)
    return [c0, c1, c2, c3, c4, c5], []


def read_533e4e51(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    c6 = []
    add6 = c6.append
    c7 = []
    add7 = c7.append
    c8 = []
    add8 = c8.append
    c9 = []
    add9 = c9.append
    c10 = []
    add10 = c10.append
    c11 = []
    add11 = c11.append
    c12 = []
    add12 = c12.append
    c13 = []
    add13 = c13.append
    c14 = []
    add14 = c14.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    m1 = {}
    get1 = m1.get
    e1 = None
    f1 = []
    g1 = [0] * rows
    m2 = {}
    get2 = m2.get
    e2 = None
    f2 = []
    g2 = [0] * rows
    m3 = {}
    get3 = m3.get
    e3 = None
    f3 = []
    g3 = [0] * rows
    m4 = {}
    get4 = m4.get
    e4 = None
    f4 = []
    g4 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.value)
        add6(item.wording)
        add7(item.subject)
        add8(item.year)
        add9(item.horizon)
        add10(item.poverty_line)
        add11(item.conditions)
        add12(item.main_caveat)
        add13(item.caveats)
        add14(item.evidence)
        v15 = item.countries
        v16 = item.regions
        v17 = item.initiative
        v18 = item.concept
        v19 = item.based_on
        k0 = () if not v15 else id(v15[0]) if len(v15) == 1 else tuple(map(id, v15))
        k1 = () if not v16 else id(v16[0]) if len(v16) == 1 else tuple(map(id, v16))
        k2 = id(v17)
        k3 = id(v18)
        k4 = id(v19)
        if v15:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
        if v16:
            group = get1(k1)
            if group is None:
                group = m1[k1] = len(f1)
                f1.append(position)
            g1[position] = group
        else:
            if e1 is None:
                e1 = len(f1)
                f1.append(position)
            g1[position] = e1
        if v17 is not None:
            group = get2(k2)
            if group is None:
                group = m2[k2] = len(f2)
                f2.append(position)
            g2[position] = group
        else:
            if e2 is None:
                e2 = len(f2)
                f2.append(position)
            g2[position] = e2
        if v18 is not None:
            group = get3(k3)
            if group is None:
                group = m3[k3] = len(f3)
                f3.append(position)
            g3[position] = group
        else:
            if e3 is None:
                e3 = len(f3)
                f3.append(position)
            g3[position] = e3
        if v19 is not None:
            group = get4(k4)
            if group is None:
                group = m4[k4] = len(f4)
                f4.append(position)
            g4[position] = group
        else:
            if e4 is None:
                e4 = len(f4)
                f4.append(position)
            g4[position] = e4
    return [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14], [(g0, f0), (g1, f1), (g2, f2), (g3, f3), (g4, f4)]


def read_69d4d18e(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    c6 = []
    add6 = c6.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    m1 = {}
    get1 = m1.get
    e1 = None
    f1 = []
    g1 = [0] * rows
    m2 = {}
    get2 = m2.get
    e2 = None
    f2 = []
    g2 = [0] * rows
    m3 = {}
    get3 = m3.get
    e3 = None
    f3 = []
    g3 = [0] * rows
    m4 = {}
    get4 = m4.get
    e4 = None
    f4 = []
    g4 = [0] * rows
    m5 = {}
    get5 = m5.get
    e5 = None
    f5 = []
    g5 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.type)
        add6(item.evidence)
        v7 = item.launched
        v8 = item.countries
        v9 = item.organizations
        v10 = item.participant_groups
        v11 = item.goals
        v12 = item.sdg_targets
        k0 = id(v7)
        k1 = () if not v8 else id(v8[0]) if len(v8) == 1 else tuple(map(id, v8))
        k2 = () if not v9 else id(v9[0]) if len(v9) == 1 else tuple(map(id, v9))
        k3 = () if not v10 else id(v10[0]) if len(v10) == 1 else tuple(map(id, v10))
        k4 = () if not v11 else id(v11[0]) if len(v11) == 1 else tuple(map(id, v11))
        k5 = () if not v12 else id(v12[0]) if len(v12) == 1 else tuple(map(id, v12))
        if v7 is not None:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
        if v8:
            group = get1(k1)
            if group is None:
                group = m1[k1] = len(f1)
                f1.append(position)
            g1[position] = group
        else:
            if e1 is None:
                e1 = len(f1)
                f1.append(position)
            g1[position] = e1
        if v9:
            group = get2(k2)
            if group is None:
                group = m2[k2] = len(f2)
                f2.append(position)
            g2[position] = group
        else:
            if e2 is None:
                e2 = len(f2)
                f2.append(position)
            g2[position] = e2
        if v10:
            group = get3(k3)
            if group is None:
                group = m3[k3] = len(f3)
                f3.append(position)
            g3[position] = group
        else:
            if e3 is None:
                e3 = len(f3)
                f3.append(position)
            g3[position] = e3
        if v11:
            group = get4(k4)
            if group is None:
                group = m4[k4] = len(f4)
                f4.append(position)
            g4[position] = group
        else:
            if e4 is None:
                e4 = len(f4)
                f4.append(position)
            g4[position] = e4
        if v12:
            group = get5(k5)
            if group is None:
                group = m5[k5] = len(f5)
                f5.append(position)
            g5[position] = group
        else:
            if e5 is None:
                e5 = len(f5)
                f5.append(position)
            g5[position] = e5
    return [c0, c1, c2, c3, c4, c5, c6], [(g0, f0), (g1, f1), (g2, f2), (g3, f3), (g4, f4), (g5, f5)]


def read_77874026(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    c6 = []
    add6 = c6.append
    c7 = []
    add7 = c7.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    m1 = {}
    get1 = m1.get
    e1 = None
    f1 = []
    g1 = [0] * rows
    m2 = {}
    get2 = m2.get
    e2 = None
    f2 = []
    g2 = [0] * rows
    m3 = {}
    get3 = m3.get
    e3 = None
    f3 = []
    g3 = [0] * rows
    m4 = {}
    get4 = m4.get
    e4 = None
    f4 = []
    g4 = [0] * rows
    m5 = {}
    get5 = m5.get
    e5 = None
    f5 = []
    g5 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.type)
        add6(item.place)
        add7(item.evidence)
        v8 = item.date
        v9 = item.not_before
        v10 = item.not_after
        v11 = item.organizer
        v12 = item.people
        v13 = item.document
        k0 = id(v8)
        k1 = id(v9)
        k2 = id(v10)
        k3 = id(v11)
        k4 = () if not v12 else id(v12[0]) if len(v12) == 1 else tuple(map(id, v12))
        k5 = id(v13)
        if v8 is not None:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
        if v9 is not None:
            group = get1(k1)
            if group is None:
                group = m1[k1] = len(f1)
                f1.append(position)
            g1[position] = group
        else:
            if e1 is None:
                e1 = len(f1)
                f1.append(position)
            g1[position] = e1
        if v10 is not None:
            group = get2(k2)
            if group is None:
                group = m2[k2] = len(f2)
                f2.append(position)
            g2[position] = group
        else:
            if e2 is None:
                e2 = len(f2)
                f2.append(position)
            g2[position] = e2
        if v11 is not None:
            group = get3(k3)
            if group is None:
                group = m3[k3] = len(f3)
                f3.append(position)
            g3[position] = group
        else:
            if e3 is None:
                e3 = len(f3)
                f3.append(position)
            g3[position] = e3
        if v12:
            group = get4(k4)
            if group is None:
                group = m4[k4] = len(f4)
                f4.append(position)
            g4[position] = group
        else:
            if e4 is None:
                e4 = len(f4)
                f4.append(position)
            g4[position] = e4
        if v13 is not None:
            group = get5(k5)
            if group is None:
                group = m5[k5] = len(f5)
                f5.append(position)
            g5[position] = group
        else:
            if e5 is None:
                e5 = len(f5)
                f5.append(position)
            g5[position] = e5
    return [c0, c1, c2, c3, c4, c5, c6, c7], [(g0, f0), (g1, f1), (g2, f2), (g3, f3), (g4, f4), (g5, f5)]


def read_960639ae(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    for position, item in enumerate(items):
        add0(item.owner)
        add1(item.position)
        add2(item.item)
    return [c0, c1, c2], []


def read_afa73da1(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    for position, item in enumerate(items):
        add0(item.kind)
        add1(item.owner)
        add2(item.position)
        add3(item.item)
    return [c0, c1, c2, c3], []


def read_bac315c8(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    c6 = []
    add6 = c6.append
    c7 = []
    add7 = c7.append
    c8 = []
    add8 = c8.append
    c9 = []
    add9 = c9.append
    c10 = []
    add10 = c10.append
    c11 = []
    add11 = c11.append
    c12 = []
    add12 = c12.append
    c13 = []
    add13 = c13.append
    c14 = []
    add14 = c14.append
    c15 = []
    add15 = c15.append
    c16 = []
    add16 = c16.append
    c17 = []
    add17 = c17.append
    c18 = []
    add18 = c18.append
    c19 = []
    add19 = c19.append
    c20 = []
    add20 = c20.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.type)
        add6(item.title)
        add7(item.title_zh)
        add8(item.title_en)
        add9(item.title_descriptive)
        add10(item.series)
        add11(item.number)
        add12(item.publisher)
        add13(item.place)
        add14(item.reporter)
        add15(item.authors)
        add16(item.family_names)
        add17(item.language)
        add18(item.url)
        add19(item.former_ids)
        add20(item.evidence)
        v21 = item.published
        k0 = id(v21)
        if v21 is not None:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
    return [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20], [(g0, f0)]


def read_ce80ca5b(items):
    rows = len(items)
    c0 = []
    add0 = c0.append
    c1 = []
    add1 = c1.append
    c2 = []
    add2 = c2.append
    c3 = []
    add3 = c3.append
    c4 = []
    add4 = c4.append
    c5 = []
    add5 = c5.append
    c6 = []
    add6 = c6.append
    c7 = []
    add7 = c7.append
    c8 = []
    add8 = c8.append
    c9 = []
    add9 = c9.append
    m0 = {}
    get0 = m0.get
    e0 = None
    f0 = []
    g0 = [0] * rows
    m1 = {}
    get1 = m1.get
    e1 = None
    f1 = []
    g1 = [0] * rows
    m2 = {}
    get2 = m2.get
    e2 = None
    f2 = []
    g2 = [0] * rows
    for position, item in enumerate(items):
        add0(item.id)
        add1(item.name)
        add2(item.name_zh)
        add3(item.aliases)
        add4(item.description)
        add5(item.type)
        add6(item.mode)
        add7(item.topic)
        add8(item.about)
        add9(item.evidence)
        v10 = item.speaker
        v11 = item.event
        v12 = item.date
        k0 = id(v10)
        k1 = id(v11)
        k2 = id(v12)
        if v10 is not None:
            group = get0(k0)
            if group is None:
                group = m0[k0] = len(f0)
                f0.append(position)
            g0[position] = group
        else:
            if e0 is None:
                e0 = len(f0)
                f0.append(position)
            g0[position] = e0
        if v11 is not None:
            group = get1(k1)
            if group is None:
                group = m1[k1] = len(f1)
                f1.append(position)
            g1[position] = group
        else:
            if e1 is None:
                e1 = len(f1)
                f1.append(position)
            g1[position] = e1
        if v12 is not None:
            group = get2(k2)
            if group is None:
                group = m2[k2] = len(f2)
                f2.append(position)
            g2[position] = group
        else:
            if e2 is None:
                e2 = len(f2)
                f2.append(position)
            g2[position] = e2
    return [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9], [(g0, f0), (g1, f1), (g2, f2)]


SIGNATURES = {
    'read_0a8efd6c': "(('id', 'name', 'name_zh', 'aliases', 'description', 'evidence', 'm49', 'm49_subregions', 'dac_regions'), ['dac_regions', 'm49', 'm49_subregions'], [[('m49', '_identity')], [('m49_subregions', '_identities')], [('dac_regions', '_identities')]])",
    'read_0aaf18cb': "(('id', 'name', 'name_zh', 'aliases', 'description', 'role', 'evidence', 'organization', 'role_start', 'role_end'), ['organization', 'role_end', 'role_start'], [[('organization', '_identity')], [('role_start', '_identity')], [('role_end', '_identity')]])",
    'read_0f3c35d6': "(('id', 'name', 'name_zh', 'aliases', 'description', 'alpha_2', 'numeric', 'evidence', 'region', 'm49_region', 'm49_subregion', 'dac_recipient'), ['dac_recipient', 'm49_region', 'm49_subregion', 'region'], [[('region', '_identity')], [('m49_region', '_identity')], [('m49_subregion', '_identity')], [('dac_recipient', '_identity')]])",
    'read_14419d11': "(('id', 'name', 'name_zh', 'aliases', 'description', 'type', 'url', 'iati_ref', 'evidence', 'country', 'parent', 'iati_type'), ['country', 'iati_type', 'parent'], [[('country', '_identity')], [('parent', '_identity')], [('iati_type', '_identity')]])",
    'read_1e62c8c6': "(('id', 'name', 'name_zh', 'aliases', 'description', 'evidence', 'dac_crs', 'sdg_targets'), ['dac_crs', 'sdg_targets'], [[('dac_crs', '_identities')], [('sdg_targets', '_identities')]])",
    'read_42da9414': "(('id', 'name', 'name_zh', 'aliases', 'description', 'type', 'status', 'iati_identifier', 'sdg_indicators', 'secondary_reporter', 'evidence', 'region', 'countries', 'participant_groups', 'sectors', 'partners', 'implementers', 'initiative', 'presented_in', 'launched', 'start', 'end', 'own_dac_crs', 'own_sdg_targets', 'aid_types', 'iati_status', 'dac_crs_categories', 'sdg_goals', 'reporting_org', 'flow_type', 'finance_type', 'tied_status', 'default_currency', 'documents'), ['aid_types', 'countries', 'dac_crs_categories', 'default_currency', 'documents', 'end', 'finance_type', 'flow_type', 'iati_status', 'implementers', 'initiative', 'launched', 'own_dac_crs', 'own_sdg_targets', 'participant_groups', 'partners', 'presented_in', 'region', 'reporting_org', 'sdg_goals', 'sectors', 'start', 'tied_status'], [[('region', '_identity')], [('countries', '_identities')], [('participant_groups', '_identities')], [('sectors', '_identities')], [('partners', '_identities')], [('implementers', '_identities')], [('initiative', '_identity')], [('presented_in', '_identities')], [('launched', '_identity')], [('start', '_identity')], [('end', '_identity')], [('own_dac_crs', '_identities')], [('own_sdg_targets', '_identities')], [('aid_types', '_identities')], [('iati_status', '_identity')], [('dac_crs_categories', '_identities')], [('sdg_goals', '_identities')], [('reporting_org', '_identity')], [('flow_type', '_identity')], [('finance_type', '_identity')], [('tied_status', '_identity')], [('default_currency', '_identity')], [('documents', '_identities')], [('own_dac_crs', '_identities'), ('sectors', '_identities'), ('own_sdg_targets', '_identities')]])",
    'read_4aea3c3f': "(('owner', 'within', 'position', 'item'), [], [])",
    'read_5232b8fd': "(('id', 'name', 'name_zh', 'aliases', 'description', 'evidence'), [], [])",
    'read_533e4e51': "(('id', 'name', 'name_zh', 'aliases', 'description', 'value', 'wording', 'subject', 'year', 'horizon', 'poverty_line', 'conditions', 'main_caveat', 'caveats', 'evidence', 'countries', 'regions', 'initiative', 'concept', 'based_on'), ['based_on', 'concept', 'countries', 'initiative', 'regions'], [[('countries', '_identities')], [('regions', '_identities')], [('initiative', '_identity')], [('concept', '_identity')], [('based_on', '_identity')]])",
    'read_69d4d18e': "(('id', 'name', 'name_zh', 'aliases', 'description', 'type', 'evidence', 'launched', 'countries', 'organizations', 'participant_groups', 'goals', 'sdg_targets'), ['countries', 'goals', 'launched', 'organizations', 'participant_groups', 'sdg_targets'], [[('launched', '_identity')], [('countries', '_identities')], [('organizations', '_identities')], [('participant_groups', '_identities')], [('goals', '_identities')], [('sdg_targets', '_identities')]])",
    'read_77874026': "(('id', 'name', 'name_zh', 'aliases', 'description', 'type', 'place', 'evidence', 'date', 'not_before', 'not_after', 'organizer', 'people', 'document'), ['date', 'document', 'not_after', 'not_before', 'organizer', 'people'], [[('date', '_identity')], [('not_before', '_identity')], [('not_after', '_identity')], [('organizer', '_identity')], [('people', '_identities')], [('document', '_identity')]])",
    'read_960639ae': "(('owner', 'position', 'item'), [], [])",
    'read_afa73da1': "(('kind', 'owner', 'position', 'item'), [], [])",
    'read_bac315c8': "(('id', 'name', 'name_zh', 'aliases', 'description', 'type', 'title', 'title_zh', 'title_en', 'title_descriptive', 'series', 'number', 'publisher', 'place', 'reporter', 'authors', 'family_names', 'language', 'url', 'former_ids', 'evidence', 'published'), ['published'], [[('published', '_identity')]])",
    'read_ce80ca5b': "(('id', 'name', 'name_zh', 'aliases', 'description', 'type', 'mode', 'topic', 'about', 'evidence', 'speaker', 'event', 'date'), ['date', 'event', 'speaker'], [[('speaker', '_identity')], [('event', '_identity')], [('date', '_identity')]])",
}
