"""Generated code: the methods attrs makes for the classes of ``import povcoop``, kept as
byte code (povcoop._base.attrs_methods).

Made by ``python tools/regenerate_engine.py`` from the scripts attrs writes; do not edit."""

# ruff: noqa
# mypy: ignore-errors
# fmt: off


def _methods_1():
    # <attrs generated methods povcoop._base.errors.Problem>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(file={self.file!r}, index={self.index!r}, id={self.id!r}, field={self.field!r}, code={self.code!r}, message={self.message!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.file == other.file and
            self.index == other.index and
            self.id == other.id and
            self.field == other.field and
            self.code == other.code and
            self.message == other.message
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.file,
                    self.index,
                    self.id,
                    self.field,
                    self.code,
                    self.message,
                ))
    def __init__(self, *, file=attr_dict['file'].default, index=attr_dict['index'].default, id=attr_dict['id'].default, field=attr_dict['field'].default, code=attr_dict['code'].default, message):
        _setattr = _cached_setattr_get(self)
        _setattr('file', file)
        _setattr('index', index)
        _setattr('id', id)
        _setattr('field', field)
        _setattr('code', code)
        _setattr('message', message)
    return locals()


def _methods_2():
    # <attrs generated methods povcoop._base.vocab.Vocabulary>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, values={self.values!r}, open={self.open!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.name == other.name and
            self.values == other.values and
            self.open == other.open
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.name,
                    self.values,
                    self.open,
                ))
    def __init__(self, name, values, open, annotation):
        _setattr = _cached_setattr_get(self)
        _setattr('name', name)
        _setattr('values', values)
        _setattr('open', open)
        _setattr('annotation', annotation)
    return locals()


def _methods_3():
    # <attrs generated methods povcoop._catalog.catalog.Catalog>
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.manifest == other.manifest and
            self.release == other.release and
            self._collections == other._collections
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.manifest,
                    self.release,
                    self._collections,
                ))
    def __init__(self, manifest, release, collections):
        _setattr = _cached_setattr_get(self)
        _setattr('manifest', manifest)
        _setattr('release', release)
        _setattr('_collections', collections)
    return locals()


def _methods_4():
    # <attrs generated methods povcoop._catalog.criteria.ResolvedCriterion>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(keys={self.keys!r}, target={self.target!r}, vocabulary={self.vocabulary!r}, doc={self.doc!r}, scheme={self.scheme!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.keys == other.keys and
            self.target == other.target and
            self.vocabulary == other.vocabulary and
            self.doc == other.doc and
            self.scheme == other.scheme
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.keys,
                    self.target,
                    self.vocabulary,
                    self.doc,
                    self.scheme,
                ))
    def __init__(self, keys, target, vocabulary, doc, scheme=attr_dict['scheme'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('keys', keys)
        _setattr('target', target)
        _setattr('vocabulary', vocabulary)
        _setattr('doc', doc)
        _setattr('scheme', scheme)
    return locals()


def _methods_5():
    # <attrs generated methods povcoop._domain.entities.CodeOrigin>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(code={self.code!r}, via={self.via!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.code == other.code and
            self.via == other.via
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.code,
                    self.via,
                ))
    def __init__(self, *, code, via):
        _setattr = _cached_setattr_get(self)
        _setattr('code', code)
        _setattr('via', via)
    return locals()


def _methods_6():
    # <attrs generated methods povcoop._domain.entities.Concept>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
    return locals()


