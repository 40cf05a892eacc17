import type { TopicTerms } from './types';

/** French. */
export const FR: TopicTerms = {
  mediation:
    'médiation|médiateur|médiatrice|bons offices|diplomatie|diplomatique|diplomate|diplomatie de la navette|plateforme de négociation|ministre des Affaires étrangères|ministère des Affaires étrangères|Quai d’Orsay|sommet|émissaire|envoyé spécial|ambassadeur|ambassade',
  'peace-talks':
    'pourparlers|pourparlers de paix|processus de paix|accord de paix|plan de paix|négociation|négocier|négociateur|délégation|cycle de négociations|concession|règlement du conflit|accord-cadre|feuille de route|mémorandum',
  war: 'guerre|cessez-le-feu|trêve|armistice|hostilités|offensive|contre-offensive|ligne de front|bombardement|frappe aérienne|frappe de missile|frappe de drone|invasion|=troupes|combats|occupation|annexion|échange de prisonniers',
  sanctions:
    'sanction|embargo|contrôles à l’exportation|gel des avoirs|avoirs gelés|liste noire|plafonnement des prix|plafond de prix|sanctions secondaires|mesures restrictives|interdiction de voyager',
  energy:
    'énergie|énergétique|dépendance énergétique|sécurité énergétique|approvisionnement énergétique|gaz|gaz naturel|GNL|pétrole|pétrolier|gazoduc|oléoduc|pipeline|raffinerie|centrale électrique|électricité|réseau électrique|charbon|énergies renouvelables|baril|carburant|transit gazier|centrale nucléaire|OPEP',
  elections:
    'élection|électoral|scrutin|vote|voter|électeur|bulletin de vote|bureau de vote|second tour|référendum|candidat|campagne électorale|taux de participation|=législatives|=présidentielle|=présidentielles|commission électorale|réélection',
  economy:
    'économie|économique|inflation|récession|PIB|croissance|taux d’intérêt|banque centrale|monnaie|devise|livre turque|rouble|budget|dette|déficit|chômage|FMI|investissement|investisseur|bourse|obligations d’État',
  migration:
    'migration|migrant|migratoire|réfugié|asile|demandeur d’asile|passage de la frontière|expulsion|=déplacés|personnes déplacées|réinstallation|passeur|traite des êtres humains|immigration clandestine|immigration',
  nuclear:
    'nucléaire|uranium|enrichissement|ogive|arme nucléaire|accord sur le nucléaire|AIEA|non-prolifération|prolifération|missile balistique|atomique|centrifugeuse',
  terrorism:
    'terrorisme|terroriste|attentat|extrémiste|extrémisme|djihadiste|jihadiste|insurgé|insurrection|kamikaze|attentat-suicide|antiterroriste|radicalisation|otage',
  'human-rights':
    'droits de l’homme|droits humains|prisonnier politique|torture|censure|liberté d’expression|liberté de la presse|répression|dissident|persécution|crimes de guerre|génocide|nettoyage ethnique|détention|arrestation arbitraire',
  trade:
    'commerce|commercial|droits de douane|tarif douanier|exportation|importation|accord commercial|libre-échange|union douanière|guerre commerciale|chaîne d’approvisionnement|OMC|déficit commercial|dumping',
  climate:
    'climat|climatique|changement climatique|réchauffement climatique|émissions|carbone|neutralité carbone|COP|accord de Paris|sécheresse|inondation|incendie de forêt|canicule|pollution|déforestation|biodiversité',
  health:
    'santé|pandémie|épidémie|virus|vaccin|vaccination|hôpital|OMS|COVID|maladie|choléra|infection|santé publique|médecine',
  technology:
    'technologie|technologique|cyber|cyberattaque|cybersécurité|pirate informatique|piratage|rançongiciel|désinformation|intelligence artificielle|IA|semi-conducteur|puce électronique|fuite de données|surveillance|internet|réseaux sociaux|télécoms|satellite',
  security:
    'sécurité|défense|militaire|armée|marine nationale|armée de l’air|OTAN|alliance|armes|armement|vente d’armes|aide militaire|dissuasion|réarmement|exercice militaire|manœuvres|forces armées|renseignement|conscription|mobilisation',
  humanitarian:
    'humanitaire|aide humanitaire|convoi humanitaire|famine|insécurité alimentaire|=civils|évacuation|couloir humanitaire|HCR|Croix-Rouge|Croissant-Rouge|agences humanitaires',
  protests:
    'manifestation|manifestant|émeute|grève|soulèvement|gaz lacrymogène|heurts avec la police|désobéissance civile|contestation|protestation',
  corruption:
    'corruption|corrompu|pot-de-vin|pots-de-vin|détournement de fonds|blanchiment|blanchiment d’argent|fraude|kleptocratie|anticorruption|oligarque|népotisme|état de droit|indépendance de la justice',
  'territorial-disputes':
    'différend territorial|intégrité territoriale|souveraineté|annexé|territoire contesté|séparatiste|sécession|enclave|territoires occupés|différend frontalier|conflit gelé|autonomie',
  'regional-influence':
    'géopolitique|sphère d’influence|influence|puissance régionale|leader régional|grande puissance|rivalité|vide du pouvoir|équilibre des forces|politique étrangère|stratégique|multipolaire|ambitions',
  justice:
    'tribunal|procès|verdict|inculpation|acte d’accusation|CPI|Cour pénale internationale|cour internationale|mandat d’arrêt|extradition|poursuites judiciaires|jugement',
};
