import type { TopicTerms } from './types';

/** Spanish. */
export const ES: TopicTerms = {
  mediation:
    'mediación|mediador|buenos oficios|diplomacia|diplomático|diplomacia itinerante|plataforma de negociación|ministro de Asuntos Exteriores|canciller|cancillería|cumbre|enviado especial|embajador|embajada',
  'peace-talks':
    'conversaciones de paz|proceso de paz|acuerdo de paz|plan de paz|negociaciones de paz|negociación|negociar|negociador|delegación|ronda de negociaciones|concesión|acuerdo marco|hoja de ruta|memorando',
  war: 'guerra|alto el fuego|tregua|armisticio|hostilidades|ofensiva|contraofensiva|línea del frente|bombardeo|ataque aéreo|ataque con misiles|ataque con drones|invasión|tropas|combates|ocupación|anexión|intercambio de prisioneros',
  sanctions:
    'sanción|sanciones|embargo|controles a la exportación|congelación de activos|activos congelados|lista negra|tope de precios|sanciones secundarias|medidas restrictivas|prohibición de viajar',
  energy:
    'energía|energético|dependencia energética|seguridad energética|suministro energético|gas|gas natural|GNL|petróleo|petróleo crudo|gasoducto|oleoducto|refinería|central eléctrica|electricidad|red eléctrica|energías renovables|barril|combustible|tránsito de gas|central nuclear|OPEP',
  elections:
    'elección|elecciones|electoral|votación|voto|votante|elector|papeleta|colegio electoral|segunda vuelta|referéndum|candidato|campaña electoral|participación electoral|=presidenciales|=legislativas|comisión electoral|reelección',
  economy:
    'economía|económico|inflación|recesión|PIB|crecimiento económico|tipo de interés|tasa de interés|banco central|divisa|moneda|lira|rublo|presupuesto|deuda|déficit|desempleo|FMI|inversión|inversor|bolsa de valores',
  migration:
    'migración|migrante|migratorio|refugiado|asilo|solicitante de asilo|cruce de la frontera|deportación|desplazados|reasentamiento|traficante de personas|trata de personas|migración irregular|inmigración',
  nuclear:
    'nuclear|uranio|enriquecimiento|ojiva|arma nuclear|acuerdo nuclear|OIEA|no proliferación|proliferación|misil balístico|atómico|centrifugadora',
  terrorism:
    'terrorismo|terrorista|atentado|extremista|extremismo|yihadista|insurgente|insurgencia|terrorista suicida|atentado suicida|antiterrorista|radicalización|rehén',
  'human-rights':
    'derechos humanos|preso político|tortura|censura|libertad de expresión|libertad de prensa|represión|disidente|persecución|crímenes de guerra|genocidio|limpieza étnica|detención|arresto arbitrario',
  trade:
    'comercio|comercial|arancel|aranceles|exportación|importación|acuerdo comercial|libre comercio|unión aduanera|guerra comercial|cadena de suministro|OMC|déficit comercial|dumping',
  climate:
    'clima|climático|cambio climático|calentamiento global|emisiones|carbono|cero emisiones netas|COP|acuerdo de París|sequía|inundación|incendio forestal|ola de calor|contaminación|deforestación|biodiversidad',
  health:
    'salud|pandemia|epidemia|virus|vacuna|vacunación|brote|hospital|OMS|COVID|enfermedad|cólera|infección|salud pública|medicina',
  technology:
    'tecnología|tecnológico|ciber|ciberataque|ciberseguridad|hacker|pirata informático|ransomware|desinformación|inteligencia artificial|IA|semiconductor|chip|filtración de datos|vigilancia|internet|redes sociales|telecomunicaciones|satélite',
  security:
    'seguridad|defensa|militar|ejército|armada|fuerza aérea|OTAN|alianza|armas|armamento|venta de armas|ayuda militar|disuasión|rearme|maniobras militares|ejercicios militares|fuerzas armadas|inteligencia|servicio militar obligatorio|movilización',
  humanitarian:
    'humanitario|ayuda humanitaria|convoy humanitario|hambruna|inseguridad alimentaria|=civiles|evacuación|corredor humanitario|ACNUR|Cruz Roja|Media Luna Roja|agencias humanitarias',
  protests:
    'protesta|manifestante|manifestación|disturbios|huelga|levantamiento|gases lacrimógenos|enfrentamientos con la policía|desobediencia civil',
  corruption:
    'corrupción|corrupto|soborno|sobornos|malversación|blanqueo de capitales|lavado de dinero|fraude|cleptocracia|anticorrupción|oligarca|nepotismo|estado de derecho|independencia judicial',
  'territorial-disputes':
    'disputa territorial|integridad territorial|soberanía|anexionado|territorio en disputa|separatista|secesión|independentista|enclave|territorios ocupados|disputa fronteriza|conflicto congelado|autonomía',
  'regional-influence':
    'geopolítica|geopolítico|esfera de influencia|influencia|potencia regional|líder regional|gran potencia|rivalidad|vacío de poder|equilibrio de poder|política exterior|estratégico|multipolar|ambiciones',
  justice:
    'tribunal|juicio|veredicto|condenado|sentencia|acusación formal|CPI|Corte Penal Internacional|corte internacional|orden de arresto|orden de detención|extradición|recurso de apelación|fallo judicial',
};
