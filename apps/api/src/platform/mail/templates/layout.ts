/** What a template gives: the three parts of a message, in French. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface MailBody {
  subject: string;
  /** The recipient's name, for the greeting. */
  greeting: string;
  paragraphs: string[];
  /** The one thing to do, as a DSFR primary button (and its address in full in the text part). */
  action?: { label: string; url: string };
  /** Lines after the button: validity of a link, what to do if the mail was not expected. */
  notes?: string[];
  /** Rows of a short table (label → value), e.g. a committee's date and place. */
  facts?: Array<[string, string]>;
  /** A titled list, e.g. a committee's agenda. */
  list?: { title: string; items: string[] };
  /** Further titled lists (a digest's sections). */
  lists?: Array<{ title: string; items: string[] }>;
}

const SERVICE = "Accélérateur d'Initiatives Citoyennes";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// DSFR colours: bleu France #000091, grey text #3a3a3a, borders #dddddd. Mail clients ignore web fonts and style sheets:
// inline styles, tables for layout, Marianne's usual fallbacks.
const FONT = "font-family: Marianne, Arial, 'Helvetica Neue', Helvetica, sans-serif;";

/** Plain text and HTML of one message, with the State's look (header « République française », bleu France button). */
export function renderMail(body: MailBody): MailContent {
  const text = [
    `Bonjour ${body.greeting},`,
    '',
    ...body.paragraphs.flatMap((p) => [p, '']),
    ...(body.facts ?? []).map(([label, value]) => `${label} : ${value}`),
    ...(body.facts?.length ? [''] : []),
    ...[...(body.list ? [body.list] : []), ...(body.lists ?? [])].flatMap((l) => [l.title, ...l.items.map((item) => `- ${item}`), '']),
    ...(body.action ? [`${body.action.label} :`, body.action.url, ''] : []),
    ...(body.notes ?? []).flatMap((n) => [n, '']),
    '--',
    `${SERVICE} (DINUM, DITP)`,
    'Message automatique : merci de ne pas y répondre.',
  ].join('\n');

  const p = (content: string) => `<p style="margin: 0 0 16px; ${FONT} font-size: 16px; line-height: 24px; color: #3a3a3a;">${content}</p>`;
  const facts = body.facts?.length
    ? `<table role="presentation" style="border-collapse: collapse; margin: 0 0 16px;">${body.facts
        .map(
          ([label, value]) =>
            `<tr><th scope="row" style="text-align: left; padding: 4px 16px 4px 0; ${FONT} font-size: 16px; color: #161616;">${escapeHtml(label)}</th>` +
            `<td style="padding: 4px 0; ${FONT} font-size: 16px; color: #3a3a3a;">${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`
    : '';
  const list = [...(body.list ? [body.list] : []), ...(body.lists ?? [])]
    .map(
      (l) =>
        p(`<strong>${escapeHtml(l.title)}</strong>`) +
        `<ul style="margin: 0 0 16px; padding-left: 24px; ${FONT} font-size: 16px; line-height: 24px; color: #3a3a3a;">${l.items
          .map((item) => `<li>${escapeHtml(item)}</li>`)
          .join('')}</ul>`,
    )
    .join('');
  const action = body.action
    ? `<table role="presentation" style="margin: 8px 0 24px;"><tr><td style="background: #000091;">` +
      `<a href="${escapeHtml(body.action.url)}" style="display: inline-block; padding: 8px 16px; ${FONT} font-size: 16px; line-height: 24px; color: #ffffff; text-decoration: none;">${escapeHtml(body.action.label)}</a>` +
      `</td></tr></table>` +
      p(`Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :<br><a href="${escapeHtml(body.action.url)}" style="color: #000091;">${escapeHtml(body.action.url)}</a>`)
    : '';

  const html = `<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(body.subject)}</title></head>
<body style="margin: 0; padding: 0; background: #f6f6f6;">
<table role="presentation" width="100%" style="border-collapse: collapse; background: #f6f6f6;"><tr><td align="center" style="padding: 24px 8px;">
<table role="presentation" width="600" style="border-collapse: collapse; max-width: 600px; width: 100%; background: #ffffff; border-bottom: 4px solid #000091;">
<tr><td style="padding: 24px 32px 16px; border-bottom: 1px solid #dddddd;">
<p style="margin: 0; ${FONT} font-size: 14px; line-height: 16px; font-weight: 700; text-transform: uppercase; color: #161616;">République<br>française</p>
<p style="margin: 16px 0 0; ${FONT} font-size: 18px; font-weight: 700; color: #161616;">${SERVICE}</p>
</td></tr>
<tr><td style="padding: 32px;">
<h1 style="margin: 0 0 24px; ${FONT} font-size: 24px; line-height: 32px; color: #161616;">${escapeHtml(body.subject)}</h1>
${p(`Bonjour ${escapeHtml(body.greeting)},`)}
${body.paragraphs.map((paragraph) => p(escapeHtml(paragraph))).join('\n')}
${facts}${list}${action}
${(body.notes ?? []).map((note) => p(escapeHtml(note))).join('\n')}
</td></tr>
<tr><td style="padding: 16px 32px; border-top: 1px solid #dddddd;">
<p style="margin: 0; ${FONT} font-size: 12px; line-height: 20px; color: #666666;">${SERVICE} — DINUM et DITP. Message automatique : merci de ne pas y répondre.</p>
</td></tr>
</table>
</td></tr></table>
</body>
</html>`;
  return { subject: body.subject, text, html };
}
