/**
 * The one place that says what the repository must show for each item of the
 * course's checklist. Items are recognised by their template text (with or
 * without the `(Mnn)` tag, in the current template's words and the older
 * ones'); the docs' table (site/docs/checklist-evidence.md) states the same
 * rules and a test holds the two together.
 */

import {baseName} from './base-name.js'
import type {RepositoryIndex} from './repository-files.js'
import {scraperPaths} from './scraper-paths.js'

interface ItemRule {
  id: string
  /** The course module the item belongs to, as the template tags it; the extras have none. */
  module?: string
  /** Recognises the item's text, lowercased with its spaces collapsed. */
  item: RegExp
}

/** An item some committed file can show. */
export interface CheckableRule extends ItemRule {
  /** What is looked for, in words. */
  lookedFor: string
  /** How a ticked item without evidence is told: "no Dockerfile is committed". */
  missing: string
  /** The files that show the item; empty when none does. */
  find: (repo: RepositoryIndex) => string[]
}

/** An item no file can show, such as everyone understanding every part. */
export type ChecklistRule = ItemRule | CheckableRule

export function isCheckable(rule: ChecklistRule): rule is CheckableRule {
  return 'find' in rule
}

const byPath = (test: (path: string) => boolean) => (repo: RepositoryIndex) => repo.paths.filter(test)
const byName = (name: RegExp) => byPath((path) => name.test(baseName(path)))
const importing =
  (...modules: string[]) =>
  (repo: RepositoryIndex) =>
    repo.importing(modules)
/** Files whose text matches, among those the path test admits. */
const byText =
  (text: RegExp, admits: (path: string) => boolean = () => true) =>
  (repo: RepositoryIndex) => {
    const files: string[] = []
    for (const [path, content] of repo.texts()) if (admits(path) && text.test(content)) files.push(path)
    return files
  }
const inWorkflows = (text: RegExp) => (repo: RepositoryIndex) => repo.workflows.filter((workflow) => text.test(workflow.text)).map((workflow) => workflow.path)
const testFilesNamed = (name: RegExp) => (repo: RepositoryIndex) =>
  repo
    .testFiles()
    .filter((file) => name.test(baseName(file.path)))
    .map((file) => file.path)
const either =
  (...finders: ((repo: RepositoryIndex) => string[])[]) =>
  (repo: RepositoryIndex) => [...new Set(finders.flatMap((find) => find(repo)))]
const both = (first: (repo: RepositoryIndex) => string[], second: (repo: RepositoryIndex) => string[]) => (repo: RepositoryIndex) => {
  const firstFiles = first(repo)
  if (firstFiles.length === 0) return []
  const secondFiles = second(repo)
  return secondFiles.length === 0 ? [] : [...new Set([...firstFiles, ...secondFiles])]
}

