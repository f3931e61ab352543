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

/**
 * The tags field as edited, as changes to the tags it showed: an edit sends only what the user
 * added or removed, so a tag another page added meanwhile is kept. Spelling is compared as the
 * store does, case-insensitively.
 */
export function tagChanges(shown: readonly string[], edited: readonly string[]): { addTags: string[]; removeTags: string[] } {
  const has = (list: readonly string[], tag: string) => list.some((t) => t.toLowerCase() === tag.toLowerCase());
  return { addTags: edited.filter((t) => !has(shown, t)), removeTags: shown.filter((t) => !has(edited, t)) };
}
