"""The extractor on sentences we wrote: statuses, reported speech, light verbs, nominal events,
coordination, passive voice, refusals and announcements.  Each case names the phenomenon it covers."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2023, 6, 16)  # a Friday

# (phenomenon, sentence, expected (type, source countries, target countries, status))
CASES = [
    ("active verb", "Brazil condemned Venezuela on Tuesday.", ("ACCUSE", {"BRA"}, {"VEN"}, "asserted")),
    ("particle verb", "Chile sided with Peru in the fishing dispute.", ("SUPPORT", {"CHL"}, {"PER"}, "asserted")),
    ("light verb", "Egypt held talks with Sudan in Cairo on Monday.", ("CONSULT", {"EGY"}, {"SDN"}, "asserted")),
    ("light verb with event noun", "Ukraine launched an offensive against Russia.", ("ASSAULT", {"UKR"}, {"RUS"}, "asserted")),
    ("nominal event", "Protesters criticised the Indian prime minister's visit to Nepal.",
     ("CONSULT", {"IND"}, {"NPL"}, "asserted")),
    ("passive with agent", "Two Malian soldiers were killed by Burkinabe troops.", ("ASSAULT", {"BFA"}, {"MLI"}, "asserted")),
    ("reported speech", "Iranian state media reported that Iran accused Israel of sabotage.",
     ("ACCUSE", {"IRN"}, {"ISR"}, "asserted")),
    ("negation", "Turkey did not condemn Azerbaijan.", ("ACCUSE", {"TUR"}, {"AZE"}, "negated")),
    ("refusal of a hostile act", "India refused to criticise Russia.", ("ACCUSE", {"IND"}, {"RUS"}, "negated")),
    ("refusal of a cooperative act", "Serbia refused to recognise Kosovo.", ("REJECT", {"SRB"}, {"XKX"}, "asserted")),
    ("intention", "Japan would like to cooperate with Australia on energy.", ("AGREE", {"JPN"}, {"AUS"}, "asserted")),
    ("plan", "Germany plans to send tanks to Poland.", ("AGREE", {"DEU"}, {"POL"}, "asserted")),
    ("expected event", "Kenya is expected to sign a trade deal with Tanzania.", (None, {"KEN"}, {"TZA"}, "future")),
    ("conditional", "If Russia attacks Moldova, Romania could send troops.", (None, {"RUS"}, {"MDA"}, "hypothetical")),
    ("historical", "In March 2019, Algeria expelled a French diplomat.", ("SANCTION", {"DZA"}, {"FRA"}, "historical")),
    ("conditional threat", "Moldova threatened to close its border if Russia sent more troops.",
     ("THREATEN", {"MDA"}, {"RUS"}, "asserted")),
    ("announced refusal", "Hungary will not accept any migrants from Italy.", ("REJECT", {"HUN"}, set(), "asserted")),
    ("quantity subject read as a reduced relative", "Hundreds of dockworkers protested in Mombasa on Monday.",
     ("PROTEST", {"KEN"}, set(), "asserted")),
]


@pytest.fixture(scope="module")
def coded(resources):
    out = {}
    for name, text, _ in CASES:
        art = Article(id=name, text=text, published=PUBLISHED)
        out[name] = [e.to_record() for e in code_article(art, resources)]
    return out


def _countries(actors):
    return {a["country"] for a in actors if a["country"]}


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_phenomenon(coded, name, text, expected):
    etype, src, tgt, status = expected
    found = [r for r in coded[name]
             if (etype is None or r["type"] == etype) and r["status"] == status
             and src <= _countries(r["source"]) | (_countries(r["target"]) if r["reciprocal"] else set())
             and tgt <= _countries(r["target"]) | (_countries(r["source"]) if r["reciprocal"] else set())]
    assert found, f"{text!r}: no {expected}; got {[(r['type'], r['status'], _countries(r['source']), _countries(r['target'])) for r in coded[name]]}"


def test_coordinated_recipients_are_separate_events(resources):
    art = Article(id="coord", text="The Egyptian president met the leaders of Jordan, Iraq and Bahrain.",
                  published=PUBLISHED)
    evs = [e for e in code_article(art, resources) if e.type == "CONSULT"]
    assert sorted(a.country for e in evs for a in e.target) == ["BHR", "IRQ", "JOR"]
    assert len({e.mention_id for e in evs}) == 1 and len({e.id for e in evs}) == 3


def test_joint_subject_is_one_party(resources):
    art = Article(id="joint", text="Russia and China warned Japan over its defence budget.", published=PUBLISHED)
    evs = [e for e in code_article(art, resources) if e.target and e.target[0].country == "JPN"]
    assert evs and {a.country for a in evs[0].source} == {"RUS", "CHN"}


def test_negated_and_hypothetical_events_carry_no_goldstein(coded):
    for name in ("negation", "conditional"):
        for r in coded[name]:
            if r["status"] in ("negated", "hypothetical"):
                assert r["goldstein"] is None and r["quad_class"] is None


# Targets (and sources) that the subject and object do not name: each rule of events/targets.py and
# of the pipeline's place fallbacks, on sentences of our own.
ATTACHMENT_CASES = [
    ("complaint topic, not addressee", "Serbia complained to the OSCE about Albanian attacks on its police.",
     ("ACCUSE", {"SRB"}, {"ALB"})),
    ("direct object beats topic", "Moscow criticized Washington over Ukraine's shelling of Donetsk.",
     ("ACCUSE", {"RUS"}, {"USA"})),
    ("passive: attacker as event-noun modifier", "Four Afghan villagers were killed in a Pakistani air strike.",
     ("ASSAULT", {"PAK"}, {"AFG"})),
    ("subject through predicative adjective", "Guatemala said it is prepared to withdraw its police from neighbouring Belize.",
     ("AGREE", {"GTM"}, {"BLZ"})),
    ("place in governed clause", "Chad threatened to impose a state of emergency in Abeche.", ("THREATEN", {"TCD"}, {"TCD"})),
    ("thing attacked in a place", "Iranian warplanes bombed a bridge near Basra.", ("ASSAULT", {"IRN"}, {"IRQ"})),
    ("protest purpose clause", "Students marched in Seoul to voice their anger at Japan's trade restrictions.",
     ("PROTEST", {"KOR"}, {"JPN"})),
    ("protest frame", "Miners rallied in Lima in defiance of the Chilean mining company.", ("PROTEST", {"PER"}, {"CHL"})),
    ("police fire at home", "Ugandan police opened fire on opposition supporters.", ("ASSAULT", {"UGA"}, {"UGA"})),
    ("object displaced behind 'as'", "Poland rejected as baseless Germany's reparations claims.", ("REJECT", {"POL"}, {"DEU"})),
    ("demand names who must leave", "Moldova demanded the pullout of Russian troops from Transnistria.",
     ("REQUEST", {"MDA"}, {"RUS"})),
    ("official of a place", "Nigerien militants kidnapped the mayor of Gao.", ("ASSAULT", {"NER"}, {"MLI"})),
    ("place deep in the object", "Brazil agreed to fund a new dam on the Parana river in Paraguay.", ("AGREE", {"BRA"}, {"PRY"})),
]


@pytest.fixture(scope="module")
def attached(resources):
    out = {}
    for name, text, _ in ATTACHMENT_CASES:
        art = Article(id=name, text=text, published=PUBLISHED)
        out[name] = [e.to_record() for e in code_article(art, resources)]
    return out


@pytest.mark.parametrize("name,text,expected", ATTACHMENT_CASES, ids=[c[0] for c in ATTACHMENT_CASES])
def test_attachment(attached, name, text, expected):
    etype, src, tgt = expected
    got = [(r["type"], _countries(r["source"]), _countries(r["target"])) for r in attached[name]]
    assert (etype, src, tgt) in got, f"{text!r}: want {expected}, got {got}"


# Issue 4 phenomena that need code: the light verb picks a noun's sense, adverbial particles,
# offers of forces to help someone, conditional modal sanctions, agentless accusations, and
# words that look like events but are not.
SENSE_CASES = [
    ("walkout is staged", "Uruguayan dockers staged a strike at the port of Montevideo.",
     ("PROTEST", {"URY"}, {"URY"}, "asserted")),
    ("attack is launched", "Ethiopia launched a strike on Eritrea.", ("ASSAULT", {"ETH"}, {"ERI"}, "asserted")),
    ("aimed strikes stay attacks", "Israel continued its strikes on Lebanon.", ("ASSAULT", {"ISR"}, {"LBN"}, "asserted")),
    ("adverbial particle: walked out", "Belgian pilots walked out on Friday.", ("PROTEST", {"BEL"}, {"BEL"}, "asserted")),
    ("adverbial particle: pulled back, border with", "Armenian forces pulled back from the border with Azerbaijan.",
     ("RETREAT", {"ARM"}, {"AZE"}, "asserted")),
    ("forces offered to help", "Kenya is willing to send troops to help protect Haiti.",
     ("AGREE", {"KEN"}, {"HTI"}, "asserted")),
    ("conditional modal sanction", "Canada could suspend aid to Haiti unless the election goes ahead.",
     ("THREATEN", {"CAN"}, {"HTI"}, "asserted")),
    ("condition names the target", "Qatar may halt its mediation if Hamas rejects the deal.",
     ("THREATEN", {"QAT"}, set(), "asserted")),
    ("agentless passive accusation", "Serbia has been accused of arming militias.", ("ACCUSE", set(), {"SRB"}, "asserted")),
    ("firefight via light verb", "Sudanese soldiers engaged Chadian troops in a firefight.",
     ("ASSAULT", {"SDN"}, {"TCD"}, "asserted")),
    ("modal without condition stays hypothetical", "Washington may impose sanctions on Georgian officials.",
     ("SANCTION", {"USA"}, {"GEO"}, "hypothetical")),
    ("frame noun: the compound names the act", "Denmark suspended its mediation efforts in Ethiopia.",
     ("SANCTION", {"DNK"}, {"ETH"}, "asserted")),
    ("own thing in another country", "Australia froze its aid programmes in Fiji.", ("SANCTION", {"AUS"}, {"FJI"}, "asserted")),
    ("own border with another country", "Kenya deployed police to its border with Somalia.",
     ("MOBILIZE", {"KEN"}, {"SOM"}, "asserted")),
    ("own envoy to another country", "Chile recalled its ambassador to Venezuela.",
     ("SANCTION", {"CHL"}, {"VEN"}, "asserted")),
    ("ultimatum: any act 'unless'", "Rwanda will pull its troops out of Mozambique unless it pays for them.",
     ("THREATEN", {"RWA"}, {"MOZ"}, "asserted")),
    ("offer 'if' stays a promise", "Japan will send rescue teams to Nepal if Kathmandu asks.",
     ("AGREE", {"JPN"}, {"NPL"}, "asserted")),
    ("tightening a measure", "Britain tightened sanctions on Belarus.", ("SANCTION", {"GBR"}, {"BLR"}, "asserted")),
    ("trading fire is a firefight", "Indian and Pakistani troops traded fire across the frontier.",
     ("ASSAULT", {"IND"}, {"PAK"}, "asserted")),
    ("a criticised thing is the criticism's topic", "Norway condemned the verdict on Friday.",
     ("ACCUSE", {"NOR"}, set(), "asserted")),
    ("trading accusations is mutual criticism", "Serbia and Kosovo traded accusations over the border clash.",
     ("ACCUSE", {"SRB"}, {"XKX"}, "asserted")),
    ("an attack-only verb keeps its thing object", "Azerbaijani forces shelled residential areas overnight.",
     ("ASSAULT", {"AZE"}, set(), "asserted")),
    ("an order to leave is no deployment of the troops ordered", "Mali's junta ordered French troops to leave.",
     ("SANCTION", {"MLI"}, {"FRA"}, "asserted")),
    ("vowing revenge is a threat aimed by its 'against' phrase", "Houthi rebels vowed revenge against Saudi Arabia.",
     ("THREATEN", {"YEM"}, {"SAU"}, "asserted")),
    ("a sum carries the measure its noun names", "Canada froze 20 million dollars in aid to Haiti.",
     ("SANCTION", {"CAN"}, {"HTI"}, "asserted")),
    ("a counted object reaches its noun", "Brussels froze billions in funds for Poland.",
     ("SANCTION", set(), {"POL"}, "asserted")),
    ("women and children are people, not things", "Kazakh police detained two women in Almaty.",
     ("COERCE", {"KAZ"}, {"KAZ"}, "asserted")),
    ("a projectile brought down is aimed at its launcher", "Romania intercepted a drone launched from Russia.",
     ("ASSAULT", {"ROU"}, {"RUS"}, "asserted")),
    ("the launcher may be the projectile's agent", "Egyptian forces shot down a rocket fired by Hamas.",
     ("ASSAULT", {"EGY"}, {"PSE"}, "asserted")),
]


@pytest.fixture(scope="module")
def sensed(resources):
    return {name: [e.to_record() for e in code_article(Article(id=name, text=text, published=PUBLISHED), resources)]
            for name, text, _ in SENSE_CASES}


@pytest.mark.parametrize("name,text,expected", SENSE_CASES, ids=[c[0] for c in SENSE_CASES])
def test_sense_and_particle_phenomena(sensed, name, text, expected):
    etype, src, tgt, status = expected
    got = [(r["type"], _countries(r["source"]), _countries(r["target"]), r["status"]) for r in sensed[name]]
    assert any(t == etype and src <= s and tgt <= g and st == status for t, s, g, st in got), f"{text!r}: {got}"


def test_conditional_threat_names_the_party_of_the_condition(sensed):
    threat = [r for r in sensed["condition names the target"] if r["type"] == "THREATEN"]
    assert threat and any(a["org"] == "HAMAS" or "HMS" in (a["code"] or "") for a in threat[0]["target"])


@pytest.mark.parametrize("text", [
    "A powerful earthquake killed more than 200 people in Afghanistan.",
    "Typhoon Haikui struck Taiwan on Sunday.",
    "Hundreds of homes were destroyed by floods in Libya.",
])
def test_a_natural_hazard_is_nobodys_attack(resources, text):
    """What an earthquake, a typhoon or a flood kills or destroys is no event."""
    assert code_article(Article(id="hazard", text=text, published=PUBLISHED), resources) == []


def test_a_literal_blast_is_no_criticism(resources):
    """"condemned the verdict" criticises a thing; "jets blasted targets" is no criticism at all."""
    records = code_article(Article(id="blast", text="Syrian jets blasted targets in Idlib.", published=PUBLISHED),
                           resources)
    assert all(e.type != "ACCUSE" for e in records)


def test_modal_sanction_without_condition_is_no_threat(sensed):
    assert all(r["type"] != "THREATEN" for r in sensed["modal without condition stays hypothetical"])


def test_people_object_of_a_fight_is_not_an_event(sensed):
    types = [r["type"] for r in sensed["firefight via light verb"]]
    assert types == ["ASSAULT"], types


def test_nominalised_participle_is_not_a_trigger(resources):
    """"the wounded" names people; "wounded two soldiers" is an attack."""
    from eventwire.events.extractor import verb_entry

    people = resources.nlp("Medics evacuated the wounded from Bakhmut.")
    act = resources.nlp("Rebels wounded two soldiers in Bakhmut.")
    noun_use = next(t for t in people if t.lower_ == "wounded")
    assert noun_use.pos_ == "VERB"  # the parser's reading we guard against
    assert verb_entry(noun_use, resources.lexicon) is None
    entry = verb_entry(next(t for t in act if t.lower_ == "wounded"), resources.lexicon)
    assert entry is not None and entry.type == "ASSAULT"


def test_armed_subject_keeps_the_attack_sense(resources):
    evs = code_article(Article(id="arm", text="Russia continued its strike in Donetsk.", published=PUBLISHED), resources)
    assert not [e for e in evs if e.type == "PROTEST"], [(e.type, e.evidence.text) for e in evs]


def test_if_offer_is_no_threat(sensed):
    assert all(r["type"] != "THREATEN" for r in sensed["offer 'if' stays a promise"])


# Issue 4: senses chosen by the words around the trigger, joint plans, promised concessions.
ISSUE4_CASES = [
    ("leaving an organisation", "Guinea withdrew from the Economic Community of West African States.",
     ("SANCTION", {"GIN"}, set(), "asserted")),
    ("leaving an organisation, nominal", "Nicaragua announced its withdrawal from the Organization of American States.",
     ("SANCTION", {"NIC"}, set(), "asserted")),
    ("leaving territory stays a retreat", "Ethiopian troops withdrew from the border town of Humera.",
     ("RETREAT", {"ETH"}, set(), "asserted")),
    ("joint activity scheduled together", "India and Bangladesh will conduct joint patrols along the river next month.",
     ("COOPERATE", {"IND"}, set(), "future")),
    ("particle beats light verb", "Somali militiamen gave up their weapons to the army.",
     ("RETREAT", set(), set(), "asserted")),
    ("weapons test", "Pakistan test-fired a ballistic missile on Monday.", ("MOBILIZE", {"PAK"}, set(), "asserted")),
    ("promised concession", "Sri Lanka promised to ease restrictions on Tamil media.", ("CONCEDE", {"LKA"}, set(), "asserted")),
    ("withholding essentials", "Serbian forces cut off electricity and water to villages in northern Kosovo.",
     ("COERCE", {"SRB"}, set(), "asserted")),
    ("split re- prefix", "Morocco and Algeria re-established diplomatic relations on Thursday.",
     ("SUPPORT", {"MAR"}, set(), "asserted")),
    ("scheduled attendance", "Kenyan President William Ruto is scheduled to attend a summit in Addis Ababa.",
     ("CONSULT", {"KEN"}, set(), "future")),
]


@pytest.mark.parametrize("name,text,expected", ISSUE4_CASES, ids=[c[0] for c in ISSUE4_CASES])
def test_issue4_senses(resources, name, text, expected):
    etype, src, tgt, status = expected
    recs = [e.to_record() for e in code_article(Article(id=name, text=text, published=PUBLISHED), resources)]
    got = [(r["type"], _countries(r["source"]), _countries(r["target"]), r["status"]) for r in recs]
    assert any(t == etype and src <= s and tgt <= g and st == status for t, s, g, st in got), f"{text!r}: {got}"
    assert all(t not in ("ASSAULT", "AID", "AGREE") for t, *_ in got), got


def test_invitation_to_attend_is_no_meeting(resources):
    text = "The Yemeni rebels rejected an invitation to attend a meeting in Kuwait next week."
    recs = [e.to_record() for e in code_article(Article(id="inv", text=text, published=PUBLISHED), resources)]
    assert not [r for r in recs if r["type"] == "CONSULT"], [(r["type"], r["evidence"]["text"]) for r in recs]


# Deaths in custody and attempted attacks are tested in test_violence.py, domestic protesters and
# crowds in test_crowds.py (the modules the rules moved to).
