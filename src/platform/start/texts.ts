/** The German texts of "Mein K360". */
export const startTexts = {
  title: "Mein K360",
  intro: "Was Sie jetzt betrifft: Fristen, Termine und was auf Sie wartet.",
  nothing: "Für Ihre Rolle gibt es hier noch keine Übersicht.",
  notifications: "Benachrichtigungen einstellen",
};
