/** The last segment of a `/`-separated tree path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}
