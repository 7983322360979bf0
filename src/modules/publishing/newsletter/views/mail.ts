import { randomUUID } from "node:crypto";
import { renderToString } from "preact-render-to-string";
import type { MailMessage } from "../../../../platform/mail/mailer.ts";
import type { Issue, IssueContent } from "../queries.ts";
import { editorialForMail } from "./markdown.ts";
import { markdownToText } from "./plain-text.ts";
import { eventLine } from "./event-line.ts";
import { MailDocument } from "./mail-document.tsx";
import { imprintLines } from "../texts.ts";

/** A newsletter mail: HTML with a plain-text alternative, its fixed Message-ID and the one-click unsubscribe headers (RFC 8058). */
export interface NewsletterMail extends MailMessage {
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

/** An issue's mail rendered once; each subscriber's copy differs only in the unsubscribe link. */
export interface IssueTemplate {
  subject: string;
  text: string;
  html: string;
  placeholder: string;
}

export const unsubscribeUrl = (baseUrl: string, token: string) => `${baseUrl}/newsletter/abmelden/${token}`;
const webUrl = (baseUrl: string, number: string) => `${baseUrl}/newsletter/${number}`;

function plainText(issue: Pick<Issue, "number" | "title" | "editorial">, content: IssueContent, baseUrl: string, unsubscribe: string): string {
  const heading = `Newsletter der Initiative Kommune 360° – Nr. ${issue.number}`;
  const parts = [`${heading}\n\n${issue.title}\n${"=".repeat(Math.min(issue.title.length, 72))}`];
  if (issue.editorial) parts.push(markdownToText(issue.editorial, baseUrl));
  if (content.articles.length) {
    parts.push(
      `AUS DEM MAGAZIN\n\n${content.articles.map((a) => `* ${a.title}\n${a.teaser ? `  ${a.teaser}\n` : ""}  ${baseUrl}/magazin/${a.slug}`).join("\n\n")}`,
    );
  }
  if (content.reports.length) {
    parts.push(
      `AUS DER PRAXIS\n\n${content.reports.map((r) => `– ${r.title}\n  Praxisbeispiel aus ${r.municipality}\n  ${baseUrl}/austausch/berichte/${r.id}`).join("\n\n")}`,
    );
  }
  if (content.events.length) {
    parts.push(`TERMINE\n\n${content.events.map((e) => `* ${e.title}\n  ${eventLine(e)}\n  ${baseUrl}/termine/${e.id}`).join("\n\n")}`);
  }
  parts.push(`--\nIm Browser lesen: ${webUrl(baseUrl, issue.number)}\nNewsletter abbestellen: ${unsubscribe}\n\n${imprintLines(baseUrl).join("\n")}\n`);
  return parts.join("\n\n");
}

/** Renders an issue's mail once, with a random placeholder where each copy's unsubscribe link goes. */
export function issueTemplate(issue: Pick<Issue, "number" | "title" | "editorial">, content: IssueContent, baseUrl: string): IssueTemplate {
  const placeholder = `${baseUrl}/newsletter/abmelden/platzhalter-${randomUUID()}`;
  const html = renderToString(
    MailDocument({
      number: issue.number,
      title: issue.title,
      editorialHtml: editorialForMail(issue.editorial, baseUrl),
      content,
      baseUrl,
      webUrl: webUrl(baseUrl, issue.number),
      unsubscribeUrl: placeholder,
    }),
  );
  return {
    subject: `Newsletter Nr. ${issue.number}: ${issue.title}`,
    text: plainText(issue, content, baseUrl, placeholder),
    html: `<!doctype html>${html}`,
    placeholder,
  };
}

/** One subscriber's copy of an issue's mail. */
export function personalMail(template: IssueTemplate, to: string, messageId: string, unsubscribe: string): NewsletterMail {
  return {
    to,
    subject: template.subject,
    text: template.text.replaceAll(template.placeholder, unsubscribe),
    html: template.html.replaceAll(template.placeholder, unsubscribe),
    messageId,
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
