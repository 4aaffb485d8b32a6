/** Builds a request path, URL-encoding every interpolated segment: path`/v1/studies/${id}`. */
export function path(strings: TemplateStringsArray, ...segments: string[]): string {
  return strings.reduce((out, s, i) => out + s + (i < segments.length ? encodeURIComponent(segments[i]!) : ''), '');
}
