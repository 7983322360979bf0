/** German texts of the comments: states, field labels, messages, notices, netiquette and mails. */

export const commentStatuses = {
  pending: "Wartet auf Freigabe",
  approved: "Freigegeben",
  rejected: "Abgelehnt",
  spam: "Spam",
  removed: "Entfernt",
} as const;
export type CommentStatus = keyof typeof commentStatuses;
export const isCommentStatus = (v: string): v is CommentStatus => v in commentStatuses;

export const statusKinds: Record<CommentStatus, "info" | "success" | "warning" | "danger"> = {
  pending: "info",
  approved: "success",
  rejected: "warning",
  spam: "danger",
  removed: "warning",
};

export const limits = { nameMin: 2, name: 80, body: 5000, email: 254, perAddressAndHour: 5 };

export const fieldLabels: Record<string, string> = {
  commentName: "Ihr Name",
  commentEmail: "Ihre E-Mail-Adresse",
  commentBody: "Ihr Kommentar",
  commentParent: "Antwort auf",
  netiquette: "Netiquette",
};

export const editLabels: Record<string, string> = { commentName: "Name", commentBody: "Text des Kommentars" };

const count = (n: number) => n.toLocaleString("de-DE");

export const messages = {
  name: `Bitte geben Sie einen Namen mit ${limits.nameMin} bis ${limits.name} Zeichen ein.`,
  email: "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
  bodyEmpty: "Bitte schreiben Sie Ihren Kommentar.",
  bodyTooLong: (n: number) => `Ihr Kommentar hat ${count(n)} Zeichen. Bitte kürzen Sie ihn auf höchstens ${count(limits.body)} Zeichen.`,
  netiquette: "Bitte bestätigen Sie, dass Sie die Netiquette gelesen haben und sich daran halten.",
  parent: "Auf diesen Kommentar kann nicht geantwortet werden. Antworten sind nur auf freigegebene Kommentare der ersten Ebene dieses Beitrags möglich.",
  blocked: "Mit dieser E-Mail-Adresse können keine Kommentare geschrieben werden. Bei Fragen wenden Sie sich bitte an die Redaktion.",
  tooMany: `Mit dieser E-Mail-Adresse wurden in der letzten Stunde schon ${limits.perAddressAndHour} Kommentare geschrieben. Bitte versuchen Sie es später noch einmal.`,
  closed: "Zu diesem Beitrag können keine Kommentare mehr geschrieben werden.",
  transition: "Dieser Kommentar hat inzwischen einen anderen Stand. Bitte laden Sie die Seite neu.",
};

/** What a 404 names. */
export const notFoundTexts = { article: "Der Beitrag", comment: "Der Kommentar", blocked: "Die gesperrte Adresse" };

export const receivedNotice = "Danke! Ihr Kommentar erscheint, sobald die Redaktion ihn freigegeben hat.";
export const removedNote = "Dieser Kommentar wurde von der Moderation entfernt.";
export const erasedNote = "Dieser Kommentar wurde auf Wunsch gelöscht.";
export const editedNote = "bearbeitet von der Moderation";
export const netiquetteConsent = "Ich habe die Netiquette gelesen und halte mich daran";

/** The netiquette in short: what a comment here should be and what the editors remove. */
export const netiquette = [
  "Bleiben Sie beim Thema des Beitrags und schreiben Sie sachlich und freundlich – auch bei anderer Meinung.",
  "Keine Beleidigungen, keine Diskriminierung, keine Drohungen und nichts, was gegen Gesetze verstößt.",
  "Schreiben Sie nichts Persönliches über Dritte, etwa Namen von Kindern, Familien oder Fallbeispiele, die jemand erkennen könnte.",
  "Werbung und reine Linklisten veröffentlichen wir nicht.",
  "Die Redaktion liest jeden Kommentar vor der Freigabe. Sie darf Tippfehler korrigieren, Kommentare ablehnen oder später entfernen.",
];

export const moderationNotices: Record<string, string> = {
  freigegeben: "Der Kommentar ist freigegeben. Die schreibende Person und die Autor:innen des Beitrags sind per E-Mail informiert.",
  abgelehnt: "Der Kommentar ist abgelehnt.",
  spam: "Der Kommentar ist als Spam markiert.",
  entfernt: "Der Kommentar ist entfernt. Unter dem Beitrag steht jetzt ein Hinweis der Moderation.",
  bearbeitet: "Der Kommentar ist geändert und als „bearbeitet von der Moderation“ gekennzeichnet.",
  gesperrt: "Die Adresse ist gesperrt. Ihre wartenden Kommentare sind als Spam markiert.",
  entsperrt: "Die Sperre ist aufgehoben.",
};

interface MailArticle {
  slug: string;
  title: string;
}

/** The mail to the commenter once the comment is shown. */
export function approvedMail(item: { id: number; name: string }, article: MailArticle, baseUrl: string) {
  return {
    subject: "Ihr Kommentar ist freigegeben",
    text: `Guten Tag ${item.name},\n\nvielen Dank für Ihren Kommentar zum Beitrag „${article.title}“. Die Redaktion hat ihn freigegeben; er steht jetzt unter dem Beitrag:\n\n${baseUrl}/magazin/${article.slug}#kommentar-${item.id}\n\nIhre E-Mail-Adresse wird nicht veröffentlicht.\n\nIhre Redaktion des Magazins Kommune 360°\n`,
  };
}

/** The mail to an author of the article when a comment under it is shown. */
export function authorMail(item: { id: number; name: string; body: string }, article: MailArticle, authorName: string, baseUrl: string) {
  return {
    subject: `Neuer Kommentar zu „${article.title}“`,
    text: `Guten Tag ${authorName},\n\nunter Ihrem Beitrag „${article.title}“ ist ein neuer Kommentar von ${item.name} erschienen:\n\n${item.body}\n\n${baseUrl}/magazin/${article.slug}#kommentar-${item.id}\n\nIhre Redaktion des Magazins Kommune 360°\n`,
  };
}

/** What the team reads when a comment waits. */
export const waitingNotice = (name: string) => ({
  subject: "Ein Kommentar wartet auf die Freigabe",
  text: `${name} hat im Magazin kommentiert. Der Kommentar erscheint, sobald ihn jemand aus dem Team freigibt.`,
  path: "/magazin/kommentare",
});

/** The comments' panel on "Mein K360". */
export const startTexts = {
  waiting: (n: number) => (n === 1 ? "1 Kommentar wartet auf die Freigabe" : `${n} Kommentare warten auf die Freigabe`),
  noneWaiting: "Kein Kommentar wartet auf die Freigabe.",
  queue: "Zur Moderation",
};
