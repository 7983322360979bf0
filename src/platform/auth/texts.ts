/** The German texts of logging in: the mails with one-time links and the messages of the forms. */
import type { LinkPurpose } from "./service.ts";

export const linkMails: Record<LinkPurpose, (name: string, url: string) => { subject: string; text: string }> = {
  login: (name, url) => ({
    subject: "Ihr Anmeldelink für K360",
    text: `Guten Tag ${name},\n\nmit diesem Link melden Sie sich bei K360 an. Er ist 20 Minuten gültig und funktioniert einmal:\n\n${url}\n\nHaben Sie keinen Link angefordert, können Sie diese E-Mail ignorieren.\n`,
  }),
  reset: (name, url) => ({
    subject: "Neues Passwort für K360",
    text: `Guten Tag ${name},\n\nmit diesem Link legen Sie ein neues Passwort fest. Er ist 60 Minuten gültig:\n\n${url}\n\nHaben Sie das nicht angefordert, bleibt Ihr bisheriges Passwort gültig.\n`,
  }),
};

export const authMessages = {
  wrongLogin: "E-Mail-Adresse oder Passwort stimmen nicht.",
  passwordsDiffer: "Die beiden Passwörter stimmen nicht überein.",
};
