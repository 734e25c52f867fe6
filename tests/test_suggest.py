import yaml

from generator.annotate import Machine, annotate_source
from generator.load import load
from generator.tools.suggest import as_yaml, unknown_names


def test_suggestions_paste_as_annotations_that_pick_their_match(write_content) -> None:
    content = write_content({
        "actors/turkey.md": "---\nname: Turkey\nkind: state\n---\n",
        "sources/s.md": "---\ntitle: T\npublished: '2019-11-04'\n---\n"
                        "Turkey met Ahmet Yilmaz of the Strategy Centre in July. Turkey left.",
    })
    corpus, _ = load(content)
    source = corpus.sources["s"]
    spans, _ = annotate_source(source, Machine.for_corpus(corpus))
    entries = yaml.safe_load(as_yaml(source, spans))
    assert entries == [
        {"quote": "Turkey", "occurrence": 1, "actor": "turkey"},
        {"quote": "July", "date": "2019-07"},
        {"quote": "Turkey", "occurrence": 2, "actor": "turkey"},
    ]
    assert unknown_names(source, spans) == [("Ahmet Yilmaz", 5), ("Strategy Centre", 5)]
