/** German texts of the suggested working-group topics. */
export const clusterTexts = {
  title: "Themen für die AG-Treffen",
  program: "Das Programm",
  /** The name of a group whose municipalities share no topic that sets them apart. */
  otherTopics: "Weitere Themen",
  meetingsTitle: "Schon behandelt oder geplant",
  noMeetings: "Noch gibt es keine AG-Treffen in diesem Programm.",
  groupsTitle: "Vorgeschlagene Gruppen",
  covered: "Schon Thema bei:",
};
