/** Answers of our own for the shared-passage tests (core and CLI), and a way to make near copies. */

export const ORIGINAL = [
  'Our pipeline starts when a member pushes to the main branch. A workflow builds the training image, runs the unit tests on',
  'three Python versions and uploads the coverage report. When the tests pass, the image is tagged with the commit hash and',
  'pushed to the artifact registry, where a trigger starts a training job on Vertex AI with the configuration stored in the',
  'repository. The job writes its metrics to Weights and Biases and saves the best checkpoint in a bucket. A second workflow',
  'then deploys the newest checkpoint behind a FastAPI service on Cloud Run, and a small load test checks that the latency',
  'stays below half a second before traffic moves to the new revision.'
].join(' ')

export const UNRELATED_SAME_TOOLS = [
  'We used Docker and GitHub Actions for nearly everything. Every pull request runs ruff, mypy and pytest, and a nightly job',
  'rebuilds our images so that security fixes reach them. Training happens on a rented GPU machine that we start by hand,',
  'because the cloud quota of our account was too small. We used Docker and GitHub Actions again for the API, which we serve',
  'with FastAPI on Cloud Run. Data versions live in DVC with a bucket as the remote, and Weights and Biases keeps the runs.',
  'Most of our time went into making the data loading fast enough for the small machine we had.'
].join(' ')

/** `text` with every `nth` word replaced by another. */
export function everyNthChanged(text: string, nth: number): string {
  return text
    .split(' ')
    .map((word, index) => ((index + 1) % nth === 0 ? `changed${index}` : word))
    .join(' ')
}
