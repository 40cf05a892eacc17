/**
 * Context words that tell which reading of a name is meant. General English newsroom vocabulary,
 * not names: they decide between a capital as a city and as its government, or a surname and a state.
 */

/** Before a name, these make it a place: "in Ankara", "flew to Moscow". */
export const PLACE_BEFORE = new Set(
  'in at near to from into outside inside across around via visited visit visiting toward towards arrived reached north south east west northern southern eastern western central'.split(
    ' ',
  ),
);

/** After a name, these make it an agent (a government, an organisation, a person): "Moscow warned". */
export const AGENT_AFTER = new Set(
  'said says say told warned warns announced announces insisted accused accuses rejected rejects demanded demands urged urges denied denies claimed claims wants wanted believes responded agreed agrees refused refuses threatened threatens signed signs condemned condemns pledged pledges vowed vows called calls sought seeks hopes has had will would could should must may might'.split(
    ' ',
  ),
);

/** Before a name, these make it an agent too: "talks with Ankara", "pressure on Moscow". */
export const AGENT_BEFORE = new Set(
  'with against between by on versus vs urged asked told pressed accused'.split(' '),
);

/** Before a name, these make it a person: "President Erdogan", "Mr Fidan". */
export const PERSON_BEFORE = new Set(
  'president minister premier chancellor mr mrs ms miss dr prof sir lord lady king queen prince princess sheikh emir sultan pope cardinal bishop rabbi imam ayatollah general gen col colonel lt major maj capt captain admiral commander sgt senator sen rep representative governor gov mayor judge justice ambassador envoy secretary spokesman spokeswoman spokesperson chairman chairwoman chair ceo director leader chief coach striker midfielder defender goalkeeper forward champion mp deputy adviser advisor aide official officer prosecutor lawyer attorney said'.split(
    ' ',
  ),
);

/** After a name, these make it a place: "Paris airport", "Moscow region". */
export const PLACE_AFTER = new Set(
  'city region province district airport area suburbs suburb streets street port border outskirts'.split(' '),
);
