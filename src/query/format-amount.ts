// Figures as a reader of Chinese news expects them: 1 260 000 000 元 → 12.6亿元, 210 000 人次 → 21万人次.

export function formatAmount(value: number, unit: string): string {
  if (value >= 1e8) return `${decimals(value / 1e8)}亿${unit}`;
  if (value >= 1e4) return `${decimals(value / 1e4)}万${unit}`;
  return `${decimals(value)}${unit}`;
}

function decimals(n: number): string {
  return String(Number(n.toFixed(2)));
}
