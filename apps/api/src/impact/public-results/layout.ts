import { PUBLIC_RESULTS_PATH } from '@aic/domain';
import { html, type SafeHtml } from './html.js';

/** The public pages' home: the list of published seasons. */
export const PUBLIC_HOME = `/${PUBLIC_RESULTS_PATH}`;
export const DSFR_CSS = `${PUBLIC_HOME}/dsfr/dsfr.min.css`;
const PROGRAMME = "Accélérateur d'Initiatives Citoyennes";

/** A public page in the State's design system (DSFR): header, skip link, main content, footer. No script. */
export function publicLayout(title: string, description: string, main: SafeHtml): string {
  return `<!doctype html>\n${html`<html lang="fr" data-fr-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${PROGRAMME}</title>
<meta name="description" content="${description}">
<link rel="stylesheet" href="${DSFR_CSS}">
<style>
  .aic-figure { font-size: 2.5rem; font-weight: 700; line-height: 1.1; color: var(--text-title-blue-france, #000091); display: block; }
  .aic-chart svg { display: block; height: auto; }
  .aic-laureate { border-top: 1px solid var(--border-default-grey, #ddd); }
  .aic-quote { border-left: 4px solid var(--border-plain-blue-france, #000091); padding-left: 1rem; font-style: italic; }
</style>
</head>
<body>
<div class="fr-skiplinks">
  <nav class="fr-container" aria-label="Accès rapide">
    <ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#pied-de-page">Pied de page</a></li></ul>
  </nav>
</div>
<header role="banner" class="fr-header">
  <div class="fr-header__body">
    <div class="fr-container">
      <div class="fr-header__body-row">
        <div class="fr-header__brand fr-enlarge-link">
          <div class="fr-header__brand-top">
            <div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div>
          </div>
          <div class="fr-header__service">
            <a href="${PUBLIC_HOME}" title="Accueil — Résultats de l'${PROGRAMME}"><p class="fr-header__service-title">${PROGRAMME}</p></a>
            <p class="fr-header__service-tagline">Résultats publics des saisons du programme</p>
          </div>
        </div>
      </div>
    </div>
  </div>
</header>
<main id="contenu" role="main" class="fr-container fr-py-6w">
${main}
</main>
<footer class="fr-footer" role="contentinfo" id="pied-de-page">
  <div class="fr-container">
    <div class="fr-footer__body">
      <div class="fr-footer__brand"><p class="fr-logo">République<br>Française</p></div>
      <div class="fr-footer__content">
        <p class="fr-footer__content-desc">L'${PROGRAMME} est un programme de l'État porté par la Direction interministérielle du numérique (DINUM) avec la Direction interministérielle de la transformation publique (DITP). Ses résultats sont publiés en données ouvertes sous Licence Ouverte 2.0.</p>
      </div>
    </div>
  </div>
</footer>
</body>
</html>`}\n`;
}

export function notFoundPage(): string {
  return publicLayout(
    'Page non trouvée',
    'Cette page de résultats n’existe pas ou n’est pas publiée.',
    html`<h1>Page non trouvée</h1>
<p class="fr-text--lead">Ces résultats n’existent pas ou ne sont pas publiés.</p>
<p><a class="fr-link" href="${PUBLIC_HOME}">Voir les saisons publiées</a></p>`,
  );
}
