import type { CaseScore } from './score-case';
import type { SetScore, Tally } from './score-set';
import type { CollectiveExpectation, PairRef } from './synergy-case.schema';

const pair = ({ resource, need }: PairRef) => `${resource}→${need}`;
const fraction = ({ met, total }: Tally) => `${met}/${total}`;

function collectiveLabel({ verdict, categoryCodes, group, members }: CollectiveExpectation) {
  return `${verdict} ${group ?? categoryCodes?.join('|')} [${members.join(', ')}]`;
}

/** What failed in a case, one part per kind of expectation; empty when it passed. */
function failures(score: CaseScore): string[] {
  const parts: string[] = [];
  if (score.wrongPairs.length > 0) parts.push(`wrong ${score.wrongPairs.map(pair).join(', ')}`);
  if (score.missingPairs.length > 0) {
    parts.push(`missing ${score.missingPairs.map(pair).join(', ')}`);
  }
  const ranking = score.ranking.filter((result) => !result.met);
  if (ranking.length > 0) {
    parts.push(
      `ranking ${ranking
        .map(({ expectation }) => `${pair(expectation.better)} > ${pair(expectation.worse)}`)
        .join(', ')}`,
    );
  }
  const allocation = score.allocation.filter((result) => !result.met);
  if (allocation.length > 0) {
    parts.push(
      `allocation ${allocation
        .map(({ expectation, promised }) => {
          const { resource, maxTotal, unit } = expectation;
          return `${resource} ${promised} > ${maxTotal} ${unit}`;
        })
        .join(', ')}`,
    );
  }
  const collective = score.collective.filter((result) => !result.met);
  if (collective.length > 0) {
    parts.push(
      `collective ${collective.map(({ expectation }) => collectiveLabel(expectation)).join(', ')}`,
    );
  }
  return parts;
}

/** One line: the case, pass or FAIL, what failed, and the facts the API could not take. */
export function formatCaseLine(score: CaseScore): string {
  const verdict = score.passed ? 'pass' : 'FAIL';
  const gaps = score.apiGaps.length > 0 ? [`API gaps: ${score.apiGaps.join(' | ')}`] : [];
  const figures = `b2b ${score.correct}/${score.proposed} right, ${score.found}/${score.expected} found`;
  return [`${score.caseId} ${verdict}`, figures, ...failures(score), ...gaps].join('; ');
}

/** The set's figures; the last line is the one the README fixes. */
export function formatSetSummary(set: SetScore): string[] {
  return [
    `b2b: ${set.precision.total} pairs proposed, ${set.precision.met} right; ` +
      `${set.recall.met} of ${set.recall.total} MATCH pairs found`,
    `allocation: ${fraction(set.allocation)} limits respected`,
    `collective: ${fraction(set.collective)} expectations met`,
    `synergy-quality: precision ${set.precision.value.toFixed(2)}, ` +
      `recall ${set.recall.value.toFixed(2)}, ranking ${fraction(set.ranking)}, ` +
      `cases ${fraction(set.cases)}`,
  ];
}
