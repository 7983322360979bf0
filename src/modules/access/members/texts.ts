/** The German texts of a municipality's members page and the mails it sends. */

export const memberLabels = { name: "Name", email: "E-Mail-Adresse", role: "Rolle" };

export const notices: Record<string, string> = {
  eingeladen: "Die Einladung ist verschickt. Der Link darin ist 7 Tage gültig.",
  rolle: "Die Rolle ist geändert.",
  entfernt: "Die Person gehört nicht mehr zu dieser Kommune; ihre Sitzungen sind beendet.",
};

export const notFoundTexts = { municipality: "Die Kommune", member: "Das Mitglied" };

export const invitationMail = (name: string, municipality: string, inviter: string, url: string) => ({
  subject: `Einladung zu K360 für ${municipality}`,
  text: `Guten Tag ${name},\n\n${inviter} lädt Sie ein, bei K360 für ${municipality} mitzuarbeiten. Mit diesem Link richten Sie Ihr Konto ein. Er ist 7 Tage gültig:\n\n${url}\n\nErwarten Sie keine Einladung, können Sie diese E-Mail ignorieren.\n`,
});

/** What an address that already has an account gets instead of a new one (a request or an invitation). */
export const alreadyRegisteredMail = (baseUrl: string) => ({
  subject: "Sie haben bereits ein Konto bei K360",
  text: `Guten Tag,\n\nfür diese Adresse besteht bereits ein Konto bei K360. Sie können sich hier anmelden, auch mit einem Link per E-Mail:\n\n${baseUrl}/anmelden\n\nHaben Sie Ihr Passwort vergessen, legen Sie hier ein neues fest: ${baseUrl}/passwort-vergessen\n`,
});
