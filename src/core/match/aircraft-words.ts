// The words for military aircraft that news copy makes the doer of a strike ("Egyptian warplanes turned the convoy
// back", "jets hit the port"): read as the strike's owner, as a bombardment, and as an armed body a tie can describe.

export const AIRCRAFT_NOUNS: readonly string[] = ['jets', 'warplanes', 'planes', 'aircraft', 'bombers', 'drones', 'helicopters'];
