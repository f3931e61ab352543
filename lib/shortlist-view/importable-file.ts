/** The part of a DOM File the import reads. */
export interface ImportableFile {
  name: string;
  size: number;
  type: string;
  text(): Promise<string>;
}

export function isBackupFile(file: Pick<ImportableFile, 'name' | 'type'>): boolean {
  return /\.json$/i.test(file.name) || file.type === 'application/json';
}
