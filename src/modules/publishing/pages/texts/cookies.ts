import { sessionCookie } from "../../../../platform/auth/sessions.ts";

export interface CookieInfo {
  name: string;
  purpose: string;
  setWhen: string;
  lifetime: string;
}

/**
 * Every cookie the platform sets – all strictly necessary, none for tracking. The test in
 * pages.test.ts compares this list with the cookies the app really sends.
 */
export function necessaryCookies(sessionDays: number): CookieInfo[] {
  return [
    {
      name: sessionCookie,
      purpose:
        "Hält Sie nach der Anmeldung angemeldet. Das Cookie enthält nur eine zufällige Kennung; auf dem Server speichern wir davon lediglich einen Prüfwert (Hash), Ihr Konto und das Ablaufdatum.",
      setWhen: "wenn Sie sich anmelden",
      lifetime: `${sessionDays} Tage nach der Anmeldung; es wird gelöscht, sobald Sie sich abmelden`,
    },
    {
      name: "_csrf",
      purpose:
        "Schützt Formulare davor, dass eine fremde Website sie in Ihrem Namen absendet (Schutz vor „Cross-Site Request Forgery“). Das Cookie enthält einen zufälligen, signierten Wert und keine Angaben zu Ihrer Person.",
      setWhen: "wenn Sie eine Seite mit einem Formular öffnen, etwa mit dem Newsletter-Feld am Seitenende",
      lifetime: "bis Sie den Browser schließen (Sitzungs-Cookie)",
    },
  ];
}
