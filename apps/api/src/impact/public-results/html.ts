/** Markup already escaped (or written here): interpolated as is by `html`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

type Value = SafeHtml | string | number | null | undefined | false | Value[];

const render = (value: Value): string => {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (value instanceof SafeHtml) return value.value;
  return escapeHtml(String(value));
};

/** A template of markup whose interpolated values are escaped, unless they are SafeHtml (arrays are joined). */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));
}

/** Paragraphs of a text typed with line breaks: one <p> per non-empty line. */
export const paragraphs = (text: string | null, className?: string): SafeHtml =>
  html`${(text ?? '').split('\n').filter((l) => l.trim()).map((line) => html`<p${className ? html` class="${className}"` : ''}>${line.trim()}</p>`)}`;
