/** A link as X shows it: visible text that reads as a URL; t.co redirects say nothing about the creator. */
export const URL_LIKE = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i;

export function isShortener(link: string): boolean {
  return /^https?:\/\/t\.co\//i.test(link);
}
