import type { TopicTerms } from './types';

/** German: compounds listed whole, as German writes them. */
export const DE: TopicTerms = {
  mediation:
    'Vermittlung|Vermittler|Vermittlerrolle|vermitteln|Mediation|Diplomatie|diplomatisch|Diplomat|Pendeldiplomatie|Verhandlungsplattform|Außenminister|Außenministerin|Außenministerium|Gipfel|Gipfeltreffen|Sondergesandter|Gesandter|Botschafter|gute Dienste',
  'peace-talks':
    'Friedensgespräche|Friedensprozess|Friedensabkommen|Friedensplan|Friedensverhandlungen|Verhandlung|verhandeln|Unterhändler|Delegation|Verhandlungsrunde|Zugeständnis|Einigung|Rahmenabkommen|Absichtserklärung',
  war: 'Krieg|Waffenstillstand|Waffenruhe|Feuerpause|Kampfhandlungen|Offensive|Gegenoffensive|Frontlinie|Beschuss|Luftangriff|Raketenangriff|Drohnenangriff|Invasion|Truppen|Gefechte|Kämpfe|Besatzung|Annexion|Gefangenenaustausch',
  sanctions:
    'Sanktion|Sanktionen|Sanktionspaket|Embargo|Exportkontrollen|Einfrieren von Vermögenswerten|eingefrorene Vermögenswerte|schwarze Liste|Preisobergrenze|Preisdeckel|Sekundärsanktionen|restriktive Maßnahmen|Einreiseverbot',
  energy:
    'Energie|Energieabhängigkeit|Energiesicherheit|Energieversorgung|Gas|Erdgas|Flüssiggas|LNG|Öl|Erdöl|Rohöl|Pipeline|Gaspipeline|Raffinerie|Kraftwerk|Strom|Stromnetz|Kohle|erneuerbare Energien|Barrel|Treibstoff|Kraftstoff|Gastransit|Atomkraftwerk|Kernkraftwerk|OPEC',
  elections:
    'Wahl|Wahlen|Wahlkampf|Wahlbeteiligung|Wähler|Abstimmung|Stimmzettel|Wahllokal|Stichwahl|Referendum|Volksabstimmung|Kandidat|Präsidentschaftswahl|Parlamentswahl|Bundestagswahl|Wahlkommission|Wiederwahl',
  economy:
    'Wirtschaft|wirtschaftlich|Inflation|Rezession|BIP|Wachstum|Wirtschaftswachstum|Zinssatz|Leitzins|Zinsen|Zentralbank|Währung|Lira|Rubel|Staatshaushalt|Schulden|Defizit|Arbeitslosigkeit|IWF|Investition|Investor|Börse|Anleihe',
  migration:
    'Migration|Migrant|Flüchtling|Asyl|Asylbewerber|Grenzübertritt|Abschiebung|Vertriebene|Binnenvertriebene|Umsiedlung|Schleuser|Menschenhandel|irreguläre Migration|Zuwanderung|Einwanderung',
  nuclear:
    'nuklear|Uran|Urananreicherung|Anreicherung|Sprengkopf|Atomwaffe|Atomwaffen|Atomabkommen|IAEA|IAEO|Nichtverbreitung|ballistische Rakete|atomar|Zentrifuge|Atomprogramm',
  terrorism:
    'Terrorismus|Terrorist|Terroranschlag|Anschlag|Extremist|Extremismus|Dschihadist|Militante|Aufständische|Selbstmordattentäter|Bombenanschlag|Terrorbekämpfung|Radikalisierung|Geisel',
  'human-rights':
    'Menschenrechte|Menschenrechtler|Menschenrechtsorganisation|politischer Gefangener|Folter|Zensur|Meinungsfreiheit|Pressefreiheit|Unterdrückung|Repression|Dissident|Verfolgung|Kriegsverbrechen|Völkermord|ethnische Säuberung|Haft|willkürliche Festnahme',
  trade:
    'Handel|Zoll|Zölle|Strafzölle|Export|Exporte|Import|Handelsabkommen|Freihandel|Zollunion|Handelskrieg|Lieferkette|WTO|Handelsdefizit|Dumping',
  climate:
    'Klima|Klimawandel|Erderwärmung|Emissionen|Kohlenstoff|Klimaneutralität|Dürre|Hochwasser|Überschwemmung|Waldbrand|Hitzewelle|Umweltverschmutzung|Abholzung|Artenvielfalt|Biodiversität',
  health:
    'Gesundheit|Pandemie|Epidemie|Virus|Impfstoff|Impfung|Krankenhaus|WHO|COVID|Krankheit|Cholera|Infektion|öffentliche Gesundheit|Medizin',
  technology:
    'Technologie|Cyber|Cyberangriff|Hacker|Hackerangriff|Ransomware|Desinformation|künstliche Intelligenz|KI|Halbleiter|Chip|Chips|Datenleck|Überwachung|Internet|soziale Medien|Telekommunikation|Satellit',
  security:
    'Sicherheit|Verteidigung|Militär|militärisch|Armee|Luftwaffe|NATO|Bündnis|Allianz|Waffen|Waffenlieferungen|Rüstung|Militärhilfe|Abschreckung|Aufrüstung|Militärübung|Manöver|Streitkräfte|Bundeswehr|Geheimdienst|Wehrpflicht|Mobilmachung|Mobilisierung',
  humanitarian:
    'humanitär|humanitäre Hilfe|Hilfskonvoi|Hungersnot|Ernährungsunsicherheit|Zivilisten|Zivilbevölkerung|Evakuierung|Notunterkunft|humanitärer Korridor|UNHCR|Rotes Kreuz|Roter Halbmond|Hilfsorganisationen',
  protests:
    'Protest|Demonstrant|Demonstration|Kundgebung|Krawalle|Unruhen|Streik|Aufstand|Tränengas|Zusammenstöße mit der Polizei|ziviler Ungehorsam',
  corruption:
    'Korruption|korrupt|Bestechung|Bestechungsgeld|Veruntreuung|Unterschlagung|Geldwäsche|Betrug|Kleptokratie|Korruptionsbekämpfung|Oligarch|Vetternwirtschaft|Rechtsstaatlichkeit|Rechtsstaat|Unabhängigkeit der Justiz',
  'territorial-disputes':
    'Territorialstreit|territoriale Integrität|Souveränität|annektiert|umstrittenes Gebiet|Separatist|Abspaltung|Sezession|Enklave|besetzte Gebiete|Grenzstreit|eingefrorener Konflikt|Autonomie',
  'regional-influence':
    'Geopolitik|geopolitisch|Einflusssphäre|Einfluss|Regionalmacht|Großmacht|Rivalität|Machtvakuum|Gleichgewicht der Kräfte|Außenpolitik|strategisch|multipolar|Ambitionen',
  justice:
    'Gericht|Prozess|Urteil|verurteilt|Anklage|Anklageschrift|IStGH|Internationaler Strafgerichtshof|Strafgerichtshof|Tribunal|Haftbefehl|Klage',
};