def _methods_7():
    # <attrs generated methods povcoop._domain.entities.Country>
    def __init__(self, *, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, id, alpha_2, numeric, region=attr_dict['region'].default, m49_region, m49_subregion, dac_recipient=attr_dict['dac_recipient'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('id', id)
        _setattr('alpha_2', alpha_2)
        _setattr('numeric', numeric)
        _setattr('region', region)
        _setattr('m49_region', m49_region)
        _setattr('m49_subregion', m49_subregion)
        _setattr('dac_recipient', dac_recipient)
    return locals()


def _methods_8():
    # <attrs generated methods povcoop._domain.entities.Entity>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
    return locals()


def _methods_9():
    # <attrs generated methods povcoop._domain.entities.Event>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, type, date=attr_dict['date'].default, not_before=attr_dict['not_before'].default, not_after=attr_dict['not_after'].default, place=attr_dict['place'].default, organizer=attr_dict['organizer'].default, people=attr_dict['people'].default, document=attr_dict['document'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('type', type)
        _setattr('date', date)
        _setattr('not_before', not_before)
        _setattr('not_after', not_after)
        _setattr('place', place)
        _setattr('organizer', organizer)
        _setattr('people', people)
        _setattr('document', document)
    return locals()


def _methods_10():
    # <attrs generated methods povcoop._domain.entities.Initiative>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, type, launched=attr_dict['launched'].default, countries=attr_dict['countries'].default, organizations=attr_dict['organizations'].default, participant_groups=attr_dict['participant_groups'].default, goals=attr_dict['goals'].default, sdg_targets=attr_dict['sdg_targets'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('type', type)
        _setattr('launched', launched)
        _setattr('countries', countries)
        _setattr('organizations', organizations)
        _setattr('participant_groups', participant_groups)
        _setattr('goals', goals)
        _setattr('sdg_targets', sdg_targets)
    return locals()


def _methods_11():
    # <attrs generated methods povcoop._domain.entities.Metric>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, value, wording=attr_dict['wording'].default, subject, countries=attr_dict['countries'].default, regions=attr_dict['regions'].default, initiative=attr_dict['initiative'].default, concept=attr_dict['concept'].default, year=attr_dict['year'].default, horizon=attr_dict['horizon'].default, poverty_line=attr_dict['poverty_line'].default, conditions=attr_dict['conditions'].default, based_on=attr_dict['based_on'].default, main_caveat=attr_dict['main_caveat'].default, caveats=attr_dict['caveats'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('value', value)
        _setattr('wording', wording)
        _setattr('subject', subject)
        _setattr('countries', countries)
        _setattr('regions', regions)
        _setattr('initiative', initiative)
        _setattr('concept', concept)
        _setattr('year', year)
        _setattr('horizon', horizon)
        _setattr('poverty_line', poverty_line)
        _setattr('conditions', conditions)
        _setattr('based_on', based_on)
        _setattr('main_caveat', main_caveat)
        _setattr('caveats', caveats)
    return locals()


def _methods_12():
    # <attrs generated methods povcoop._domain.entities.Organization>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, type, country=attr_dict['country'].default, parent=attr_dict['parent'].default, members=attr_dict['members'].default, url=attr_dict['url'].default, iati_ref=attr_dict['iati_ref'].default, iati_type=attr_dict['iati_type'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('type', type)
        _setattr('country', country)
        _setattr('parent', parent)
        _setattr('members', members)
        _setattr('url', url)
        _setattr('iati_ref', iati_ref)
        _setattr('iati_type', iati_type)
    return locals()


def _methods_13():
    # <attrs generated methods povcoop._domain.entities.Person>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, role, organization=attr_dict['organization'].default, role_start=attr_dict['role_start'].default, role_end=attr_dict['role_end'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('role', role)
        _setattr('organization', organization)
        _setattr('role_start', role_start)
        _setattr('role_end', role_end)
    return locals()


def _methods_14():
    # <attrs generated methods povcoop._domain.entities.Project>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, type, status, region=attr_dict['region'].default, countries=attr_dict['countries'].default, participant_groups=attr_dict['participant_groups'].default, sectors=attr_dict['sectors'].default, partners=attr_dict['partners'].default, implementers=attr_dict['implementers'].default, initiative=attr_dict['initiative'].default, presented_in=attr_dict['presented_in'].default, launched=attr_dict['launched'].default, start=attr_dict['start'].default, end=attr_dict['end'].default, own_dac_crs=attr_dict['own_dac_crs'].default, own_sdg_targets=attr_dict['own_sdg_targets'].default, aid_types=attr_dict['aid_types'].default, iati_identifier=attr_dict['iati_identifier'].default, iati_status=attr_dict['iati_status'].default, titles=attr_dict['titles'].default, descriptions=attr_dict['descriptions'].default, iati_dates=attr_dict['iati_dates'].default, recipient_countries=attr_dict['recipient_countries'].default, recipient_regions=attr_dict['recipient_regions'].default, iati_sectors=attr_dict['iati_sectors'].default, dac_crs_categories=attr_dict['dac_crs_categories'].default, sdg_goals=attr_dict['sdg_goals'].default, sdg_indicators=attr_dict['sdg_indicators'].default, participants=attr_dict['participants'].default, reporting_org=attr_dict['reporting_org'].default, secondary_reporter=attr_dict['secondary_reporter'].default, flow_type=attr_dict['flow_type'].default, finance_type=attr_dict['finance_type'].default, tied_status=attr_dict['tied_status'].default, default_currency=attr_dict['default_currency'].default, amounts=attr_dict['amounts'].default, documents=attr_dict['documents'].default, related_activities=attr_dict['related_activities'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('type', type)
        _setattr('status', status)
        _setattr('region', region)
        _setattr('countries', countries)
        _setattr('participant_groups', participant_groups)
        _setattr('sectors', sectors)
        _setattr('partners', partners)
        _setattr('implementers', implementers)
        _setattr('initiative', initiative)
        _setattr('presented_in', presented_in)
        _setattr('launched', launched)
        _setattr('start', start)
        _setattr('end', end)
        _setattr('own_dac_crs', own_dac_crs)
        _setattr('own_sdg_targets', own_sdg_targets)
        _setattr('aid_types', aid_types)
        _setattr('iati_identifier', iati_identifier)
        _setattr('iati_status', iati_status)
        _setattr('titles', titles)
        _setattr('descriptions', descriptions)
        _setattr('iati_dates', iati_dates)
        _setattr('recipient_countries', recipient_countries)
        _setattr('recipient_regions', recipient_regions)
        _setattr('iati_sectors', iati_sectors)
        _setattr('dac_crs_categories', dac_crs_categories)
        _setattr('sdg_goals', sdg_goals)
        _setattr('sdg_indicators', sdg_indicators)
        _setattr('participants', participants)
        _setattr('reporting_org', reporting_org)
        _setattr('secondary_reporter', secondary_reporter)
        _setattr('flow_type', flow_type)
        _setattr('finance_type', finance_type)
        _setattr('tied_status', tied_status)
        _setattr('default_currency', default_currency)
        _setattr('amounts', amounts)
        _setattr('documents', documents)
        _setattr('related_activities', related_activities)
    return locals()


def _methods_15():
    # <attrs generated methods povcoop._domain.entities.Region>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, m49=attr_dict['m49'].default, m49_subregions=attr_dict['m49_subregions'].default, dac_regions=attr_dict['dac_regions'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('m49', m49)
        _setattr('m49_subregions', m49_subregions)
        _setattr('dac_regions', dac_regions)
    return locals()


def _methods_16():
    # <attrs generated methods povcoop._domain.entities.Sector>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, dac_crs=attr_dict['dac_crs'].default, sdg_targets=attr_dict['sdg_targets'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('dac_crs', dac_crs)
        _setattr('sdg_targets', sdg_targets)
    return locals()


def _methods_17():
    # <attrs generated methods povcoop._domain.entities.Source>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence=attr_dict['evidence'].default, type, title, title_zh=attr_dict['title_zh'].default, title_en=attr_dict['title_en'].default, title_descriptive=attr_dict['title_descriptive'].default, series=attr_dict['series'].default, number=attr_dict['number'].default, publisher=attr_dict['publisher'].default, place=attr_dict['place'].default, published=attr_dict['published'].default, reporter=attr_dict['reporter'].default, authors=attr_dict['authors'].default, family_names=attr_dict['family_names'].default, language, url=attr_dict['url'].default, text=attr_dict['text'].default, errata=attr_dict['errata'].default, former_ids=attr_dict['former_ids'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('type', type)
        _setattr('title', title)
        _setattr('title_zh', title_zh)
        _setattr('title_en', title_en)
        _setattr('title_descriptive', title_descriptive)
        _setattr('series', series)
        _setattr('number', number)
        _setattr('publisher', publisher)
        _setattr('place', place)
        _setattr('published', published)
        _setattr('reporter', reporter)
        _setattr('authors', authors)
        _setattr('family_names', family_names)
        _setattr('language', language)
        _setattr('url', url)
        _setattr('text', text)
        _setattr('errata', errata)
        _setattr('former_ids', former_ids)
    return locals()


def _methods_18():
    # <attrs generated methods povcoop._domain.entities.Statement>
    def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, type, mode, speaker=attr_dict['speaker'].default, event=attr_dict['event'].default, date=attr_dict['date'].default, topic, about=attr_dict['about'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('id', id)
        _setattr('name', name)
        _setattr('name_zh', name_zh)
        _setattr('aliases', aliases)
        _setattr('description', description)
        _setattr('evidence', evidence)
        _setattr('type', type)
        _setattr('mode', mode)
        _setattr('speaker', speaker)
        _setattr('event', event)
        _setattr('date', date)
        _setattr('topic', topic)
        _setattr('about', about)
    return locals()


def _methods_19():
    # <attrs generated methods povcoop._domain.fields.AtRest>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(min_length={self.min_length!r}, max_length={self.max_length!r}, pattern={self.pattern!r}, ge={self.ge!r}, le={self.le!r}, gt={self.gt!r}, lines={self.lines!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.min_length == other.min_length and
            self.max_length == other.max_length and
            self.pattern == other.pattern and
            self.ge == other.ge and
            self.le == other.le and
            self.gt == other.gt and
            self.lines == other.lines
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.min_length,
                    self.max_length,
                    self.pattern,
                    self.ge,
                    self.le,
                    self.gt,
                    self.lines,
                ))
    def __init__(self, *, min_length=attr_dict['min_length'].default, max_length=attr_dict['max_length'].default, pattern=attr_dict['pattern'].default, ge=attr_dict['ge'].default, le=attr_dict['le'].default, gt=attr_dict['gt'].default, lines=attr_dict['lines'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('min_length', min_length)
        _setattr('max_length', max_length)
        _setattr('pattern', pattern)
        _setattr('ge', ge)
        _setattr('le', le)
        _setattr('gt', gt)
        _setattr('lines', lines)
    return locals()


def _methods_20():
    # <attrs generated methods povcoop._domain.fields.Computed>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, role={self.role!r}, scheme={self.scheme!r}, inputs={self.inputs!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.name == other.name and
            self.role == other.role and
            self.scheme == other.scheme and
            self.inputs == other.inputs
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.name,
                    self.role,
                    self.scheme,
                    self.inputs,
                ))
    def __init__(self, *, name, role, scheme=attr_dict['scheme'].default, inputs=attr_dict['inputs'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('name', name)
        _setattr('role', role)
        _setattr('scheme', scheme)
        _setattr('inputs', inputs)
    return locals()


def _methods_21():
    # <attrs generated methods povcoop._domain.fields.Criterion>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(keys={self.keys!r}, doc={self.doc!r}, target={self.target!r}, vocabulary={self.vocabulary!r}, scheme={self.scheme!r}, inputs={self.inputs!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.keys == other.keys and
            self.doc == other.doc and
            self.target == other.target and
            self.vocabulary == other.vocabulary and
            self.scheme == other.scheme and
            self.inputs == other.inputs
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.keys,
                    self.doc,
                    self.target,
                    self.vocabulary,
                    self.scheme,
                    self.inputs,
                ))
    def __init__(self, *, keys, doc, target=attr_dict['target'].default, vocabulary=attr_dict['vocabulary'].default, scheme=attr_dict['scheme'].default, inputs=attr_dict['inputs'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('keys', keys)
        _setattr('doc', doc)
        _setattr('target', target)
        _setattr('vocabulary', vocabulary)
        _setattr('scheme', scheme)
        _setattr('inputs', inputs)
    return locals()


def _methods_22():
    # <attrs generated methods povcoop._domain.fields.Field>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, at_rest={self.at_rest!r}, role={self.role!r}, doc={self.doc!r}, target={self.target!r}, scheme={self.scheme!r}, criterion={self.criterion!r}, nested={self.nested!r}, derived={self.derived!r}, required={self.required!r}, annotation={self.annotation!r}, module={self.module!r}, rest={self.rest!r}, range_of={self.range_of!r}, flatten={self.flatten!r}, searchable={self.searchable!r}, inputs={self.inputs!r}, span={self.span!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.name == other.name and
            self.at_rest == other.at_rest and
            self.role == other.role and
            self.doc == other.doc and
            self.target == other.target and
            self.scheme == other.scheme and
            self.criterion == other.criterion and
            self.nested == other.nested and
            self.derived == other.derived and
            self.required == other.required and
            self.annotation == other.annotation and
            self.module == other.module and
            self.rest == other.rest and
            self.range_of == other.range_of and
            self.flatten == other.flatten and
            self.searchable == other.searchable and
            self.inputs == other.inputs and
            self.span == other.span
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.name,
                    self.at_rest,
                    self.role,
                    self.doc,
                    self.target,
                    self.scheme,
                    self.criterion,
                    self.nested,
                    self.derived,
                    self.required,
                    self.annotation,
                    self.module,
                    self.rest,
                    self.range_of,
                    self.flatten,
                    self.searchable,
                    self.inputs,
                    self.span,
                ))
    def __init__(self, *, name, at_rest, role, doc, target, scheme, criterion, nested, derived, required, type, module=attr_dict['module'].default, rest=attr_dict['rest'].default, range_of=attr_dict['range_of'].default, flatten=attr_dict['flatten'].default, searchable=attr_dict['searchable'].default, inputs=attr_dict['inputs'].default, span=attr_dict['span'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('name', name)
        _setattr('at_rest', at_rest)
        _setattr('role', role)
        _setattr('doc', doc)
        _setattr('target', target)
        _setattr('scheme', scheme)
        _setattr('criterion', criterion)
        _setattr('nested', nested)
        _setattr('derived', derived)
        _setattr('required', required)
        _setattr('annotation', type)
        _setattr('module', module)
        _setattr('rest', rest)
        _setattr('range_of', range_of)
        _setattr('flatten', flatten)
        _setattr('searchable', searchable)
        _setattr('inputs', inputs)
        _setattr('span', span)
    return locals()


def _methods_23():
    # <attrs generated methods povcoop._domain.fields.FieldSpec>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(role={self.role!r}, doc={self.doc!r}, target={self.target!r}, scheme={self.scheme!r}, at_rest={self.at_rest!r}, criterion={self.criterion!r}, nested={self.nested!r}, derived={self.derived!r}, span={self.span!r}, rest={self.rest!r}, range_of={self.range_of!r}, flatten={self.flatten!r}, searchable={self.searchable!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.role == other.role and
            self.doc == other.doc and
            self.target == other.target and
            self.scheme == other.scheme and
            self.at_rest == other.at_rest and
            self.criterion == other.criterion and
            self.nested == other.nested and
            self.derived == other.derived and
            self.span == other.span and
            self.rest == other.rest and
            self.range_of == other.range_of and
            self.flatten == other.flatten and
            self.searchable == other.searchable
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.role,
                    self.doc,
                    self.target,
                    self.scheme,
                    self.at_rest,
                    self.criterion,
                    self.nested,
                    self.derived,
                    self.span,
                    self.rest,
                    self.range_of,
                    self.flatten,
                    self.searchable,
                ))
    def __init__(self, *, role, doc, target=attr_dict['target'].default, scheme=attr_dict['scheme'].default, at_rest=attr_dict['at_rest'].default, criterion=attr_dict['criterion'].default, nested=attr_dict['nested'].default, derived=attr_dict['derived'].default, span=attr_dict['span'].default, rest=attr_dict['rest'].default, range_of=attr_dict['range_of'].default, flatten=attr_dict['flatten'].default, searchable=attr_dict['searchable'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('role', role)
        _setattr('doc', doc)
        _setattr('target', target)
        _setattr('scheme', scheme)
        _setattr('at_rest', at_rest)
        _setattr('criterion', criterion)
        _setattr('nested', nested)
        _setattr('derived', derived)
        _setattr('span', span)
        _setattr('rest', rest)
        _setattr('range_of', range_of)
        _setattr('flatten', flatten)
        _setattr('searchable', searchable)
    return locals()


def _methods_24():
    # <attrs generated methods povcoop._domain.fields.RestOnly>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, doc={self.doc!r}, type={self.type!r}, rest={self.rest!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.name == other.name and
            self.doc == other.doc and
            self.type == other.type and
            self.rest == other.rest
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.name,
                    self.doc,
                    self.type,
                    self.rest,
                ))
    def __init__(self, *, name, doc, type, rest=attr_dict['rest'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('name', name)
        _setattr('doc', doc)
        _setattr('type', type)
        _setattr('rest', rest)
    return locals()


def _methods_25():
    # <attrs generated methods povcoop._domain.iati.ActivityDate>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(type={self.type!r}, date={self.date!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.type == other.type and
            self.date == other.date
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.type,
                    self.date,
                ))
    def __init__(self, *, type, date):
        _setattr = _cached_setattr_get(self)
        _setattr('type', type)
        _setattr('date', date)
    return locals()


def _methods_26():
    # <attrs generated methods povcoop._domain.iati.AmountTotal>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(element={self.element!r}, type={self.type!r}, currency={self.currency!r}, total={self.total!r}, count={self.count!r}, first_value_date={self.first_value_date!r}, last_value_date={self.last_value_date!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.element == other.element and
            self.type == other.type and
            self.currency == other.currency and
            self.total == other.total and
            self.count == other.count and
            self.first_value_date == other.first_value_date and
            self.last_value_date == other.last_value_date
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.element,
                    self.type,
                    self.currency,
                    self.total,
                    self.count,
                    self.first_value_date,
                    self.last_value_date,
                ))
    def __init__(self, *, element, type=attr_dict['type'].default, currency, total, count, first_value_date=attr_dict['first_value_date'].default, last_value_date=attr_dict['last_value_date'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('element', element)
        _setattr('type', type)
        _setattr('currency', currency)
        _setattr('total', total)
        _setattr('count', count)
        _setattr('first_value_date', first_value_date)
        _setattr('last_value_date', last_value_date)
    return locals()


def _methods_27():
    # <attrs generated methods povcoop._domain.iati.CountryShare>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(country={country_repr(self.country)}, percentage={self.percentage!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            _country_key(self.country) == _country_key(other.country) and
            self.percentage == other.percentage
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    _country_key(self.country),
                    self.percentage,
                ))
    def __init__(self, *, country, percentage=attr_dict['percentage'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('country', country)
        _setattr('percentage', percentage)
    return locals()


def _methods_28():
    # <attrs generated methods povcoop._domain.iati.Narrative>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(text={self.text!r}, language={self.language!r}, type={self.type!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.text == other.text and
            self.language == other.language and
            self.type == other.type
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.text,
                    self.language,
                    self.type,
                ))
    def __init__(self, *, text, language=attr_dict['language'].default, type=attr_dict['type'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('text', text)
        _setattr('language', language)
        _setattr('type', type)
    return locals()


def _methods_29():
    # <attrs generated methods povcoop._domain.iati.Participation>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(organization={organization_repr(self.organization)}, role={self.role!r}, type={self.type!r}, ref={self.ref!r}, activity_id={self.activity_id!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            _organization_key(self.organization) == _organization_key(other.organization) and
            self.role == other.role and
            self.type == other.type and
            self.ref == other.ref and
            self.activity_id == other.activity_id
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    _organization_key(self.organization),
                    self.role,
                    self.type,
                    self.ref,
                    self.activity_id,
                ))
    def __init__(self, *, organization, role, type=attr_dict['type'].default, ref=attr_dict['ref'].default, activity_id=attr_dict['activity_id'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('organization', organization)
        _setattr('role', role)
        _setattr('type', type)
        _setattr('ref', ref)
        _setattr('activity_id', activity_id)
    return locals()


def _methods_30():
    # <attrs generated methods povcoop._domain.iati.RegionShare>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(code={self.code!r}, vocabulary={self.vocabulary!r}, vocabulary_uri={self.vocabulary_uri!r}, percentage={self.percentage!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.code == other.code and
            self.vocabulary == other.vocabulary and
            self.vocabulary_uri == other.vocabulary_uri and
            self.percentage == other.percentage
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.code,
                    self.vocabulary,
                    self.vocabulary_uri,
                    self.percentage,
                ))
    def __init__(self, *, code, vocabulary, vocabulary_uri=attr_dict['vocabulary_uri'].default, percentage=attr_dict['percentage'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('code', code)
        _setattr('vocabulary', vocabulary)
        _setattr('vocabulary_uri', vocabulary_uri)
        _setattr('percentage', percentage)
    return locals()


def _methods_31():
    # <attrs generated methods povcoop._domain.iati.RelatedActivity>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(type={self.type!r}, ref={self.ref!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.type == other.type and
            self.ref == other.ref
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.type,
                    self.ref,
                ))
    def __init__(self, *, type, ref):
        _setattr = _cached_setattr_get(self)
        _setattr('type', type)
        _setattr('ref', ref)
    return locals()


