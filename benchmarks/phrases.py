"""Word lists and sentence templates for the synthetic news reports.

A template's slots are filled by `synthetic.Writer`: {person}, {person2},
{state}, {state2}, {media}, {org} become names or aliases of seed actors
(so that the automatic name finder has work), {topic}, {progress}, {time},
{money}, {system}, {observers} come from the lists below. Every template is
one sentence ending with a full stop, so that a sentence is an exact quote.
"""

from __future__ import annotations

TOPICS = [
    "the second batch of S-400 systems", "joint production of the missiles",
    "the transfer of radar technology", "the delivery schedule", "the price of the systems",
    "the sanctions threatened by Washington", "Turkey's place in the F-35 programme",
    "compatibility with NATO air defences", "the payment terms", "local assembly of launchers",
    "the training of Turkish crews", "a possible purchase of Su-35 jets",
    "the activation of the first batch", "a loan to finance the purchase",
    "spare parts for the first systems", "an offer of Patriot batteries",
]
PROGRESS = [
    "talks are continuing", "the contract is close to being signed",
    "no new agreement has been reached", "the deal is in its final stage",
    "technical work continues", "both sides remain interested",
    "the discussions will go on", "the documents are nearly ready",
    "nothing has been decided yet", "the question is settled",
    "there is no delay on our side", "the terms are still being negotiated",
    "a decision will be taken at the highest level", "the process is on track",
]
TIMES = [
    "in July", "last year", "in early November", "next year", "last month", "on Monday",
    "in March 2019", "this week", "in late 2020", "in February", "in mid-September",
    "next month", "last week", "in December",
]
MONEY = [
    "$2.5 billion", "about $1.2 billion", "more than 3 billion rubles", "upwards of $500 million",
    "€400 million", "some 15 billion lira", "roughly $900 million", "at least $1.5 billion",
]
SYSTEMS = ["S-400", "S-400 Triumf", "Patriot", "F-35", "Su-35", "S-500"]
OBSERVERS = [
    "Analysts", "Diplomats", "Defence experts", "Western officials", "Industry sources",
    "Russian commentators", "Turkish commentators", "People familiar with the talks",
]
PUBLISHERS = [
    "Daily Sabah", "Hürriyet Daily News", "Al-Monitor", "Defense News", "Kommersant",
    "Anadolu Agency", "Middle East Eye", "Breaking Defense",
]
HEADLINES = [
    "{state} says {topic} still under discussion",
    "{person} rules out delay on {system} deal",
    "{state} and {state2} at odds over {topic}",
    "Talks on {topic} drag on, officials say",
    "{media}: {person} expects progress on {topic}",
    "{system} purchase tests ties between {state} and {state2}",
    "New questions over {topic} as deadline nears",
    "{person} signals flexibility on {topic}",
]

# A statement: the speaker ({speaker}) takes a stance; the sentence is quoted.
STATEMENTS = [
    '"{Progress} on {topic}," {speaker} said.',
    "{speaker} said {progress} on {topic}.",
    "{speaker} told {media} that {progress} and that {topic} remained open.",
    "According to {media}, {speaker} said {progress} on {topic}.",
    '"{Progress}, and we expect news {time}," said {speaker}.',
    "Asked about {topic}, {speaker} said: \"{Progress}.\"",
    "{speaker} insisted {time} that {progress} on {topic}.",
    '"As for {topic}, {progress}," {speaker} told reporters.',
]

# The report of an event: {event} is the event's title as the seed gives it.
EVENT_REPORTS = [
    "The report goes back to an earlier episode: {event}.",
    "{observers} point to one step in particular: {event}.",
    "For background, the article recalls this: {event}.",
    "Much of the dispute dates from one moment, listed by {media} as follows: {event}.",
    "The timeline the report draws starts from this: {event}.",
]

# Reporter's words and quoted passages around the statements.
FILLERS = [
    "{state} and {state2} have been at odds over {topic} since the spring.",
    "The first deal was reportedly worth {money}, though neither side confirmed the figure.",
    "{observers} said {state} could spend {money} on {topic}.",
    "{org} declined to comment on {topic}.",
    "Officials in {state} have warned that {topic} would strain ties with {state2}.",
    "The {system} purchase remains a point of friction between {state} and {state2}.",
    "{media} reported {time} that {person} had discussed {topic} with {person2}.",
    "The issue was raised again when {person} met {person2} {time}.",
    "It was not clear whether {topic} would be settled before the end of the year.",
    '"We have nothing to add on {topic}," {person} told {media}.',
    '"{Progress}," {person} said, without giving a date.',
    "{person2} has said before that {progress}, a view {state} does not share.",
    "{observers} expect a decision on {topic} {time}.",
    "The {system} question was not on the agenda, {media} said.",
    "Details of the contract have circulated in the press {time}.",
    "{state} has not published the contract, and {org} gave no details.",
    "Neither {person} nor {person2} mentioned {topic} in public {time}.",
    "{observers} noted that the {system} is not compatible with NATO systems.",
    "{person} is expected to visit {state} {time}, {media} said.",
    "The talks have been overshadowed by the war in Ukraine, {media} said.",
    "{org} said the first systems had been delivered on schedule.",
    "{media} could not independently verify the account.",
]
