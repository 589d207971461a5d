type Labels = Record<string, string>;

/** Each sample of `name` in a Prometheus text exposition, with its labels and value. */
function samplesOf(text: string, name: string): { labels: Labels; value: number }[] {
  const samples: { labels: Labels; value: number }[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const labels = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    samples.push({ labels, value: Number(match[3]) });
  }
  return samples;
}

const hasLabels = (found: Labels, wanted: Labels) =>
  Object.entries(wanted).every(([key, value]) => found[key] === value);

/** The value of the first sample of `name` with `labels`, or undefined when there is none. */
export function metricSample(text: string, name: string, labels: Labels = {}): number | undefined {
  return samplesOf(text, name).find((sample) => hasLabels(sample.labels, labels))?.value;
}

/** The sum of the samples of `name` with `labels` (0 when there is none). */
export function metricSum(text: string, name: string, labels: Labels = {}): number {
  return samplesOf(text, name)
    .filter((sample) => hasLabels(sample.labels, labels))
    .reduce((sum, sample) => sum + sample.value, 0);
}
