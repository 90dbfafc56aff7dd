/**
 * The glossary resource (`atlas://glossary`): the vocabulary of the atlas in Chinese and English —
 * every kind of node with its key rule, every relationship type with the kinds it joins — written
 * from the graph schema, followed by the terms and formulas of the analyses.
 */
import { describeSchema } from '@chanjiao/graph-schema';

const analysisTerms = `## Analysis terms

- **Demand of an occupation** d_o: by default the sum of EMPLOYS.demand on the chain's segments (structural demand); with demand=postings, the headcount of the region's postings for the period.
- **Weight** w_oc of a competency for an occupation: REQUIRES.importance / 5 (essential → 1.0, optional → 0.5 when only the flag exists); **required level** L_oc: REQUIRES.level (1–5).
- **Demand of a competency** D_c = Σ_o d_o · w_oc; **share** δ_c = D_c / Σ D.
- **Supply** S_c by a set of courses (a program, an institution, a micro-credential) = min(1, highest level a course teaches c / highest level an occupation requires); 0 when no course teaches it.
- **Gap** g_c = δ_c · (1 − S_c); **coverage** = Σ δ_c · S_c, between 0 and 1 (the share of the chain's competency demand the courses meet).
- **Alignment**: the coverage of one program against a chain, ranked across programs.
- **Person–job match** (人岗匹配): score = Σ w_c · min(1, have_c / need_c) / Σ w_c over the posting's competencies, with matched, partial and missing competencies.
- **Location quotient** of a segment in a region: LQ = (n_s,R / n_K,R) / (n_s / n_K) with n the enterprises; no local enterprise: missing (补链); LQ < 0.5 weak; LQ > 1.5 strong (强链).
- **Program adjustment** (专业设置动态调整): per program, graduates, demand now and before, employment and relevance rates and coverage, and the rule that fired: expand, maintain, reform or shrink.
- **Relatedness**: occupations by weighted Jaccard similarity of their competency weights (career transitions); segments by the competencies they share.
`;

export function glossaryMarkdown(): string {
  const schema = describeSchema();
  const lines = ['# Chanjiao Atlas glossary · 产教图谱术语', '', '## Kinds of node', ''];
  for (const [group, names] of Object.entries(schema.groups)) {
    lines.push(`### ${names.en} · ${names.zh}`, '');
    for (const kind of schema.kinds.filter((k) => k.group === group))
      lines.push(
        `- **${kind.kind}** — ${kind.en} · ${kind.zh}. Key: ${kind.keyRule.en}. Properties: ${Object.keys(kind.properties).join(', ')}.`,
      );
    lines.push('');
  }
  lines.push('## Relationship types', '');
  for (const rel of schema.relationships) {
    const pairs = rel.pairs.map(([from, to]) => `${from}→${to}`).join(', ');
    const props = Object.keys(rel.properties);
    lines.push(
      `- **${rel.rel}** — ${rel.en} · ${rel.zh}. Joins ${pairs}.${props.length ? ` Properties: ${props.join(', ')}.` : ''}`,
    );
  }
  lines.push('', analysisTerms);
  return lines.join('\n');
}
