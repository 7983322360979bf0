/** German texts of the problem finder. */
export const messages = {
  describe: "Bitte beschreiben Sie Ihr Problem mit ein paar Worten.",
};

/** What each kind of hit is called in the result list. */
export const kindLabels = { bericht: "Praxisbeispiel", vorhaben: "Veränderungsvorhaben", kommune: "Kommune" };
