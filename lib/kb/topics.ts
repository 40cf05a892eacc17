import type { Topic } from '../model';

// Terms are matched whole-word and case-insensitively except
// all-capital abbreviations (WHO, AI), which match only in capitals; the detector adds plural forms of the last
// word ("sanction" → "sanctions"), so list the singular unless the plural means something else.
const t = (id: string, label: string, terms: string): Topic => ({ id, label, terms: terms.split('|') });

/** The starter taxonomy of news topics. Readers extend it with their own topics and terms. */
export const TOPICS: Topic[] = [
  t(
    'mediation',
    'Diplomacy and mediation',
    'mediation|mediator|mediate|mediated|mediating|go-between|broker|brokered|brokering|good offices|facilitator|diplomacy|diplomatic|diplomat|shuttle diplomacy|negotiation platform|host talks|hosted talks|foreign minister|foreign ministry|summit|envoy|ambassador',
  ),
  t(
    'peace-talks',
    'Peace talks and negotiations',
    'peace talks|peace talk|peace process|peace deal|peace agreement|peace plan|peace negotiations|negotiation|negotiate|negotiated|negotiator|talks|round of talks|delegation|concession|settlement|framework agreement|roadmap|memorandum',
  ),
  t(
    'war',
    'War and ceasefire',
    'war|ceasefire|cease-fire|truce|armistice|hostilities|offensive|counteroffensive|frontline|front line|shelling|airstrike|air strike|missile strike|drone strike|invasion|troops|battle|casualties|occupation|annexation|combat|prisoner exchange',
  ),
  t(
    'sanctions',
    'Sanctions',
    'sanction|sanctioned|embargo|export controls|asset freeze|frozen assets|blacklist|price cap|secondary sanctions|restrictive measures|travel ban',
  ),
  t(
    'energy',
    'Energy',
    'energy|energy dependence|energy security|energy supply|gas|natural gas|LNG|oil|crude|pipeline|refinery|OPEC|power plant|electricity|grid|coal|renewable|barrel|fuel|gas transit|nuclear power plant',
  ),
  t(
    'elections',
    'Elections',
    'election|elections|electoral|vote|voter|voting|ballot|poll|polling station|runoff|referendum|candidate|campaign|turnout|parliamentary election|presidential election|electoral commission|re-election',
  ),
  t(
    'economy',
    'Economy',
    'economy|economic|inflation|recession|GDP|growth|interest rate|central bank|currency|lira|rouble|ruble|budget|debt|deficit|unemployment|IMF|investment|investor|stock market|bond',
  ),
  t(
    'migration',
    'Migration and refugees',
    'migration|migrant|refugee|asylum|asylum seeker|border crossing|deportation|displaced|displacement|resettlement|smuggler|human trafficking|irregular migration',
  ),
  t(
    'nuclear',
    'Nuclear weapons and programmes',
    'nuclear|uranium|enrichment|warhead|nuclear weapon|nuclear deal|IAEA|non-proliferation|proliferation|ballistic missile|atomic|centrifuge',
  ),
  t(
    'terrorism',
    'Terrorism and extremism',
    'terrorism|terrorist|terror attack|extremist|extremism|jihadist|militant|insurgent|insurgency|suicide bomber|bombing|counterterrorism|radicalisation|radicalization|hostage',
  ),
  t(
    'human-rights',
    'Human rights',
    'human rights|rights groups|political prisoner|torture|censorship|freedom of speech|press freedom|crackdown|dissident|persecution|war crimes|genocide|ethnic cleansing|repression|detention|arbitrary arrest',
  ),
  t(
    'trade',
    'Trade',
    'trade|tariff|export|import|trade deal|free trade|customs union|trade war|supply chain|WTO|trade deficit|quota|dumping',
  ),
  t(
    'climate',
    'Climate and environment',
    'climate|climate change|global warming|emissions|carbon|net zero|COP|paris agreement|drought|flood|wildfire|heatwave|pollution|deforestation|biodiversity',
  ),
  t(
    'health',
    'Health',
    'health|pandemic|epidemic|virus|vaccine|vaccination|outbreak|hospital|WHO|COVID|disease|cholera|infection|public health|medicine',
  ),
  t(
    'technology',
    'Technology and cyber',
    'technology|cyber|cyberattack|cyber attack|hacker|hacking|ransomware|disinformation|artificial intelligence|AI|semiconductor|chip|chips|data breach|surveillance|internet|social media|telecom|satellite',
  ),
  t(
    'security',
    'Security and defence',
    'security|defence|defense|military|army|navy|air force|NATO|alliance|weapons|arms|arms deal|military aid|deterrence|rearmament|military exercise|drills|armed forces|intelligence|conscription|mobilisation|mobilization',
  ),
  t(
    'humanitarian',
    'Humanitarian crises',
    'humanitarian|humanitarian aid|aid convoy|famine|food insecurity|starvation|relief|civilians|evacuation|shelter|humanitarian corridor|UNHCR|red cross|red crescent|aid agencies',
  ),
  t(
    'protests',
    'Protests and unrest',
    'protest|protester|protestor|demonstration|demonstrator|rally|riot|unrest|strike|uprising|march|tear gas|police clashes|civil disobedience',
  ),
  t(
    'corruption',
    'Corruption and rule of law',
    'corruption|corrupt|bribery|bribe|embezzlement|money laundering|fraud|kleptocracy|anti-corruption|graft|oligarch|nepotism|rule of law|judicial independence',
  ),
  t(
    'territorial-disputes',
    'Territorial disputes and separatism',
    'territorial dispute|territorial integrity|sovereignty|annexed|disputed territory|separatist|secession|breakaway|enclave|occupied territories|border dispute|reclaiming|reclaimed|frozen conflict|autonomy',
  ),
  t(
    'regional-influence',
    'Regional influence and geopolitics',
    'geopolitics|geopolitical|sphere of influence|influence|regional power|regional leader|great power|rivalry|power vacuum|leadership vacuum|balance of power|foreign policy|strategic|multipolar|ambitions',
  ),
  t(
    'justice',
    'Courts and international justice',
    'court|trial|verdict|sentenced|indictment|ICC|international court|tribunal|arrest warrant|extradition|lawsuit|ruling|appeal',
  ),
];
