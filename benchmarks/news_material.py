"""Sentence material for the throughput benchmark's generated corpus (written by the eventwire authors).

``news_corpus(n, seed)`` recombines the templates below into ``n`` news-length articles (400-800
words): a headline, then paragraphs of two or three sentences about one pair of countries.  The
sentences are built to exercise the whole coder (meetings, visits, threats, protests, aid, sanctions,
negated and future events, dates, places), not to be read; none is copied from anywhere.
"""

from __future__ import annotations

import datetime as dt
import random

#: (country name, demonym, leader title and name, capital, another city)
COUNTRIES = [
    ("China", "Chinese", "President Xi Jinping", "Beijing", "Shanghai"),
    ("Russia", "Russian", "President Vladimir Putin", "Moscow", "Saint Petersburg"),
    ("India", "Indian", "Prime Minister Narendra Modi", "New Delhi", "Mumbai"),
    ("Japan", "Japanese", "Prime Minister Fumio Kishida", "Tokyo", "Osaka"),
    ("Turkey", "Turkish", "President Recep Tayyip Erdogan", "Ankara", "Istanbul"),
    ("France", "French", "President Emmanuel Macron", "Paris", "Marseille"),
    ("Germany", "German", "Chancellor Olaf Scholz", "Berlin", "Munich"),
    ("Brazil", "Brazilian", "President Luiz Inacio Lula da Silva", "Brasilia", "Sao Paulo"),
    ("Kenya", "Kenyan", "President William Ruto", "Nairobi", "Mombasa"),
    ("Kazakhstan", "Kazakh", "President Kassym-Jomart Tokayev", "Astana", "Almaty"),
    ("Ukraine", "Ukrainian", "President Volodymyr Zelenskyy", "Kyiv", "Odesa"),
    ("Iran", "Iranian", "President Ebrahim Raisi", "Tehran", "Isfahan"),
    ("Egypt", "Egyptian", "President Abdel Fattah el-Sisi", "Cairo", "Alexandria"),
    ("Pakistan", "Pakistani", "Prime Minister Shehbaz Sharif", "Islamabad", "Karachi"),
    ("Mexico", "Mexican", "President Andres Manuel Lopez Obrador", "Mexico City", "Monterrey"),
    ("Indonesia", "Indonesian", "President Joko Widodo", "Jakarta", "Surabaya"),
]

TOPICS = ["trade", "energy", "border security", "grain exports", "a new pipeline", "water rights", "fisheries",
          "visa rules", "a rail link", "debt relief", "nuclear safety", "refugees", "telecommunications",
          "a port lease", "customs checks", "air traffic rights"]

HEADLINES = [
    "{A} and {B} leaders meet as talks on {topic} resume",
    "{A} warns {B} over {topic} as tensions rise",
    "{B} protests after {A} tightens rules on {topic}",
    "{A} and {B} sign agreement on {topic} after months of talks",
    "{A} offers aid to {B} as crisis over {topic} deepens",
]

