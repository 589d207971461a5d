import { canonicalUnitOf, findCategory, isCategoryCode } from '@symbiose/taxonomy';

/** A reference a case gets wrong: the path of the field inside the case, and why. */
export interface CaseIssue {
  path: (string | number)[];
  message: string;
}

interface Pair {
  resource: string;
  need: string;
}

/** What the reference checks read of a case. */
interface CaseShape {
  firms: readonly { ref: string }[];
  declarations: readonly {
    ref: string;
    firm: string;
    kind: string;
    categoryCode: string;
    quantity?: number;
  }[];
  expect: {
    b2b: readonly Pair[];
    ranking: readonly { better: Pair; worse: Pair }[];
    allocation: readonly { resource: string; unit: string }[];
    collective: readonly { categoryCodes?: readonly string[]; members: readonly string[] }[];
  };
}

function duplicates(keys: readonly string[], path: (index: number) => CaseIssue['path']) {
  const seen = new Set<string>();
  return keys.flatMap((ref, index) => {
    const issue = seen.has(ref) ? [{ path: path(index), message: `${ref} used twice` }] : [];
    seen.add(ref);
    return issue;
  });
}

/**
 * Every reference of a case resolved: declarations to firms, labels to a resource and a need of
 * the case, allocation limits to a quantified resource in its canonical unit, collective members
 * to firms. The scorer can then trust the case.
 */
export function referenceIssues(c: CaseShape): CaseIssue[] {
  const firms = new Set(c.firms.map((firm) => firm.ref));
  const declarations = new Map(c.declarations.map((declaration) => [declaration.ref, declaration]));
  const issues: CaseIssue[] = [
    ...duplicates(
      c.firms.map((firm) => firm.ref),
      (index) => ['firms', index, 'ref'],
    ),
    ...duplicates(
      c.declarations.map((declaration) => declaration.ref),
      (index) => ['declarations', index, 'ref'],
    ),
  ];
  c.declarations.forEach((declaration, index) => {
    if (!firms.has(declaration.firm)) {
      issues.push({
        path: ['declarations', index, 'firm'],
        message: `no firm ${declaration.firm}`,
      });
    }
  });
  const declared = (ref: string, kind: 'RESOURCE' | 'NEED', path: (string | number)[]) => {
    if (declarations.get(ref)?.kind !== kind) {
      issues.push({ path, message: `no ${kind} declaration ${ref}` });
    }
  };
  const pair = ({ resource, need }: Pair, path: (string | number)[]) => {
    declared(resource, 'RESOURCE', [...path, 'resource']);
    declared(need, 'NEED', [...path, 'need']);
  };
  c.expect.b2b.forEach((label, index) => pair(label, ['expect', 'b2b', index]));
  issues.push(
    ...duplicates(
      c.expect.b2b.map((label) => `${label.resource} → ${label.need}`),
      (index) => ['expect', 'b2b', index],
    ),
  );
  c.expect.ranking.forEach(({ better, worse }, index) => {
    pair(better, ['expect', 'ranking', index, 'better']);
    pair(worse, ['expect', 'ranking', index, 'worse']);
  });
  c.expect.allocation.forEach(({ resource, unit }, index) => {
    const path = ['expect', 'allocation', index];
    declared(resource, 'RESOURCE', [...path, 'resource']);
    const declaration = declarations.get(resource);
    if (declaration && declaration.quantity === undefined) {
      issues.push({ path: [...path, 'resource'], message: `${resource} declares no quantity` });
    }
    const category = findCategory(declaration?.categoryCode ?? '');
    const canonical = category ? canonicalUnitOf(category.dimension) : null;
    if (category && canonical !== unit) {
      issues.push({
        path: [...path, 'unit'],
        message: `must be ${canonical ?? 'a unit'}, the canonical unit of ${category.code}`,
      });
    }
  });
  c.expect.collective.forEach(({ categoryCodes = [], members }, index) => {
    categoryCodes.forEach((code, position) => {
      if (!isCategoryCode(code)) {
        issues.push({
          path: ['expect', 'collective', index, 'categoryCodes', position],
          message: `${code} is not a category of the taxonomy`,
        });
      }
    });
    members.forEach((member, position) => {
      if (!firms.has(member)) {
        issues.push({
          path: ['expect', 'collective', index, 'members', position],
          message: `no firm ${member}`,
        });
      }
    });
  });
  return issues;
}