def _methods_32():
    # <attrs generated methods povcoop._domain.iati.SectorShare>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(code={self.code!r}, vocabulary={self.vocabulary!r}, vocabulary_uri={self.vocabulary_uri!r}, percentage={self.percentage!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.code == other.code and
            self.vocabulary == other.vocabulary and
            self.vocabulary_uri == other.vocabulary_uri and
            self.percentage == other.percentage
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.code,
                    self.vocabulary,
                    self.vocabulary_uri,
                    self.percentage,
                ))
    def __init__(self, *, code, vocabulary, vocabulary_uri=attr_dict['vocabulary_uri'].default, percentage=attr_dict['percentage'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('code', code)
        _setattr('vocabulary', vocabulary)
        _setattr('vocabulary_uri', vocabulary_uri)
        _setattr('percentage', percentage)
    return locals()


def _methods_33():
    # <attrs generated methods povcoop._domain.manifest.Manifest>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(title={self.title!r}, release={self.release!r}, data_version={self.data_version!r}, license={self.license!r}, data_version_date={self.data_version_date!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.title == other.title and
            self.release == other.release and
            self.data_version == other.data_version and
            self.license == other.license and
            self.data_version_date == other.data_version_date
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.title,
                    self.release,
                    self.data_version,
                    self.license,
                    self.data_version_date,
                ))
    def __init__(self, *, title, release, data_version, license=attr_dict['license'].default, data_version_date=attr_dict['data_version_date'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('title', title)
        _setattr('release', release)
        _setattr('data_version', data_version)
        _setattr('license', license)
        _setattr('data_version_date', data_version_date)
    return locals()


def _methods_34():
    # <attrs generated methods povcoop._domain.values.Code>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(scheme={self.scheme!r}, code={self.code!r}, name={self.name!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.scheme == other.scheme and
            self.code == other.code
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.scheme,
                    self.code,
                ))
    def __init__(self, scheme, code, name=attr_dict['name'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('scheme', scheme)
        _setattr('code', code)
        _setattr('name', name)
    return locals()


def _methods_35():
    # <attrs generated methods povcoop._domain.values.Erratum>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(quote={self.quote!r}, start={self.start!r}, end={self.end!r}, reading={self.reading!r}, note={self.note!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.quote == other.quote and
            self.start == other.start and
            self.end == other.end and
            self.reading == other.reading and
            self.note == other.note
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.quote,
                    self.start,
                    self.end,
                    self.reading,
                    self.note,
                ))
    def __init__(self, *, quote, start, end, reading, note):
        _setattr = _cached_setattr_get(self)
        _setattr('quote', quote)
        _setattr('start', start)
        _setattr('end', end)
        _setattr('reading', reading)
        _setattr('note', note)
    return locals()