SENTENCES = [
    "{LA} met {LB} in {capB} on {day} to discuss {topic}, officials from both governments said.",
    "{LA} arrived in {capB} on {day} for a two-day visit, his first since taking office.",
    "The two leaders held talks for more than three hours and agreed to meet again before the end of the year.",
    "{A} and {B} signed an agreement on {topic} that had been under negotiation for {n} months.",
    "{B}'s foreign ministry said the talks in {cityA} had been constructive but that differences remained.",
    "{A} accused {B} of breaking a previous promise on {topic}, a charge {capB} rejected.",
    "{LB} criticised {A} in a televised speech on {day}, saying its demands over {topic} were unacceptable.",
    "{demA} officials warned that {A} would impose sanctions on {B} if the dispute over {topic} continued.",
    "{B} threatened to expel {demA} diplomats after a dispute over {topic}.",
    "Thousands of people protested outside the {demA} embassy in {capB} on {day}.",
    "Police in {cityB} arrested {n} demonstrators who had blocked a road to protest against the agreement.",
    "{A} said it would send {n} tonnes of food aid to {B} next month.",
    "{B} thanked {A} for emergency assistance after floods damaged roads in the south.",
    "{demA} troops held joint exercises with the {demB} army near the border last week.",
    "{A} deployed additional troops to the border region, according to satellite images seen by analysts.",
    "{B} denied sending soldiers across the border and called the reports false.",
    "{LB} refused to condemn the decision, telling reporters that {B} would wait for more information.",
    "{A} will host a summit on {topic} in {cityA} next month, the foreign ministry announced.",
    "The foreign ministers of {A} and {B} are expected to meet in Geneva in the coming weeks.",
    "{A} agreed to release {n} {demB} fishermen who had been detained since the spring.",
    "{B} urged {A} to reopen the border crossing, saying trucks had waited for days.",
    "{demA} energy companies signed contracts worth {n} million dollars with {demB} partners.",
    "{A} cut gas supplies to {B} on {day}, citing unpaid bills.",
    "The United Nations called on {A} and {B} to settle their dispute over {topic} through dialogue.",
    "{LA} praised the relationship between the two countries and called {B} a reliable partner.",
    "{B} recalled its ambassador from {capA} for consultations after the remarks.",
    "{demB} officials said they had not been consulted before {A} announced the new rules on {topic}.",
    "{A} and {B} agreed to set up a joint commission on {topic} that will meet every six months.",
    "{demA} police seized a shipment of weapons bound for {B}, the interior ministry said.",
    "{B} rejected a proposal from {A} to share the cost of the new checkpoints.",
    "Gunmen attacked a {demA} convoy near {cityB} on {day}, killing {n} people, local officials said.",
    "{A} condemned the attack and demanded that {B} find those responsible.",
    "{LB} promised to investigate and said {B} would cooperate fully with {demA} authorities.",
    "Analysts in {capA} said the agreement could double trade between the two countries within five years.",
    "Opposition politicians in {B} accused the government of giving too much away in the talks.",
    "{A} offered to mediate between {B} and its neighbours over {topic}.",
    "Trade between {A} and {B} reached {n} billion dollars last year, according to customs figures.",
    "The talks in {capB} did not produce an agreement on the most sensitive questions.",
    "{demB} negotiators said they might walk away from the talks if {A} did not change its position.",
    "{LA} is scheduled to visit {cityB} in the spring, according to a draft programme.",
    "On {day}, {A} imposed new tariffs on {demB} steel and aluminium.",
    "{B} said it would appeal against the tariffs at the World Trade Organization.",
    "Journalists were not allowed to attend the closing session of the meeting.",
    "The ministers also discussed the situation in the region and the safety of shipping lanes.",
    "{demA} and {demB} students will be able to study in each other's countries without visas from next year.",
    "A spokesman for {LA} declined to comment on reports that the visit had been cut short.",
    "{B} called the decision by {A} a hostile act and said it reserved the right to respond.",
    "{A} returned {n} prisoners of war to {B} in an exchange arranged with the help of mediators.",
]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(template: str, a: tuple, b: tuple, topic: str, rng: random.Random) -> str:
    return template.format(
        A=a[0], B=b[0], demA=a[1], demB=b[1], LA=a[2], LB=b[2], capA=a[3], capB=b[3], cityA=a[4], cityB=b[4],
        topic=topic, day=rng.choice(DAYS), n=rng.choice([3, 12, 40, 75, 120, 300, 2500]),
    )


def news_article(i: int, rng: random.Random) -> dict:
    """One article record (JSONL fields) of 400-800 words."""
    a, b = rng.sample(COUNTRIES, 2)
    topic = rng.choice(TOPICS)
    target = rng.randint(420, 740)
    title = _fill(rng.choice(HEADLINES), a, b, topic, rng)
    paragraphs: list[str] = []
    words = 0
    pool: list[str] = []
    while words < target:
        para = []
        for _ in range(rng.choice([2, 3])):
            if not pool:
                pool = SENTENCES[:]
                rng.shuffle(pool)
            s = _fill(pool.pop(), a, b, topic, rng)
            para.append(s)
            words += len(s.split())
        paragraphs.append(" ".join(para))
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(365))
    return {"id": f"bench-{i:05d}", "title": title, "text": "\n\n".join(paragraphs), "date": day.isoformat(),
            "source": f"outlet-{i % 7}"}


def news_corpus(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    return [news_article(i, rng) for i in range(n)]
