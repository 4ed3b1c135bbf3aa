// A count given by a doctor, a nurse or a hospital: medics treat whoever is brought in, so their figures of the
// dead and wounded ("a doctor said dozens had been hurt", "a nurse said staff were treating children wounded by
// shelling") tell of no party's losses unless the sentence itself names whose they were.

/** Who speaks for a hospital in news copy: the medic, the medical source, the hospital's officials or staff. */
const MEDICAL_SPEAKER = /\b(?:doctors?|nurses?|medics?|paramedics?|surgeons?|medical\s+(?:sources?|officials?|staff|workers?|teams?|director)|hospital\s+(?:officials?|sources?|staff|director|workers?|records))\b/i;

/** Deeds that make casualties: a claim telling one of them counts someone's dead or wounded. */
const CASUALTY_DEEDS: ReadonlySet<string> = new Set(['kill', 'wound']);

/** Whether the sentence gives its casualties on the word of a medic or a hospital. */
export function toldByMedics(text: string): boolean {
  return MEDICAL_SPEAKER.test(text);
}

/** Whether a claim tells of someone killed or wounded. */
export function tellsCasualties(actions: readonly string[]): boolean {
  return actions.some((a) => CASUALTY_DEEDS.has(a));
}
