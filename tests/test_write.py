from pathlib import Path

import pytest

from generator.write import sync_tree, write_tree


def test_write_replaces_the_folder_whole(tmp_path: Path) -> None:
    target = tmp_path / "docs"
    write_tree({"a.md": "one", "sub/b.md": "two"}, target)
    write_tree({"c.md": "three"}, target)
    assert sorted(p.name for p in target.rglob("*")) == ["c.md"]


def test_a_failed_write_leaves_the_last_good_folder(tmp_path: Path) -> None:
    target = tmp_path / "docs"
    write_tree({"a.md": "good"}, target)
    with pytest.raises(TypeError):
        write_tree({"b.md": "fine", "c.md": 42}, target)  # type: ignore[dict-item]
    assert (target / "a.md").read_text() == "good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]


def test_sync_touches_only_what_changed(tmp_path: Path) -> None:
    target = tmp_path / "docs"
    sync_tree({"a.md": "one", "old/x.md": "x"}, target)
    before = (target / "a.md").stat().st_mtime_ns
    sync_tree({"a.md": "one", "b.md": "two"}, target)
    assert (target / "a.md").stat().st_mtime_ns == before
    assert sorted(str(p.relative_to(target)) for p in target.rglob("*")) == ["a.md", "b.md"]