const ENVIRONMENT_FILE = /^(?:requirements.*\.txt|pyproject\.toml|uv\.lock|poetry\.lock|Pipfile(?:\.lock)?|environment\.ya?ml|setup\.py|setup\.cfg)$/
const CONFIGURATION = /(?:^|\/)(?:configs?|conf)\/.*\.ya?ml$|(?:^|\/)[^/]*config[^/]*\.ya?ml$/i
const LINTERS = /\b(?:ruff|flake8|pylint|black|pycodestyle|autopep8)\b/
/** A workflow's `paths:` filter (a list on its lines, or in brackets) naming `.dvc` files or data. */
const DATA_PATHS_TRIGGER = /\bpaths\s*:\s*(?:\[[^\]]*(?:\.dvc|data)|(?:\n[ \t]*-[^\n]*)*?\n[ \t]*-[^\n]*(?:\.dvc|data))/
const GCP_TRAINING = /\b(?:aiplatform|custom-jobs|workerPoolSpecs|vertex[_ ]?ai|compute instances create)\b/i
const GCP_DEPLOY = /\bgcloud\s+(?:beta\s+)?(?:run|functions)\s+deploy\b|deploy-cloudrun|run\.googleapis\.com|\bfunctions_framework\b/
const DISTRIBUTED_TRAINING = /\bDistributedDataParallel\b|\btorch\.distributed\b|\bstrategy\s*=\s*["'](?:ddp|fsdp|deepspeed)|\baccelerate\b/
const SPEED_UP =
  /\btorch\.(?:compile|quantization|ao\.quantization)\b|\bquantize_dynamic\b|\bnn\.utils\.prune\b|\btorch\.jit\.(?:script|trace)\b|\bonnxruntime\.quantization\b/

/** In the order of the current template. */
export const checklistRules: readonly ChecklistRule[] = [
  {
    id: 'git-repository',
    module: 'M5',
    item: /create a git repository/,
    lookedFor: 'the repository itself (`.`), once it has a commit',
    missing: 'the repository has no commit',
    find: (repo) => (repo.paths.length > 0 ? ['.'] : [])
  },
  {id: 'write-access', module: 'M5', item: /write access/},
  {
    id: 'environment',
    module: 'M2',
    item: /dedicated environment/,
    lookedFor: 'a file that pins the environment (`requirements*.txt`, `pyproject.toml`, `uv.lock`, `environment.yml`, …)',
    missing: 'no requirements, pyproject or environment file is committed',
    find: byName(ENVIRONMENT_FILE)
  },
  {
    id: 'cookiecutter-structure',
    module: 'M6',
    item: /file structure using cookiecutter/,
    lookedFor: 'a package folder (`__init__.py`) beside a `pyproject.toml` or `setup.py`',
    missing: 'no Python package with a pyproject.toml or setup.py is committed',
    find: both(byName(/^__init__\.py$/), byName(/^(?:pyproject\.toml|setup\.py)$/))
  },
  {
    id: 'data-script',
    module: 'M6',
    item: /fill out the `?(?:data|make_dataset)\.py`? file/,
    lookedFor: 'a `data.py`, `make_dataset.py` or `dataset.py`',
    missing: 'no data.py or make_dataset.py is committed',
    find: byName(/^(?:data|make_dataset|dataset)\.py$/)
  },
  {
    id: 'model-and-training',
    module: 'M6',
    item: /add a model (?:to `?model\.py`?|file) and a training (?:procedure|script)/,
    lookedFor: 'a model file (`model.py`, `models.py`) and a training script (`train.py`, `train_model.py`)',
    missing: 'no model.py and train.py are committed',
    find: both(byName(/^models?\.py$/), byName(/^train(?:_model)?\.py$/))
  },
  {
    id: 'requirements',
    module: 'M2+M6',
    item: /fill out the `?requirements/,
    lookedFor: 'a `requirements*.txt`, `pyproject.toml` or `uv.lock`',
    missing: 'no requirements.txt, pyproject.toml or uv.lock is committed',
    find: byName(/^(?:requirements.*\.txt|pyproject\.toml|uv\.lock)$/)
  },
  {
    id: 'coding-practices',
    module: 'M7',
    item: /good coding practices/,
    lookedFor:
      'a linter or formatter configured (ruff, flake8, black, pylint) in `pyproject.toml`, `setup.cfg`, `ruff.toml`, `.flake8` or the pre-commit hooks',
    missing: 'no linter or formatter (ruff, flake8, black, pylint) is configured',
    find: either(
      byName(/^(?:\.?ruff\.toml|\.flake8|\.pylintrc|pylintrc)$/),
      byText(/\[tool\.(?:ruff|black|flake8|pylint)\b|\[flake8\]|\[pycodestyle\]/, (path) => /^(?:pyproject\.toml|setup\.cfg|tox\.ini)$/.test(baseName(path))),
      byText(LINTERS, (path) => baseName(path) === '.pre-commit-config.yaml')
    )
  },
  {
    id: 'typing-and-docs',
    module: 'M7',
    item: /code typing/,
    lookedFor: 'Python functions with type annotations (`def f(x: int) -> …`)',
    missing: 'no committed Python function has type annotations',
    find: (repo) => repo.python.filter((file) => /^[ \t]*(?:async[ \t]+)?def[ \t]+\w+\([^)]*\)[ \t]*->/m.test(file.text)).map((file) => file.path)
  },
  {
    id: 'data-version-control',
    module: 'M8',
    item: /version control for your data/,
    lookedFor: "a path containing `.dvc` (the scraper's `using_dvc`)",
    missing: 'no .dvc file or folder is committed',
    find: byPath(scraperPaths.dvc)
  },
  {
    id: 'command-line',
    module: 'M9',
    item: /command line interfaces/,
    lookedFor: 'code importing `typer`, `click`, `argparse` or `fire`, or a `tasks.py`/`Makefile`',
    missing: 'no code imports typer, click or argparse, and no tasks.py or Makefile is committed',
    find: either(importing('typer', 'click', 'argparse', 'fire'), byName(/^(?:tasks\.py|Makefile)$/))
  },
  {
    id: 'docker-files',
    module: 'M10',
    item: /construct one or multiple docker ?files/,
    lookedFor: "a path containing `Dockerfile` or `.dockerfile` (the scraper's `num_docker_files`)",
    missing: 'no Dockerfile is committed',
    find: byPath(scraperPaths.dockerFile)
  },
  {id: 'docker-build', module: 'M10', item: /build the docker ?files locally/},
  {
    id: 'configuration-files',
    module: 'M11',
    item: /configurations? files for your experiments/,
    lookedFor: 'a YAML file under `configs/`, `config/` or `conf/`, or named `*config*.yaml`',
    missing: 'no experiment configuration (a YAML file under configs/) is committed',
    find: byPath((path) => CONFIGURATION.test(path))
  },
  {id: 'hydra', module: 'M11', item: /hydra/, lookedFor: 'code importing `hydra`', missing: 'no committed code imports hydra', find: importing('hydra')},
  {
    id: 'profiling',
    module: 'M12',
    item: /profiling/,
    lookedFor: 'code importing a profiler (`cProfile`, `pstats`, `torch.profiler`, `line_profiler`, `pyinstrument`, `memory_profiler`, `snakeviz`)',
    missing: 'no committed code imports a profiler (cProfile, torch.profiler, …)',
    find: either(
      importing('cProfile', 'profile', 'pstats', 'torch.profiler', 'line_profiler', 'pyinstrument', 'memory_profiler', 'snakeviz', 'scalene'),
      byText(/\btorch\.profiler\b/, (path) => path.endsWith('.py'))
    )
  },
  {
    id: 'logging',
    module: 'M14',
    item: /use logging to log important events/,
    lookedFor: 'code importing `logging` or `loguru`',
    missing: 'no committed code imports logging or loguru',
    find: importing('logging', 'loguru')
  },
  {
    id: 'weights-and-biases',
    module: 'M14',
    item: /weights (?:&|and) biases/,
    lookedFor: 'code importing `wandb`',
    missing: 'no committed code imports wandb',
    find: importing('wandb')
  },
  {
    id: 'hyperparameter-sweep',
    module: 'M14',
    item: /hyperparameter optimi[sz]ation sweep/,
    lookedFor: 'a file named `*sweep*`, or code importing `optuna` or calling `wandb.sweep`',
    missing: 'no sweep configuration or optuna code is committed',
    find: either(
      byName(/sweep/i),
      importing('optuna'),
      byText(/\bwandb\.sweep\b/, (path) => path.endsWith('.py'))
    )
  },
  {
    id: 'lightning',
    module: 'M15',
    item: /pytorch[- ]lightning/,
    lookedFor: 'code importing `lightning` or `pytorch_lightning`',
    missing: 'no committed code imports lightning or pytorch_lightning',
    find: importing('lightning', 'pytorch_lightning')
  },
  {
    id: 'data-tests',
    module: 'M16',
    item: /unit tests related to the data/,
    lookedFor: 'a test file named after data (`test_data*.py`, …) with a `test_` function',
    missing: 'no test file about the data (test_data.py with a test_ function) is committed',
    find: testFilesNamed(/data/i)
  },
  {
    id: 'model-tests',
    module: 'M16',
    item: /unit tests related to model/,
    lookedFor: 'a test file named after the model or training (`test_model*.py`, `test_train*.py`) with a `test_` function',
    missing: 'no test file about the model or training (test_model.py with a test_ function) is committed',
    find: testFilesNamed(/model|train/i)
  },
  {
    id: 'coverage',
    module: 'M16',
    item: /calculate the (?:code )?coverage/,
    lookedFor: "`coverage` or `pytest-cov` (`--cov`) in a workflow, the project's configuration or requirements, or a `.coveragerc`",
    missing: 'neither coverage nor pytest-cov is set up in a workflow, configuration or requirements file',
    find: either(
      byName(/^\.coveragerc$/),
      byText(/\bcoverage\b|--cov\b|pytest-cov/, (path) => !path.endsWith('.py') || baseName(path) === 'tasks.py')
    )
  },
  {
    id: 'continuous-integration',
    module: 'M17',
    item: /continuous integration running/,
    lookedFor: "a workflow under `.github/workflows/` (the scraper's `num_workflow_files`)",
    missing: 'no workflow is committed under .github/workflows/',
    find: byPath(scraperPaths.workflowFile)
  },
  {
    id: 'ci-matrix-and-caching',
    module: 'M17',
    item: /caching and multi-os/,
    lookedFor: 'a workflow with a `matrix:` or a cache (`cache:`, `actions/cache`)',
    missing: 'no workflow has a matrix or a cache',
    find: inWorkflows(/\bmatrix\s*:|\bcache\s*:|actions\/cache@|enable-cache\s*:/)
  },
  {
    id: 'ci-linting',
    module: 'M17',
    item: /linting step/,
    lookedFor: 'a workflow that runs a linter (ruff, flake8, pylint, black) or the pre-commit hooks',
    missing: 'no workflow runs a linter (ruff, flake8, pylint, black) or pre-commit',
    find: inWorkflows(/\b(?:ruff|flake8|pylint|black|pre-commit)\b/)
  },
  {
    id: 'pre-commit',
    module: 'M18',
    item: /pre-commit hooks/,
    lookedFor: 'a `.pre-commit-config.yaml`',
    missing: 'no .pre-commit-config.yaml is committed',
    find: byName(/^\.pre-commit-config\.ya?ml$/)
  },
  {
    id: 'data-change-workflow',
    module: 'M19',
    item: /workflow that triggers when data changes/,
    lookedFor: 'a workflow triggered by changes to `.dvc` files or a data folder (`paths:`)',
    missing: 'no workflow is triggered by changes to .dvc files or data',
    find: inWorkflows(DATA_PATHS_TRIGGER)
  },
  {
    id: 'model-registry-workflow',
    module: 'M19',
    item: /changes to the model registry/,
    lookedFor: 'a workflow triggered from outside (`repository_dispatch`, as a registry webhook does)',
    missing: 'no workflow has a repository_dispatch trigger',
    find: inWorkflows(/\brepository_dispatch\b/)
  },
  {
    id: 'gcp-data-storage',
    module: 'M21',
    item: /data storage in gcp bucket/,
    lookedFor: 'a DVC remote in a GCP bucket (`gs://` in `.dvc/config`)',
    missing: 'no DVC remote in a GCP bucket (gs:// in .dvc/config) is committed',
    find: byText(/gs:\/\//, (path) => path === '.dvc/config')
  },
  {
    id: 'cloud-build-trigger',
    module: 'M21',
    item: /trigger workflow for automatically building your docker images/,
    lookedFor: "a `cloudbuild.yaml` (the scraper's `has_cloudbuild`)",
    missing: 'no cloudbuild.yaml is committed',
    find: byPath(scraperPaths.cloudbuild)
  },
  {
    id: 'gcp-training',
    module: 'M21',
    item: /model training in gcp/,
    lookedFor:
      'a Vertex AI or Compute Engine job (`aiplatform`, `custom-jobs`, `workerPoolSpecs`, `compute instances create`) in the code, configuration or workflows',
    missing: 'no Vertex AI or Compute Engine job (custom-jobs, workerPoolSpecs, aiplatform) is committed',
    find: byText(GCP_TRAINING)
  },
  {
    id: 'fastapi',
    module: 'M22',
    item: /fastapi application/,
    lookedFor: 'code importing `fastapi`',
    missing: 'no committed code imports fastapi',
    find: importing('fastapi')
  },
  {
    id: 'gcp-deployment',
    module: 'M23',
    item: /deploy your model in gcp/,
    lookedFor: 'a Cloud Run or Cloud Functions deployment (`gcloud run deploy`, `gcloud functions deploy`, `deploy-cloudrun`, `functions_framework`)',
    missing: 'no Cloud Run or Cloud Functions deployment (gcloud run deploy, …) is committed',
    find: byText(GCP_DEPLOY)
  },
  {
    id: 'api-tests',
    module: 'M24',
    item: /api tests/,
    lookedFor: 'a test file of the API (named `*api*`, or using `TestClient`) with a `test_` function',
    missing: 'no test file of the API (test_api.py, or one using TestClient) is committed',
    find: (repo) =>
      repo
        .testFiles()
        .filter((file) => /api/i.test(baseName(file.path)) || /\bTestClient\b/.test(file.text))
        .map((file) => file.path)
  },
  {
    id: 'load-test',
    module: 'M24',
    item: /load test your application/,
    lookedFor: 'code importing `locust`, or a `locustfile.py`',
    missing: 'no locustfile or code importing locust is committed',
    find: either(importing('locust'), byName(/^locustfile\.py$/))
  },
  {
    id: 'onnx-or-bentoml',
    module: 'M25',
    item: /onnx or bentoml/,
    lookedFor: 'code importing `onnx`, `onnxruntime` or `bentoml`, a `.onnx` model or a `bentofile.yaml`',
    missing: 'no code imports onnx, onnxruntime or bentoml',
    find: either(importing('onnx', 'onnxruntime', 'bentoml'), byName(/\.onnx$|^bentofile\.ya?ml$/))
  },
  {
    id: 'frontend',
    module: 'M26',
    item: /frontend for your api/,
    lookedFor: 'code importing `streamlit` or `gradio`',
    missing: 'no committed code imports streamlit or gradio',
    find: importing('streamlit', 'gradio')
  },
  {
    id: 'data-drift',
    module: 'M27',
    item: /robust your model is towards data drifting/,
    lookedFor: 'code importing a drift library (`evidently`, `alibi_detect`, `nannyml`)',
    missing: 'no committed code imports evidently (or alibi_detect, nannyml)',
    find: importing('evidently', 'alibi_detect', 'nannyml')
  },
  {id: 'input-output-collection', module: 'M27', item: /collection of input-output data/},
  {
    id: 'drift-api',
    module: 'M27',
    item: /drift detection api/,
    lookedFor: 'a Python file importing both a drift library (`evidently`, …) and `fastapi`',
    missing: 'no committed API (a file importing fastapi) imports evidently',
    find: (repo) => {
      const apis = new Set(repo.importing(['fastapi']))
      return repo.importing(['evidently', 'alibi_detect', 'nannyml']).filter((path) => apis.has(path))
    }
  },
  {
    id: 'system-metrics',
    module: 'M28',
    item: /instrument your api|system telemetry/,
    lookedFor: 'code importing `prometheus_client` or `prometheus_fastapi_instrumentator`',
    missing: 'no committed code imports prometheus_client',
    find: importing('prometheus_client', 'prometheus_fastapi_instrumentator')
  },
  {id: 'cloud-monitoring', module: 'M28', item: /setup cloud monitoring|monitoring for the performance of your deployed model/},
  {id: 'alerts', module: 'M28', item: /alert systems?/},
  {
    id: 'distributed-data-loading',
    module: 'M29',
    item: /distributed data loading/,
    lookedFor: 'a data loader with workers (`num_workers` in the code)',
    missing: 'no committed code sets num_workers on a data loader',
    find: byText(/\bnum_workers\b/, (path) => path.endsWith('.py'))
  },
  {
    id: 'distributed-training',
    module: 'M30',
    item: /distributed (?:model )?training/,
    lookedFor: 'distributed training in the code (`torch.distributed`, `DistributedDataParallel`, a `ddp` strategy, `accelerate`)',
    missing: 'no committed code trains distributed (torch.distributed, DDP, a ddp strategy)',
    find: byText(DISTRIBUTED_TRAINING, (path) => path.endsWith('.py'))
  },
  {
    id: 'quantization-compilation-pruning',
    module: 'M31',
    item: /quantization, compilation,? and pruning/,
    lookedFor: 'quantization, compilation or pruning in the code (`torch.compile`, `torch.quantization`, `quantize_dynamic`, `nn.utils.prune`, `torch.jit`)',
    missing: 'no committed code quantizes, compiles or prunes a model (torch.compile, quantize_dynamic, prune)',
    find: byText(SPEED_UP, (path) => path.endsWith('.py'))
  },
  {
    id: 'torchserve',
    module: 'M22',
    item: /torchserve/,
    lookedFor: 'a TorchServe handler or archive (`torch-model-archiver`, `ts.torch_handler`, a `.mar` file)',
    missing: 'no TorchServe handler or archive is committed',
    find: either(importing('ts.torch_handler'), byName(/\.mar$/), byText(/torch-model-archiver|torchserve/))
  },
  {
    id: 'documentation',
    module: 'M32',
    item: /write some documentation for your application/,
    lookedFor: 'an `mkdocs.yml`, or markdown under `docs/`',
    missing: 'no mkdocs.yml or docs/ folder is committed',
    find: either(
      byName(/^mkdocs\.ya?ml$/),
      byPath((path) => /(?:^|\/)docs\/.*\.md$/.test(path))
    )
  },
  {
    id: 'documentation-pages',
    module: 'M32',
    item: /publish the documentation to github pages/,
    lookedFor: 'a workflow that publishes to GitHub Pages (`mkdocs gh-deploy`, `actions/deploy-pages`, `gh-pages`)',
    missing: 'no workflow publishes to GitHub Pages (mkdocs gh-deploy, deploy-pages)',
    find: inWorkflows(/gh-deploy|actions\/deploy-pages|gh-pages|peaceiris\/actions-gh-pages/)
  },
  {id: 'project-description', item: /revisit your initial project description/},
  {id: 'architecture-diagram', item: /architectural diagram/},
  {id: 'shared-understanding', item: /understanding about all parts/},
  {
    id: 'code-uploaded',
    item: /uploaded all your code/,
    lookedFor: "Python files in the repository (the scraper's `num_python_files`)",
    missing: 'no Python file is committed',
    find: byPath(scraperPaths.pythonFile)
  }
]
