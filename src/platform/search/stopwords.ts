// German words without meaning for search, plus fillers typical of problem statements
// ("Wir haben das Problem, dass es kaum …"). Normalised by german.ts on load.
export const STOPWORDS: readonly string[] = `
  der die das den dem des ein eine einer eines einem einen
  ich du er sie es wir ihr mich mir dich dir ihn ihm uns euch ihnen sich
  mein meine meiner meines meinem meinen dein deine deiner deines deinem deinen
  sein seine seiner seines seinem seinen ihre ihrer ihres ihrem ihren
  unser unsere unserer unseres unserem unseren euer eure eurer eures eurem euren
  dies diese dieser dieses diesem diesen jene jener jenes jenem jenen
  welche welcher welches welchem welchen derselbe dieselbe dasselbe derjenige diejenige dasjenige
  man jemand niemand etwas nichts alle aller alles allem allen jeder jede jedes jedem jeden
  manche mancher manches manchem manchen einige einiger einiges einigen solche solcher solches solchem solchen
  kein keine keiner keines keinem keinen andere anderer anderes anderem anderen selbst selber
  wer wen wem wessen was wo wohin woher wann warum weshalb wieso weswegen wie womit wofür worum worüber wodurch
  ab an am ans auf aufs aus ausser bei beim bis durch fürs für gegen hinter hinters in im ins mit nach neben ohne seit
  über übers um ums unter von vom vor vors während wegen zu zum zur zwischen trotz statt anstatt
  innerhalb ausserhalb oberhalb unterhalb gegenüber entlang gemäss per via bzgl bezüglich hinsichtlich
  und oder aber denn sondern dass daß ob weil wenn als wie sowie bzw beziehungsweise sodass damit obwohl obgleich
  falls sofern solange sobald nachdem bevor indem sowohl weder noch entweder doch jedoch dennoch sonst also
  usw etc ggf evtl bspw zb ua uvm
  bin bist ist sind seid war warst waren wart gewesen wäre wären
  haben habe hast hat habt hatte hattest hatten hätte hätten gehabt
  werden werde wirst wird werdet wurde wurden worden würde würden geworden
  können kann kannst könnt konnte konnten könnte könnten gekonnt
  müssen muss musst müsst musste mussten müsste müssten
  sollen soll sollst sollt sollte sollten wollen will willst wollt wollte wollten
  dürfen darf darfst dürft durfte durften dürfte dürften mögen mag magst möchte möchten mochte mochten
  lassen lässt liess gibt gab gäbe geben gegeben tun tut getan machen macht gemacht
  auch sehr kaum nicht nur noch schon immer ja nein so da dort hier dann jetzt nun mal eben gar ganz etwa eher
  oft selten viel viele vielen vieler vieles wenig wenige wenigen weniger mehr meist meistens mehrere
  zwar sogar bereits fast beinahe genau gerade gleich wieder wirklich einfach eigentlich irgendwie irgendwo
  leider bitte gerne gern halt wohl vielleicht ziemlich besonders ausserdem zudem deshalb daher darum deswegen
  trotzdem dabei dafür dagegen danach davon dazu darauf daran darin darüber darunter hierzu hierbei hiermit
  derzeit zurzeit momentan aktuell bisher stets nie niemals manchmal überhaupt insbesondere teilweise
  genug innen sowas jemals irgendein irgendeine irgendwelche
`
  .split(/\s+/)
  .filter(Boolean);
