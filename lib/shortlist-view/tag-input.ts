/** "food, vegan, Food" → ["food", "vegan"]: comma-separated, trimmed, each tag once (case-insensitively, first spelling kept). */
export function parseTagInput(text: string): string[] {
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags;
}

export function formatTagInput(tags: readonly string[]): string {
  return tags.join(', ');
}
