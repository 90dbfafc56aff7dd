/**
 * Colours of the charts. Series that are categories take the Okabe–Ito palette, chosen because it
 * stays distinguishable under the common colour-vision deficiencies; competency dimensions and link
 * statuses keep the colours the tables and graphs use for them, so a colour means one thing across
 * a view.
 */
export const categorical = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

export const dimensionColours: Record<string, string> = {
  knowledge: '#0072B2',
  skill: '#CC79A7',
  quality: '#E69F00',
};

export const dimensionOrder = ['knowledge', 'skill', 'quality'] as const;

/** From pale to deep blue: heat maps of demand (sequential, readable in grey print). */
export const sequentialBlues = ['#f1f5f9', '#bfdbfe', '#60a5fa', '#2563eb', '#1e3a8a'] as const;

export const axisColours = { text: '#4f5d72', line: '#cbd5e1', split: '#e2e8f0' } as const;