def _methods_36():
    # <attrs generated methods povcoop._domain.values.Evidence>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(basis={self.basis!r}, source={source_repr(self.source)}, quote={self.quote!r}, start={self.start!r}, end={self.end!r}, note={self.note!r}, locator={self.locator!r}, supports={self.supports!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.basis == other.basis and
            _source_key(self.source) == _source_key(other.source) and
            self.quote == other.quote and
            self.start == other.start and
            self.end == other.end and
            self.note == other.note and
            self.locator == other.locator and
            self.supports == other.supports
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.basis,
                    _source_key(self.source),
                    self.quote,
                    self.start,
                    self.end,
                    self.note,
                    self.locator,
                    self.supports,
                ))
    def __init__(self, *, basis, source, quote=attr_dict['quote'].default, start=attr_dict['start'].default, end=attr_dict['end'].default, note=attr_dict['note'].default, locator=attr_dict['locator'].default, supports=attr_dict['supports'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('basis', basis)
        _setattr('source', source)
        _setattr('quote', quote)
        _setattr('start', start)
        _setattr('end', end)
        _setattr('note', note)
        _setattr('locator', locator)
        _setattr('supports', supports)
        self.__attrs_post_init__()
    return locals()


def _methods_37():
    # <attrs generated methods povcoop._domain.values.Membership>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(country={country_repr(self.country)}, joined={self.joined!r}, left={self.left!r}, evidence={self.evidence!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            _country_key(self.country) == _country_key(other.country) and
            self.joined == other.joined and
            self.left == other.left and
            self.evidence == other.evidence
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    _country_key(self.country),
                    self.joined,
                    self.left,
                    self.evidence,
                ))
    def __init__(self, *, country, joined, left=attr_dict['left'].default, evidence):
        _setattr = _cached_setattr_get(self)
        _setattr('country', country)
        _setattr('joined', joined)
        _setattr('left', left)
        _setattr('evidence', evidence)
    return locals()


def _methods_38():
    # <attrs generated methods povcoop._domain.values.PartialDate>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(year={self.year!r}, month={self.month!r}, day={self.day!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.year == other.year and
            self.month == other.month and
            self.day == other.day
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.year,
                    self.month,
                    self.day,
                ))
    def __init__(self, year, month=attr_dict['month'].default, day=attr_dict['day'].default):
        _setattr = _cached_setattr_get(self)
        _setattr('year', year)
        _setattr('month', month)
        _setattr('day', day)
        self.__attrs_post_init__()
    return locals()


def _methods_39():
    # <attrs generated methods povcoop._domain.values.PovertyLine>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(amount={self.amount!r}, currency={self.currency!r}, ppp_year={self.ppp_year!r}, period={self.period!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.amount == other.amount and
            self.currency == other.currency and
            self.ppp_year == other.ppp_year and
            self.period == other.period
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.amount,
                    self.currency,
                    self.ppp_year,
                    self.period,
                ))
    def __init__(self, *, amount, currency, ppp_year, period):
        _setattr = _cached_setattr_get(self)
        _setattr('amount', amount)
        _setattr('currency', currency)
        _setattr('ppp_year', ppp_year)
        _setattr('period', period)
    return locals()


def _methods_40():
    # <attrs generated methods povcoop._domain.values.Quantity>
    def __repr__(self):
      try:
        already_repring = _compat.repr_context.already_repring
      except AttributeError:
        already_repring = {id(self),}
        _compat.repr_context.already_repring = already_repring
      else:
        if id(self) in already_repring:
          return '...'
        else:
          already_repring.add(id(self))
      try:
        return f'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, unit={self.unit!r}, scale={self.scale!r}, type={self.type!r})'
      finally:
        already_repring.remove(id(self))
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return  (
            self.number == other.number and
            self.unit == other.unit and
            self.scale == other.scale and
            self.type == other.type
        )
    def __hash__(self):
            return hash((
                    _attrs_type_hash,
                    self.number,
                    self.unit,
                    self.scale,
                    self.type,
                ))
    def __init__(self, *, number, unit, scale=attr_dict['scale'].default, type):
        _setattr = _cached_setattr_get(self)
        _setattr('number', number)
        _setattr('unit', unit)
        _setattr('scale', scale)
        _setattr('type', type)
    return locals()


