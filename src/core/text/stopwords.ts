// English words that carry no matching signal: function words, and support verbs.
const FUNCTION_WORDS =
  `a an the and or but nor so yet of in on at to for from by with without into onto over under about above below
  after before during since until while as than then there here this that these those it its it's they them their
  theirs he him his she her hers we us our you your i me my mine be is are was were been being have has had having
  do does did done not no yes also just only very more most much many some any all both each every other another
  such own same too can could will would shall should may might must which who whom whose what when where why how
  if because though although whether again further once out up down off through between against among around
  said says say told tell according reported reportedly report reports claim claimed claims added adds noted notes
  believe believes believed think thinks thought
  notes one's s t mr mrs ms new now still even well back way week weeks day days month months year years time
  however meanwhile moreover indeed therefore thus later earlier last first next ago recently recent`.split(/\s+/).filter(Boolean);

/**
 * Verbs that only carry the deed their object names ("carried out public executions", "conducted a raid"): the deed
 * is matched as a deed; the verb itself would tie the sentence to any claim whose source happened to use it too.
 */
const SUPPORT_VERBS = 'carry carries carried carrying conduct conducts conducted conducting'.split(' ');

export const STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...SUPPORT_VERBS]);
