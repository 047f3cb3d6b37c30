"""The course's own scraper code (../shared/oracles/course-repo-stats), run on
what a test gives it on standard input as JSON, without GitHub: its RepoStats
model, its RepoContent tree rules over a tree listed by git, its activity
matrix, and markdown2 as its readme_length uses it. Prints JSON."""

import ast
import datetime
import json
import sys
from pathlib import Path

import markdown2
import numpy as np

SCRAPER = Path(sys.argv[1])
sys.path.insert(0, str(SCRAPER))
from models import RepoContent, RepoStats  # noqa: E402


def scraper_function(name):
    """A function of scraper.py, on its own: the module imports Google Cloud, which is not here."""
    source = (SCRAPER / "scraper.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    node = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
    scope = {"datetime": datetime, "np": np}
    exec(compile(ast.Module(body=[node], type_ignores=[]), "scraper.py", "exec"), scope)
    return scope[name]


request = json.load(sys.stdin)
answer = {}
if "repo_stats" in request:
    answer["repo_stats"] = [RepoStats(**record).dict() for record in request["repo_stats"]]
if "tree" in request:
    content = RepoContent(group_number=1, repo_api="", default_branch="main")
    object.__setattr__(content, "_file_tree", request["tree"])
    answer["tree"] = {
        name: getattr(content, name)
        for name in [
            "num_docker_files",
            "num_python_files",
            "num_workflow_files",
            "has_requirements_file",
            "has_cloudbuild",
            "using_dvc",
            "repo_size",
        ]
    }
if "committer_dates" in request:
    commits = [{"commit": {"committer": {"date": date}}} for date in request["committer_dates"]]
    answer["activity_matrix"] = scraper_function("create_activity_matrix")(commits, max_delta=3, min_delta=1)
if "readme" in request:
    answer["readme_length"] = len(markdown2.markdown(request["readme"], extras=["strip"]).split())
print(json.dumps(answer))
