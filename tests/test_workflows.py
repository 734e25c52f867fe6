"""The pull-request and publish workflows and the pre-commit hook do what
CONTRIBUTING.md promises; actionlint checks the workflow files themselves."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"


def workflow(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text())
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads `on:` as true
    return data


def steps(job: dict) -> list[str]:
    return [step.get("run") or step.get("uses") or "" for step in job["steps"]]


def test_pull_requests_get_line_errors_and_every_test() -> None:
    flow = workflow("pull-request.yml")
    assert "pull_request" in flow["on"]
    assert "dossier check --format github" in steps(flow["jobs"]["check"])
    test = flow["jobs"]["test"]
    assert "make test" in steps(test) and test["env"]["CI"] == "true"


def test_main_is_published_with_the_official_pages_actions_and_the_zip() -> None:
    flow = workflow("publish.yml")
    assert flow["on"]["push"]["branches"] == ["main"]
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    used = steps(build)
    assert "make site" in used
    assert any(u.startswith("actions/configure-pages@") for u in used)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in used)
    zip_step = next(s for s in build["steps"] if s.get("uses", "").startswith(
        "actions/upload-artifact@"))
    assert zip_step["with"]["path"] == "dist/s400-dossier-offline.zip"
    assert deploy["needs"] == "build"
    assert steps(deploy)[0].startswith("actions/deploy-pages@")
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_pre_commit_hook_runs_the_check_on_content() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    hook = config["repos"][0]["hooks"][0]
    assert config["repos"][0]["repo"] == "local"
    assert (hook["entry"], hook["files"], hook["pass_filenames"]) == (
        "make --silent check", "^content/", False)


def test_actionlint_finds_nothing() -> None:
    actionlint = shutil.which("actionlint") or str(Path(sys.executable).parent / "actionlint")
    if not Path(actionlint).exists():
        pytest.skip("actionlint has no wheel for this platform")
    files = sorted(str(p) for p in WORKFLOWS.glob("*.yml"))
    result = subprocess.run([actionlint, *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
