import type { PersonRow } from '../people-data';
import { dated } from './people-common';

/**
 * International officials, religious leaders, laureates, activists and journalists. Heads of
 * international organisations keep `titles` empty (or an `office` that `STATE_WORDS` may learn
 * later): a title phrase needs a state to attach to.
 */
// biome-ignore format: one person a line reads as a table.
export const PEOPLE_WORLD: PersonRow[] = dated([
  // United Nations and its agencies
  { slug: 'antonio-guterres', name: 'António Guterres', country: 'PT', office: 'UN', titles: ['Secretary-General', 'Secretary General'], description: 'Secretary-General of the United Nations since January 2017; Prime Minister of Portugal 1995–2002.', surnames: ['Guterres'] },
  { slug: 'ban-ki-moon', name: 'Ban Ki-moon', country: 'KR', titles: [], description: 'Former Secretary-General of the United Nations (2007–2016).', names: ['Ban Ki Moon'] },
  { slug: 'kofi-annan', name: 'Kofi Annan', country: 'GH', titles: [], description: 'Former Secretary-General of the United Nations (1997–2006); Nobel Peace laureate 2001; died in 2018.', surnames: ['Annan'] },
  { slug: 'amina-mohammed', name: 'Amina J. Mohammed', country: 'NG', titles: [], description: 'Deputy Secretary-General of the United Nations since 2017.', names: ['Amina Mohammed'] },
  { slug: 'rafael-grossi', name: 'Rafael Grossi', country: 'AR', titles: [], description: 'Director General of the International Atomic Energy Agency (IAEA) since December 2019.', names: ['Rafael Mariano Grossi'], surnames: ['Grossi'] },
  { slug: 'mohamed-elbaradei', name: 'Mohamed ElBaradei', country: 'EG', titles: [], description: 'Former Director General of the IAEA (1997–2009); Nobel Peace laureate 2005.', surnames: ['ElBaradei'] },
  { slug: 'tedros-adhanom-ghebreyesus', name: 'Tedros Adhanom Ghebreyesus', country: 'ET', titles: [], description: 'Director-General of the World Health Organization since July 2017; Foreign Minister of Ethiopia 2012–2016.', names: ['Tedros Adhanom'], surnames: ['Tedros'] },
  { slug: 'kristalina-georgieva', name: 'Kristalina Georgieva', country: 'BG', titles: [], description: 'Managing Director of the International Monetary Fund since October 2019.', surnames: ['Georgieva'] },
  { slug: 'ajay-banga', name: 'Ajay Banga', country: 'US', titles: [], description: 'President of the World Bank since June 2023; Mastercard chief executive 2010–2020.', surnames: ['Banga'] },
  { slug: 'david-malpass', name: 'David Malpass', country: 'US', titles: [], description: 'Former President of the World Bank (2019–2023).', surnames: ['Malpass'] },
  { slug: 'ngozi-okonjo-iweala', name: 'Ngozi Okonjo-Iweala', country: 'NG', titles: [], description: 'Director-General of the World Trade Organization since March 2021; Finance Minister of Nigeria 2003–2006 and 2011–2015.', surnames: ['Okonjo-Iweala'] },
  { slug: 'volker-turk', name: 'Volker Türk', country: 'AT', titles: [], description: 'UN High Commissioner for Human Rights since October 2022.' },
  { slug: 'michelle-bachelet', name: 'Michelle Bachelet', country: 'CL', titles: [], description: 'Former President of Chile (2006–2010, 2014–2018) and UN High Commissioner for Human Rights (2018–2022).', surnames: ['Bachelet'] },
  { slug: 'filippo-grandi', name: 'Filippo Grandi', country: 'IT', titles: [], description: 'UN High Commissioner for Refugees since January 2016.' },
  { slug: 'tom-fletcher', name: 'Tom Fletcher', country: 'GB', titles: [], description: 'UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator since November 2024.' },
  { slug: 'martin-griffiths', name: 'Martin Griffiths', country: 'GB', titles: [], description: 'Former UN Under-Secretary-General for Humanitarian Affairs (2021–2024); UN envoy for Yemen 2018–2021.' },
  { slug: 'philippe-lazzarini', name: 'Philippe Lazzarini', country: 'CH', titles: [], description: 'Commissioner-General of UNRWA, the UN agency for Palestine refugees, since 2020.', surnames: ['Lazzarini'] },
  { slug: 'catherine-russell', name: 'Catherine Russell', country: 'US', titles: [], description: 'Executive Director of UNICEF since February 2022.' },
  { slug: 'francesca-albanese', name: 'Francesca Albanese', country: 'IT', titles: [], description: 'UN Special Rapporteur on the occupied Palestinian territories since 2022.' },
  { slug: 'hans-grundberg', name: 'Hans Grundberg', country: 'SE', titles: [], description: 'UN Special Envoy for Yemen since 2021.', surnames: ['Grundberg'] },
  { slug: 'simon-stiell', name: 'Simon Stiell', country: 'GD', titles: [], description: 'Executive Secretary of UN Climate Change (UNFCCC) since August 2022.', surnames: ['Stiell'] },
  // Courts
  { slug: 'karim-khan', name: 'Karim Khan', country: 'GB', titles: [], description: 'Prosecutor of the International Criminal Court since June 2021, on leave since May 2025 during a misconduct investigation.', names: ['Karim A. A. Khan', 'Karim Ahmad Khan'] },
  { slug: 'fatou-bensouda', name: 'Fatou Bensouda', country: 'GM', titles: [], description: 'Former Prosecutor of the International Criminal Court (2012–2021).', surnames: ['Bensouda'] },
  // NATO
  { slug: 'mark-rutte', name: 'Mark Rutte', country: 'NL', office: 'NATO', titles: ['Secretary General', 'Secretary-General'], description: 'Secretary General of NATO since October 2024; Prime Minister of the Netherlands 2010–2024.', surnames: ['Rutte'] },
  { slug: 'jaap-de-hoop-scheffer', name: 'Jaap de Hoop Scheffer', country: 'NL', titles: [], description: 'Former Secretary General of NATO (2004–2009).', surnames: ['de Hoop Scheffer'] },
  { slug: 'george-robertson', name: 'George Robertson', country: 'GB', titles: [], description: 'Former Secretary General of NATO (1999–2003); UK Defence Secretary 1997–1999.' },
  // Religious leaders
  { slug: 'pope-leo-xiv', name: 'Pope Leo XIV', country: 'US', titles: [], description: 'Pope since May 2025, the first from the United States; born Robert Francis Prevost, also a Peruvian citizen.', names: ['Leo XIV', 'Robert Francis Prevost', 'Robert Prevost'] },
  { slug: 'pope-francis', name: 'Pope Francis', country: 'AR', titles: [], description: 'Pope from 2013 until his death in April 2025; born Jorge Mario Bergoglio in Argentina.', names: ['Jorge Mario Bergoglio'] },
  { slug: 'pope-benedict-xvi', name: 'Pope Benedict XVI', country: 'DE', titles: [], description: 'Pope 2005–2013, who resigned; born Joseph Ratzinger; died in December 2022.', names: ['Benedict XVI', 'Joseph Ratzinger'] },
  { slug: 'pope-john-paul-ii', name: 'Pope John Paul II', country: 'PL', titles: [], description: 'Pope 1978–2005; born Karol Wojtyła.', names: ['John Paul II', 'Karol Wojtyła', 'Karol Wojtyla'] },
  { slug: 'pietro-parolin', name: 'Pietro Parolin', country: 'IT', titles: [], description: 'Cardinal Secretary of State of the Holy See since 2013.', names: ['Cardinal Pietro Parolin'], surnames: ['Parolin'] },
  { slug: 'bartholomew-i', name: 'Bartholomew I', country: 'TR', titles: [], description: 'Ecumenical Patriarch of Constantinople since 1991.', names: ['Patriarch Bartholomew', 'Ecumenical Patriarch Bartholomew'] },
  { slug: 'justin-welby', name: 'Justin Welby', country: 'GB', titles: [], description: 'Former Archbishop of Canterbury (2013–2025), who resigned over the church’s handling of an abuse case.', surnames: ['Welby'] },
  { slug: 'sarah-mullally', name: 'Sarah Mullally', country: 'GB', titles: [], description: 'Bishop of London since 2018, named in October 2025 as the next Archbishop of Canterbury.', surnames: ['Mullally'], asOf: '2025-10-03' },
  // Laureates, activists and public figures
  { slug: 'greta-thunberg', name: 'Greta Thunberg', country: 'SE', titles: [], description: 'Swedish climate activist who began the school strike for climate in 2018.', surnames: ['Thunberg'] },
  { slug: 'malala-yousafzai', name: 'Malala Yousafzai', country: 'PK', titles: [], description: 'Pakistani campaigner for girls’ education; Nobel Peace laureate 2014.', names: ['Malala'], surnames: ['Yousafzai'] },
  { slug: 'nadia-murad', name: 'Nadia Murad', country: 'IQ', titles: [], description: 'Yazidi human rights activist; Nobel Peace laureate 2018.' },
  { slug: 'julian-assange', name: 'Julian Assange', country: 'AU', titles: [], description: 'Founder of WikiLeaks, freed in June 2024 after a plea deal with the United States.', surnames: ['Assange'] },
  { slug: 'edward-snowden', name: 'Edward Snowden', country: 'US', titles: [], description: 'Former NSA contractor who leaked documents on US surveillance in 2013; living in Russia.', surnames: ['Snowden'] },
  { slug: 'jeffrey-epstein', name: 'Jeffrey Epstein', country: 'US', titles: [], description: 'American financier and convicted sex offender who died in jail in 2019.' },
  { slug: 'ghislaine-maxwell', name: 'Ghislaine Maxwell', country: 'GB', titles: [], description: 'British socialite convicted in the United States in 2021 of sex trafficking for Jeffrey Epstein.' },
  // Journalists
  { slug: 'christiane-amanpour', name: 'Christiane Amanpour', country: 'GB', titles: [], description: 'Chief international anchor of CNN.', surnames: ['Amanpour'] },
  { slug: 'tucker-carlson', name: 'Tucker Carlson', country: 'US', titles: [], description: 'American political commentator; Fox News host 2016–2023.' },
  { slug: 'bob-woodward', name: 'Bob Woodward', country: 'US', titles: [], description: 'Washington Post journalist known for the Watergate reporting and books on US presidents.' },
  { slug: 'seymour-hersh', name: 'Seymour Hersh', country: 'US', titles: [], description: 'American investigative journalist who exposed the My Lai massacre and Abu Ghraib abuses.' },
  { slug: 'evan-gershkovich', name: 'Evan Gershkovich', country: 'US', titles: [], description: 'Wall Street Journal reporter jailed in Russia 2023–2024 and freed in the August 2024 prisoner exchange.', surnames: ['Gershkovich'] },
  { slug: 'maria-ressa', name: 'Maria Ressa', country: 'PH', titles: [], description: 'Filipino-American journalist, co-founder of Rappler; Nobel Peace laureate 2021.', surnames: ['Ressa'] },
  { slug: 'shireen-abu-akleh', name: 'Shireen Abu Akleh', country: 'PS', titles: [], description: 'Palestinian-American Al Jazeera journalist, shot dead while covering an Israeli raid in Jenin in May 2022.' },
  { slug: 'wael-dahdouh', name: 'Wael Dahdouh', country: 'PS', titles: [], description: 'Al Jazeera’s bureau chief in Gaza.' },
  { slug: 'daphne-caruana-galizia', name: 'Daphne Caruana Galizia', country: 'MT', titles: [], description: 'Maltese investigative journalist killed by a car bomb in 2017.' },
  { slug: 'marie-colvin', name: 'Marie Colvin', country: 'US', titles: [], description: 'American war correspondent for The Sunday Times, killed in Homs, Syria, in 2012.' },
  { slug: 'masih-alinejad', name: 'Masih Alinejad', country: 'US', titles: [], description: 'Iranian-American journalist and women’s rights campaigner.', surnames: ['Alinejad'] },
]);
