import type { IssueContent } from "../queries.ts";
import { eventLine } from "./event-line.ts";
import { imprintLines } from "../texts.ts";

// Mail programs ignore the site's stylesheet: the few rules live in the mail itself.
const style = `
body { margin: 0; padding: 0; background: #f4f5f7; color: #1c1c1c; font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; }
.wrap { max-width: 640px; margin: 0 auto; padding: 24px; background: #ffffff; }
a { color: #0b4f8a; }
h1 { font-size: 26px; line-height: 1.25; margin: 8px 0 16px; }
h2 { font-size: 21px; margin: 32px 0 8px; }
h3 { font-size: 18px; margin: 20px 0 4px; }
.meta { color: #4a4a4a; font-size: 14px; margin: 0; }
address { font-style: normal; margin-top: 12px; }
footer { margin-top: 40px; padding-top: 16px; border-top: 1px solid #c8c8c8; font-size: 14px; color: #4a4a4a; }
`;

export interface MailDocumentProps {
  number: string;
  title: string;
  editorialHtml: string;
  content: IssueContent;
  baseUrl: string;
  webUrl: string;
  unsubscribeUrl: string;
}

/** Why the reader gets the mail, how to stop it, and who sends it (the provider's identification). */
function MailFooter(props: { baseUrl: string; unsubscribeUrl: string }) {
  return (
    <footer>
      <p>Sie erhalten diesen Newsletter, weil Sie den Newsletter der Initiative Kommune 360° abonniert haben.</p>
      <p>
        <a href={props.unsubscribeUrl}>Newsletter abbestellen</a> · <a href={`${props.baseUrl}/datenschutz`}>Datenschutz</a> ·{" "}
        <a href={`${props.baseUrl}/impressum`}>Impressum</a>
      </p>
      <address>
        {imprintLines(props.baseUrl)
          .slice(0, -1)
          .map((line, i) => (
            <>
              {i > 0 && <br />}
              {line}
            </>
          ))}
      </address>
    </footer>
  );
}

/** The HTML part of a newsletter mail: a small, accessible document of its own. */
export function MailDocument(mailDocumentProps: MailDocumentProps) {
  return (
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`Newsletter Nr. ${mailDocumentProps.number}`}</title>
        <style>{style}</style>
      </head>
      <body>
        <div class="wrap">
          <p class="meta">
            <a href={mailDocumentProps.webUrl}>Im Browser lesen</a>
          </p>
          <header>
            <p class="meta">Newsletter der Initiative Kommune 360° · Nr. {mailDocumentProps.number}</p>
            <h1>{mailDocumentProps.title}</h1>
          </header>
          <main>
            <div dangerouslySetInnerHTML={{ __html: mailDocumentProps.editorialHtml }} />
            {mailDocumentProps.content.articles.length > 0 && <h2>Aus dem Magazin</h2>}
            {mailDocumentProps.content.articles.map((a) => (
              <>
                <h3>
                  <a href={`${mailDocumentProps.baseUrl}/magazin/${a.slug}`}>{a.title}</a>
                </h3>
                {a.teaser && <p>{a.teaser}</p>}
              </>
            ))}
            {mailDocumentProps.content.reports.length > 0 && <h2>Aus der Praxis</h2>}
            {mailDocumentProps.content.reports.map((r) => (
              <>
                <h3>
                  <a href={`${mailDocumentProps.baseUrl}/austausch/berichte/${r.id}`}>{r.title}</a>
                </h3>
                <p>Praxisbeispiel aus {r.municipality}</p>
              </>
            ))}
            {mailDocumentProps.content.events.length > 0 && <h2>Termine</h2>}
            {mailDocumentProps.content.events.map((e) => (
              <>
                <h3>
                  <a href={`${mailDocumentProps.baseUrl}/termine/${e.id}`}>{e.title}</a>
                </h3>
                <p>{eventLine(e)}</p>
              </>
            ))}
          </main>
          <MailFooter baseUrl={mailDocumentProps.baseUrl} unsubscribeUrl={mailDocumentProps.unsubscribeUrl} />
        </div>
      </body>
    </html>
  );
}
