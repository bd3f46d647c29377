import { type ReactNode, useEffect } from 'react';
import { LocalesMenuButton, useTranslate } from 'react-admin';
import { useHtmlLang } from '../../i18n/useHtmlLang';
import { Header } from '../../layout/Header';

/** A page reached without signing in (from an e-mail, or the login page), in the login page's frame. */
export const PublicPage = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  useHtmlLang();
  useEffect(() => {
    document.title = translate('aic.layout.documentTitle', { page: title });
  }, [translate, title]);
  return (
    <>
      <Header translate={translate}>
        <LocalesMenuButton />
      </Header>
      <main id="main-content" className="fr-container fr-py-6w">
        <div className="fr-grid-row">
          <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
            <h1>{title}</h1>
            {children}
          </div>
        </div>
      </main>
    </>
  );
};

/** Calls a public endpoint of the API; returns the status and the JSON body (if any). */
export async function postPublic(path: string, body: object, language: string): Promise<{ status: number; body: { message?: string; errors?: Record<string, string> } & Record<string, unknown> }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': language },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}