SCRIPTS = {
    '<attrs generated methods povcoop._base.errors.Problem>': (_methods_1, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(file={self.file!r}, index={self.index!r}, id={self.id!r}, field={self.field!r}, code={self.code!r}, message={self.message!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.file == other.file and\n        self.index == other.index and\n        self.id == other.id and\n        self.field == other.field and\n        self.code == other.code and\n        self.message == other.message\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.file,\n                self.index,\n                self.id,\n                self.field,\n                self.code,\n                self.message,\n            ))\ndef __init__(self, *, file=attr_dict[\'file\'].default, index=attr_dict[\'index\'].default, id=attr_dict[\'id\'].default, field=attr_dict[\'field\'].default, code=attr_dict[\'code\'].default, message):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'file\', file)\n    _setattr(\'index\', index)\n    _setattr(\'id\', id)\n    _setattr(\'field\', field)\n    _setattr(\'code\', code)\n    _setattr(\'message\', message)\n'),
    '<attrs generated methods povcoop._base.vocab.Vocabulary>': (_methods_2, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, values={self.values!r}, open={self.open!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.name == other.name and\n        self.values == other.values and\n        self.open == other.open\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.name,\n                self.values,\n                self.open,\n            ))\ndef __init__(self, name, values, open, annotation):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'name\', name)\n    _setattr(\'values\', values)\n    _setattr(\'open\', open)\n    _setattr(\'annotation\', annotation)\n'),
    '<attrs generated methods povcoop._catalog.catalog.Catalog>': (_methods_3, "def __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.manifest == other.manifest and\n        self.release == other.release and\n        self._collections == other._collections\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.manifest,\n                self.release,\n                self._collections,\n            ))\ndef __init__(self, manifest, release, collections):\n    _setattr = _cached_setattr_get(self)\n    _setattr('manifest', manifest)\n    _setattr('release', release)\n    _setattr('_collections', collections)\n"),
    '<attrs generated methods povcoop._catalog.criteria.ResolvedCriterion>': (_methods_4, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(keys={self.keys!r}, target={self.target!r}, vocabulary={self.vocabulary!r}, doc={self.doc!r}, scheme={self.scheme!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.keys == other.keys and\n        self.target == other.target and\n        self.vocabulary == other.vocabulary and\n        self.doc == other.doc and\n        self.scheme == other.scheme\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.keys,\n                self.target,\n                self.vocabulary,\n                self.doc,\n                self.scheme,\n            ))\ndef __init__(self, keys, target, vocabulary, doc, scheme=attr_dict[\'scheme\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'keys\', keys)\n    _setattr(\'target\', target)\n    _setattr(\'vocabulary\', vocabulary)\n    _setattr(\'doc\', doc)\n    _setattr(\'scheme\', scheme)\n'),
    '<attrs generated methods povcoop._domain.entities.CodeOrigin>': (_methods_5, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(code={self.code!r}, via={self.via!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.code == other.code and\n        self.via == other.via\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.code,\n                self.via,\n            ))\ndef __init__(self, *, code, via):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'code\', code)\n    _setattr(\'via\', via)\n'),
    '<attrs generated methods povcoop._domain.entities.Concept>': (_methods_6, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n"),
    '<attrs generated methods povcoop._domain.entities.Country>': (_methods_7, "def __init__(self, *, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, id, alpha_2, numeric, region=attr_dict['region'].default, m49_region, m49_subregion, dac_recipient=attr_dict['dac_recipient'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('id', id)\n    _setattr('alpha_2', alpha_2)\n    _setattr('numeric', numeric)\n    _setattr('region', region)\n    _setattr('m49_region', m49_region)\n    _setattr('m49_subregion', m49_subregion)\n    _setattr('dac_recipient', dac_recipient)\n"),
    '<attrs generated methods povcoop._domain.entities.Entity>': (_methods_8, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n"),
    '<attrs generated methods povcoop._domain.entities.Event>': (_methods_9, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, type, date=attr_dict['date'].default, not_before=attr_dict['not_before'].default, not_after=attr_dict['not_after'].default, place=attr_dict['place'].default, organizer=attr_dict['organizer'].default, people=attr_dict['people'].default, document=attr_dict['document'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('type', type)\n    _setattr('date', date)\n    _setattr('not_before', not_before)\n    _setattr('not_after', not_after)\n    _setattr('place', place)\n    _setattr('organizer', organizer)\n    _setattr('people', people)\n    _setattr('document', document)\n"),
    '<attrs generated methods povcoop._domain.entities.Initiative>': (_methods_10, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, type, launched=attr_dict['launched'].default, countries=attr_dict['countries'].default, organizations=attr_dict['organizations'].default, participant_groups=attr_dict['participant_groups'].default, goals=attr_dict['goals'].default, sdg_targets=attr_dict['sdg_targets'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('type', type)\n    _setattr('launched', launched)\n    _setattr('countries', countries)\n    _setattr('organizations', organizations)\n    _setattr('participant_groups', participant_groups)\n    _setattr('goals', goals)\n    _setattr('sdg_targets', sdg_targets)\n"),
    '<attrs generated methods povcoop._domain.entities.Metric>': (_methods_11, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, value, wording=attr_dict['wording'].default, subject, countries=attr_dict['countries'].default, regions=attr_dict['regions'].default, initiative=attr_dict['initiative'].default, concept=attr_dict['concept'].default, year=attr_dict['year'].default, horizon=attr_dict['horizon'].default, poverty_line=attr_dict['poverty_line'].default, conditions=attr_dict['conditions'].default, based_on=attr_dict['based_on'].default, main_caveat=attr_dict['main_caveat'].default, caveats=attr_dict['caveats'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('value', value)\n    _setattr('wording', wording)\n    _setattr('subject', subject)\n    _setattr('countries', countries)\n    _setattr('regions', regions)\n    _setattr('initiative', initiative)\n    _setattr('concept', concept)\n    _setattr('year', year)\n    _setattr('horizon', horizon)\n    _setattr('poverty_line', poverty_line)\n    _setattr('conditions', conditions)\n    _setattr('based_on', based_on)\n    _setattr('main_caveat', main_caveat)\n    _setattr('caveats', caveats)\n"),
    '<attrs generated methods povcoop._domain.entities.Organization>': (_methods_12, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, type, country=attr_dict['country'].default, parent=attr_dict['parent'].default, members=attr_dict['members'].default, url=attr_dict['url'].default, iati_ref=attr_dict['iati_ref'].default, iati_type=attr_dict['iati_type'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('type', type)\n    _setattr('country', country)\n    _setattr('parent', parent)\n    _setattr('members', members)\n    _setattr('url', url)\n    _setattr('iati_ref', iati_ref)\n    _setattr('iati_type', iati_type)\n"),
    '<attrs generated methods povcoop._domain.entities.Person>': (_methods_13, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, role, organization=attr_dict['organization'].default, role_start=attr_dict['role_start'].default, role_end=attr_dict['role_end'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('role', role)\n    _setattr('organization', organization)\n    _setattr('role_start', role_start)\n    _setattr('role_end', role_end)\n"),
    '<attrs generated methods povcoop._domain.entities.Project>': (_methods_14, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, type, status, region=attr_dict['region'].default, countries=attr_dict['countries'].default, participant_groups=attr_dict['participant_groups'].default, sectors=attr_dict['sectors'].default, partners=attr_dict['partners'].default, implementers=attr_dict['implementers'].default, initiative=attr_dict['initiative'].default, presented_in=attr_dict['presented_in'].default, launched=attr_dict['launched'].default, start=attr_dict['start'].default, end=attr_dict['end'].default, own_dac_crs=attr_dict['own_dac_crs'].default, own_sdg_targets=attr_dict['own_sdg_targets'].default, aid_types=attr_dict['aid_types'].default, iati_identifier=attr_dict['iati_identifier'].default, iati_status=attr_dict['iati_status'].default, titles=attr_dict['titles'].default, descriptions=attr_dict['descriptions'].default, iati_dates=attr_dict['iati_dates'].default, recipient_countries=attr_dict['recipient_countries'].default, recipient_regions=attr_dict['recipient_regions'].default, iati_sectors=attr_dict['iati_sectors'].default, dac_crs_categories=attr_dict['dac_crs_categories'].default, sdg_goals=attr_dict['sdg_goals'].default, sdg_indicators=attr_dict['sdg_indicators'].default, participants=attr_dict['participants'].default, reporting_org=attr_dict['reporting_org'].default, secondary_reporter=attr_dict['secondary_reporter'].default, flow_type=attr_dict['flow_type'].default, finance_type=attr_dict['finance_type'].default, tied_status=attr_dict['tied_status'].default, default_currency=attr_dict['default_currency'].default, amounts=attr_dict['amounts'].default, documents=attr_dict['documents'].default, related_activities=attr_dict['related_activities'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('type', type)\n    _setattr('status', status)\n    _setattr('region', region)\n    _setattr('countries', countries)\n    _setattr('participant_groups', participant_groups)\n    _setattr('sectors', sectors)\n    _setattr('partners', partners)\n    _setattr('implementers', implementers)\n    _setattr('initiative', initiative)\n    _setattr('presented_in', presented_in)\n    _setattr('launched', launched)\n    _setattr('start', start)\n    _setattr('end', end)\n    _setattr('own_dac_crs', own_dac_crs)\n    _setattr('own_sdg_targets', own_sdg_targets)\n    _setattr('aid_types', aid_types)\n    _setattr('iati_identifier', iati_identifier)\n    _setattr('iati_status', iati_status)\n    _setattr('titles', titles)\n    _setattr('descriptions', descriptions)\n    _setattr('iati_dates', iati_dates)\n    _setattr('recipient_countries', recipient_countries)\n    _setattr('recipient_regions', recipient_regions)\n    _setattr('iati_sectors', iati_sectors)\n    _setattr('dac_crs_categories', dac_crs_categories)\n    _setattr('sdg_goals', sdg_goals)\n    _setattr('sdg_indicators', sdg_indicators)\n    _setattr('participants', participants)\n    _setattr('reporting_org', reporting_org)\n    _setattr('secondary_reporter', secondary_reporter)\n    _setattr('flow_type', flow_type)\n    _setattr('finance_type', finance_type)\n    _setattr('tied_status', tied_status)\n    _setattr('default_currency', default_currency)\n    _setattr('amounts', amounts)\n    _setattr('documents', documents)\n    _setattr('related_activities', related_activities)\n"),
    '<attrs generated methods povcoop._domain.entities.Region>': (_methods_15, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, m49=attr_dict['m49'].default, m49_subregions=attr_dict['m49_subregions'].default, dac_regions=attr_dict['dac_regions'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('m49', m49)\n    _setattr('m49_subregions', m49_subregions)\n    _setattr('dac_regions', dac_regions)\n"),
    '<attrs generated methods povcoop._domain.entities.Sector>': (_methods_16, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, dac_crs=attr_dict['dac_crs'].default, sdg_targets=attr_dict['sdg_targets'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('dac_crs', dac_crs)\n    _setattr('sdg_targets', sdg_targets)\n"),
    '<attrs generated methods povcoop._domain.entities.Source>': (_methods_17, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence=attr_dict['evidence'].default, type, title, title_zh=attr_dict['title_zh'].default, title_en=attr_dict['title_en'].default, title_descriptive=attr_dict['title_descriptive'].default, series=attr_dict['series'].default, number=attr_dict['number'].default, publisher=attr_dict['publisher'].default, place=attr_dict['place'].default, published=attr_dict['published'].default, reporter=attr_dict['reporter'].default, authors=attr_dict['authors'].default, family_names=attr_dict['family_names'].default, language, url=attr_dict['url'].default, text=attr_dict['text'].default, errata=attr_dict['errata'].default, former_ids=attr_dict['former_ids'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('type', type)\n    _setattr('title', title)\n    _setattr('title_zh', title_zh)\n    _setattr('title_en', title_en)\n    _setattr('title_descriptive', title_descriptive)\n    _setattr('series', series)\n    _setattr('number', number)\n    _setattr('publisher', publisher)\n    _setattr('place', place)\n    _setattr('published', published)\n    _setattr('reporter', reporter)\n    _setattr('authors', authors)\n    _setattr('family_names', family_names)\n    _setattr('language', language)\n    _setattr('url', url)\n    _setattr('text', text)\n    _setattr('errata', errata)\n    _setattr('former_ids', former_ids)\n"),
    '<attrs generated methods povcoop._domain.entities.Statement>': (_methods_18, "def __init__(self, *, id, name, name_zh=attr_dict['name_zh'].default, aliases=attr_dict['aliases'].default, description=attr_dict['description'].default, evidence, type, mode, speaker=attr_dict['speaker'].default, event=attr_dict['event'].default, date=attr_dict['date'].default, topic, about=attr_dict['about'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr('id', id)\n    _setattr('name', name)\n    _setattr('name_zh', name_zh)\n    _setattr('aliases', aliases)\n    _setattr('description', description)\n    _setattr('evidence', evidence)\n    _setattr('type', type)\n    _setattr('mode', mode)\n    _setattr('speaker', speaker)\n    _setattr('event', event)\n    _setattr('date', date)\n    _setattr('topic', topic)\n    _setattr('about', about)\n"),
    '<attrs generated methods povcoop._domain.fields.AtRest>': (_methods_19, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(min_length={self.min_length!r}, max_length={self.max_length!r}, pattern={self.pattern!r}, ge={self.ge!r}, le={self.le!r}, gt={self.gt!r}, lines={self.lines!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.min_length == other.min_length and\n        self.max_length == other.max_length and\n        self.pattern == other.pattern and\n        self.ge == other.ge and\n        self.le == other.le and\n        self.gt == other.gt and\n        self.lines == other.lines\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.min_length,\n                self.max_length,\n                self.pattern,\n                self.ge,\n                self.le,\n                self.gt,\n                self.lines,\n            ))\ndef __init__(self, *, min_length=attr_dict[\'min_length\'].default, max_length=attr_dict[\'max_length\'].default, pattern=attr_dict[\'pattern\'].default, ge=attr_dict[\'ge\'].default, le=attr_dict[\'le\'].default, gt=attr_dict[\'gt\'].default, lines=attr_dict[\'lines\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'min_length\', min_length)\n    _setattr(\'max_length\', max_length)\n    _setattr(\'pattern\', pattern)\n    _setattr(\'ge\', ge)\n    _setattr(\'le\', le)\n    _setattr(\'gt\', gt)\n    _setattr(\'lines\', lines)\n'),
    '<attrs generated methods povcoop._domain.fields.Computed>': (_methods_20, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, role={self.role!r}, scheme={self.scheme!r}, inputs={self.inputs!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.name == other.name and\n        self.role == other.role and\n        self.scheme == other.scheme and\n        self.inputs == other.inputs\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.name,\n                self.role,\n                self.scheme,\n                self.inputs,\n            ))\ndef __init__(self, *, name, role, scheme=attr_dict[\'scheme\'].default, inputs=attr_dict[\'inputs\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'name\', name)\n    _setattr(\'role\', role)\n    _setattr(\'scheme\', scheme)\n    _setattr(\'inputs\', inputs)\n'),
    '<attrs generated methods povcoop._domain.fields.Criterion>': (_methods_21, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(keys={self.keys!r}, doc={self.doc!r}, target={self.target!r}, vocabulary={self.vocabulary!r}, scheme={self.scheme!r}, inputs={self.inputs!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.keys == other.keys and\n        self.doc == other.doc and\n        self.target == other.target and\n        self.vocabulary == other.vocabulary and\n        self.scheme == other.scheme and\n        self.inputs == other.inputs\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.keys,\n                self.doc,\n                self.target,\n                self.vocabulary,\n                self.scheme,\n                self.inputs,\n            ))\ndef __init__(self, *, keys, doc, target=attr_dict[\'target\'].default, vocabulary=attr_dict[\'vocabulary\'].default, scheme=attr_dict[\'scheme\'].default, inputs=attr_dict[\'inputs\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'keys\', keys)\n    _setattr(\'doc\', doc)\n    _setattr(\'target\', target)\n    _setattr(\'vocabulary\', vocabulary)\n    _setattr(\'scheme\', scheme)\n    _setattr(\'inputs\', inputs)\n'),
    '<attrs generated methods povcoop._domain.fields.Field>': (_methods_22, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, at_rest={self.at_rest!r}, role={self.role!r}, doc={self.doc!r}, target={self.target!r}, scheme={self.scheme!r}, criterion={self.criterion!r}, nested={self.nested!r}, derived={self.derived!r}, required={self.required!r}, annotation={self.annotation!r}, module={self.module!r}, rest={self.rest!r}, range_of={self.range_of!r}, flatten={self.flatten!r}, searchable={self.searchable!r}, inputs={self.inputs!r}, span={self.span!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.name == other.name and\n        self.at_rest == other.at_rest and\n        self.role == other.role and\n        self.doc == other.doc and\n        self.target == other.target and\n        self.scheme == other.scheme and\n        self.criterion == other.criterion and\n        self.nested == other.nested and\n        self.derived == other.derived and\n        self.required == other.required and\n        self.annotation == other.annotation and\n        self.module == other.module and\n        self.rest == other.rest and\n        self.range_of == other.range_of and\n        self.flatten == other.flatten and\n        self.searchable == other.searchable and\n        self.inputs == other.inputs and\n        self.span == other.span\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.name,\n                self.at_rest,\n                self.role,\n                self.doc,\n                self.target,\n                self.scheme,\n                self.criterion,\n                self.nested,\n                self.derived,\n                self.required,\n                self.annotation,\n                self.module,\n                self.rest,\n                self.range_of,\n                self.flatten,\n                self.searchable,\n                self.inputs,\n                self.span,\n            ))\ndef __init__(self, *, name, at_rest, role, doc, target, scheme, criterion, nested, derived, required, type, module=attr_dict[\'module\'].default, rest=attr_dict[\'rest\'].default, range_of=attr_dict[\'range_of\'].default, flatten=attr_dict[\'flatten\'].default, searchable=attr_dict[\'searchable\'].default, inputs=attr_dict[\'inputs\'].default, span=attr_dict[\'span\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'name\', name)\n    _setattr(\'at_rest\', at_rest)\n    _setattr(\'role\', role)\n    _setattr(\'doc\', doc)\n    _setattr(\'target\', target)\n    _setattr(\'scheme\', scheme)\n    _setattr(\'criterion\', criterion)\n    _setattr(\'nested\', nested)\n    _setattr(\'derived\', derived)\n    _setattr(\'required\', required)\n    _setattr(\'annotation\', type)\n    _setattr(\'module\', module)\n    _setattr(\'rest\', rest)\n    _setattr(\'range_of\', range_of)\n    _setattr(\'flatten\', flatten)\n    _setattr(\'searchable\', searchable)\n    _setattr(\'inputs\', inputs)\n    _setattr(\'span\', span)\n'),
    '<attrs generated methods povcoop._domain.fields.FieldSpec>': (_methods_23, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(role={self.role!r}, doc={self.doc!r}, target={self.target!r}, scheme={self.scheme!r}, at_rest={self.at_rest!r}, criterion={self.criterion!r}, nested={self.nested!r}, derived={self.derived!r}, span={self.span!r}, rest={self.rest!r}, range_of={self.range_of!r}, flatten={self.flatten!r}, searchable={self.searchable!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.role == other.role and\n        self.doc == other.doc and\n        self.target == other.target and\n        self.scheme == other.scheme and\n        self.at_rest == other.at_rest and\n        self.criterion == other.criterion and\n        self.nested == other.nested and\n        self.derived == other.derived and\n        self.span == other.span and\n        self.rest == other.rest and\n        self.range_of == other.range_of and\n        self.flatten == other.flatten and\n        self.searchable == other.searchable\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.role,\n                self.doc,\n                self.target,\n                self.scheme,\n                self.at_rest,\n                self.criterion,\n                self.nested,\n                self.derived,\n                self.span,\n                self.rest,\n                self.range_of,\n                self.flatten,\n                self.searchable,\n            ))\ndef __init__(self, *, role, doc, target=attr_dict[\'target\'].default, scheme=attr_dict[\'scheme\'].default, at_rest=attr_dict[\'at_rest\'].default, criterion=attr_dict[\'criterion\'].default, nested=attr_dict[\'nested\'].default, derived=attr_dict[\'derived\'].default, span=attr_dict[\'span\'].default, rest=attr_dict[\'rest\'].default, range_of=attr_dict[\'range_of\'].default, flatten=attr_dict[\'flatten\'].default, searchable=attr_dict[\'searchable\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'role\', role)\n    _setattr(\'doc\', doc)\n    _setattr(\'target\', target)\n    _setattr(\'scheme\', scheme)\n    _setattr(\'at_rest\', at_rest)\n    _setattr(\'criterion\', criterion)\n    _setattr(\'nested\', nested)\n    _setattr(\'derived\', derived)\n    _setattr(\'span\', span)\n    _setattr(\'rest\', rest)\n    _setattr(\'range_of\', range_of)\n    _setattr(\'flatten\', flatten)\n    _setattr(\'searchable\', searchable)\n'),
    '<attrs generated methods povcoop._domain.fields.RestOnly>': (_methods_24, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(name={self.name!r}, doc={self.doc!r}, type={self.type!r}, rest={self.rest!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.name == other.name and\n        self.doc == other.doc and\n        self.type == other.type and\n        self.rest == other.rest\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.name,\n                self.doc,\n                self.type,\n                self.rest,\n            ))\ndef __init__(self, *, name, doc, type, rest=attr_dict[\'rest\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'name\', name)\n    _setattr(\'doc\', doc)\n    _setattr(\'type\', type)\n    _setattr(\'rest\', rest)\n'),
    '<attrs generated methods povcoop._domain.iati.ActivityDate>': (_methods_25, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(type={self.type!r}, date={self.date!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.type == other.type and\n        self.date == other.date\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.type,\n                self.date,\n            ))\ndef __init__(self, *, type, date):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'type\', type)\n    _setattr(\'date\', date)\n'),
    '<attrs generated methods povcoop._domain.iati.AmountTotal>': (_methods_26, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(element={self.element!r}, type={self.type!r}, currency={self.currency!r}, total={self.total!r}, count={self.count!r}, first_value_date={self.first_value_date!r}, last_value_date={self.last_value_date!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.element == other.element and\n        self.type == other.type and\n        self.currency == other.currency and\n        self.total == other.total and\n        self.count == other.count and\n        self.first_value_date == other.first_value_date and\n        self.last_value_date == other.last_value_date\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.element,\n                self.type,\n                self.currency,\n                self.total,\n                self.count,\n                self.first_value_date,\n                self.last_value_date,\n            ))\ndef __init__(self, *, element, type=attr_dict[\'type\'].default, currency, total, count, first_value_date=attr_dict[\'first_value_date\'].default, last_value_date=attr_dict[\'last_value_date\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'element\', element)\n    _setattr(\'type\', type)\n    _setattr(\'currency\', currency)\n    _setattr(\'total\', total)\n    _setattr(\'count\', count)\n    _setattr(\'first_value_date\', first_value_date)\n    _setattr(\'last_value_date\', last_value_date)\n'),
    '<attrs generated methods povcoop._domain.iati.CountryShare>': (_methods_27, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(country={country_repr(self.country)}, percentage={self.percentage!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        _country_key(self.country) == _country_key(other.country) and\n        self.percentage == other.percentage\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                _country_key(self.country),\n                self.percentage,\n            ))\ndef __init__(self, *, country, percentage=attr_dict[\'percentage\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'country\', country)\n    _setattr(\'percentage\', percentage)\n'),
    '<attrs generated methods povcoop._domain.iati.Narrative>': (_methods_28, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(text={self.text!r}, language={self.language!r}, type={self.type!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.text == other.text and\n        self.language == other.language and\n        self.type == other.type\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.text,\n                self.language,\n                self.type,\n            ))\ndef __init__(self, *, text, language=attr_dict[\'language\'].default, type=attr_dict[\'type\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'text\', text)\n    _setattr(\'language\', language)\n    _setattr(\'type\', type)\n'),
    '<attrs generated methods povcoop._domain.iati.Participation>': (_methods_29, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(organization={organization_repr(self.organization)}, role={self.role!r}, type={self.type!r}, ref={self.ref!r}, activity_id={self.activity_id!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        _organization_key(self.organization) == _organization_key(other.organization) and\n        self.role == other.role and\n        self.type == other.type and\n        self.ref == other.ref and\n        self.activity_id == other.activity_id\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                _organization_key(self.organization),\n                self.role,\n                self.type,\n                self.ref,\n                self.activity_id,\n            ))\ndef __init__(self, *, organization, role, type=attr_dict[\'type\'].default, ref=attr_dict[\'ref\'].default, activity_id=attr_dict[\'activity_id\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'organization\', organization)\n    _setattr(\'role\', role)\n    _setattr(\'type\', type)\n    _setattr(\'ref\', ref)\n    _setattr(\'activity_id\', activity_id)\n'),
    '<attrs generated methods povcoop._domain.iati.RegionShare>': (_methods_30, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(code={self.code!r}, vocabulary={self.vocabulary!r}, vocabulary_uri={self.vocabulary_uri!r}, percentage={self.percentage!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.code == other.code and\n        self.vocabulary == other.vocabulary and\n        self.vocabulary_uri == other.vocabulary_uri and\n        self.percentage == other.percentage\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.code,\n                self.vocabulary,\n                self.vocabulary_uri,\n                self.percentage,\n            ))\ndef __init__(self, *, code, vocabulary, vocabulary_uri=attr_dict[\'vocabulary_uri\'].default, percentage=attr_dict[\'percentage\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'code\', code)\n    _setattr(\'vocabulary\', vocabulary)\n    _setattr(\'vocabulary_uri\', vocabulary_uri)\n    _setattr(\'percentage\', percentage)\n'),
    '<attrs generated methods povcoop._domain.iati.RelatedActivity>': (_methods_31, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(type={self.type!r}, ref={self.ref!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.type == other.type and\n        self.ref == other.ref\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.type,\n                self.ref,\n            ))\ndef __init__(self, *, type, ref):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'type\', type)\n    _setattr(\'ref\', ref)\n'),
    '<attrs generated methods povcoop._domain.iati.SectorShare>': (_methods_32, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(code={self.code!r}, vocabulary={self.vocabulary!r}, vocabulary_uri={self.vocabulary_uri!r}, percentage={self.percentage!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.code == other.code and\n        self.vocabulary == other.vocabulary and\n        self.vocabulary_uri == other.vocabulary_uri and\n        self.percentage == other.percentage\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.code,\n                self.vocabulary,\n                self.vocabulary_uri,\n                self.percentage,\n            ))\ndef __init__(self, *, code, vocabulary, vocabulary_uri=attr_dict[\'vocabulary_uri\'].default, percentage=attr_dict[\'percentage\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'code\', code)\n    _setattr(\'vocabulary\', vocabulary)\n    _setattr(\'vocabulary_uri\', vocabulary_uri)\n    _setattr(\'percentage\', percentage)\n'),
    '<attrs generated methods povcoop._domain.manifest.Manifest>': (_methods_33, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(title={self.title!r}, release={self.release!r}, data_version={self.data_version!r}, license={self.license!r}, data_version_date={self.data_version_date!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.title == other.title and\n        self.release == other.release and\n        self.data_version == other.data_version and\n        self.license == other.license and\n        self.data_version_date == other.data_version_date\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.title,\n                self.release,\n                self.data_version,\n                self.license,\n                self.data_version_date,\n            ))\ndef __init__(self, *, title, release, data_version, license=attr_dict[\'license\'].default, data_version_date=attr_dict[\'data_version_date\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'title\', title)\n    _setattr(\'release\', release)\n    _setattr(\'data_version\', data_version)\n    _setattr(\'license\', license)\n    _setattr(\'data_version_date\', data_version_date)\n'),
    '<attrs generated methods povcoop._domain.values.Code>': (_methods_34, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(scheme={self.scheme!r}, code={self.code!r}, name={self.name!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.scheme == other.scheme and\n        self.code == other.code\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.scheme,\n                self.code,\n            ))\ndef __init__(self, scheme, code, name=attr_dict[\'name\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'scheme\', scheme)\n    _setattr(\'code\', code)\n    _setattr(\'name\', name)\n'),
    '<attrs generated methods povcoop._domain.values.Erratum>': (_methods_35, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(quote={self.quote!r}, start={self.start!r}, end={self.end!r}, reading={self.reading!r}, note={self.note!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.quote == other.quote and\n        self.start == other.start and\n        self.end == other.end and\n        self.reading == other.reading and\n        self.note == other.note\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.quote,\n                self.start,\n                self.end,\n                self.reading,\n                self.note,\n            ))\ndef __init__(self, *, quote, start, end, reading, note):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'quote\', quote)\n    _setattr(\'start\', start)\n    _setattr(\'end\', end)\n    _setattr(\'reading\', reading)\n    _setattr(\'note\', note)\n'),
    '<attrs generated methods povcoop._domain.values.Evidence>': (_methods_36, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(basis={self.basis!r}, source={source_repr(self.source)}, quote={self.quote!r}, start={self.start!r}, end={self.end!r}, note={self.note!r}, locator={self.locator!r}, supports={self.supports!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.basis == other.basis and\n        _source_key(self.source) == _source_key(other.source) and\n        self.quote == other.quote and\n        self.start == other.start and\n        self.end == other.end and\n        self.note == other.note and\n        self.locator == other.locator and\n        self.supports == other.supports\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.basis,\n                _source_key(self.source),\n                self.quote,\n                self.start,\n                self.end,\n                self.note,\n                self.locator,\n                self.supports,\n            ))\ndef __init__(self, *, basis, source, quote=attr_dict[\'quote\'].default, start=attr_dict[\'start\'].default, end=attr_dict[\'end\'].default, note=attr_dict[\'note\'].default, locator=attr_dict[\'locator\'].default, supports=attr_dict[\'supports\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'basis\', basis)\n    _setattr(\'source\', source)\n    _setattr(\'quote\', quote)\n    _setattr(\'start\', start)\n    _setattr(\'end\', end)\n    _setattr(\'note\', note)\n    _setattr(\'locator\', locator)\n    _setattr(\'supports\', supports)\n    self.__attrs_post_init__()\n'),
    '<attrs generated methods povcoop._domain.values.Membership>': (_methods_37, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(country={country_repr(self.country)}, joined={self.joined!r}, left={self.left!r}, evidence={self.evidence!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        _country_key(self.country) == _country_key(other.country) and\n        self.joined == other.joined and\n        self.left == other.left and\n        self.evidence == other.evidence\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                _country_key(self.country),\n                self.joined,\n                self.left,\n                self.evidence,\n            ))\ndef __init__(self, *, country, joined, left=attr_dict[\'left\'].default, evidence):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'country\', country)\n    _setattr(\'joined\', joined)\n    _setattr(\'left\', left)\n    _setattr(\'evidence\', evidence)\n'),
    '<attrs generated methods povcoop._domain.values.PartialDate>': (_methods_38, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(year={self.year!r}, month={self.month!r}, day={self.day!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.year == other.year and\n        self.month == other.month and\n        self.day == other.day\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.year,\n                self.month,\n                self.day,\n            ))\ndef __init__(self, year, month=attr_dict[\'month\'].default, day=attr_dict[\'day\'].default):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'year\', year)\n    _setattr(\'month\', month)\n    _setattr(\'day\', day)\n    self.__attrs_post_init__()\n'),
    '<attrs generated methods povcoop._domain.values.PovertyLine>': (_methods_39, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(amount={self.amount!r}, currency={self.currency!r}, ppp_year={self.ppp_year!r}, period={self.period!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.amount == other.amount and\n        self.currency == other.currency and\n        self.ppp_year == other.ppp_year and\n        self.period == other.period\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.amount,\n                self.currency,\n                self.ppp_year,\n                self.period,\n            ))\ndef __init__(self, *, amount, currency, ppp_year, period):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'amount\', amount)\n    _setattr(\'currency\', currency)\n    _setattr(\'ppp_year\', ppp_year)\n    _setattr(\'period\', period)\n'),
    '<attrs generated methods povcoop._domain.values.Quantity>': (_methods_40, 'def __repr__(self):\n  try:\n    already_repring = _compat.repr_context.already_repring\n  except AttributeError:\n    already_repring = {id(self),}\n    _compat.repr_context.already_repring = already_repring\n  else:\n    if id(self) in already_repring:\n      return \'...\'\n    else:\n      already_repring.add(id(self))\n  try:\n    return f\'{self.__class__.__qualname__.rsplit(">.", 1)[-1]}(number={self.number!r}, unit={self.unit!r}, scale={self.scale!r}, type={self.type!r})\'\n  finally:\n    already_repring.remove(id(self))\ndef __eq__(self, other):\n    if other.__class__ is not self.__class__:\n        return NotImplemented\n    return  (\n        self.number == other.number and\n        self.unit == other.unit and\n        self.scale == other.scale and\n        self.type == other.type\n    )\ndef __hash__(self):\n        return hash((\n                _attrs_type_hash,\n                self.number,\n                self.unit,\n                self.scale,\n                self.type,\n            ))\ndef __init__(self, *, number, unit, scale=attr_dict[\'scale\'].default, type):\n    _setattr = _cached_setattr_get(self)\n    _setattr(\'number\', number)\n    _setattr(\'unit\', unit)\n    _setattr(\'scale\', scale)\n    _setattr(\'type\', type)\n'),
}

GENERATED_WITH = {'attrs': '26.1.0', 'python': '3.11'}
