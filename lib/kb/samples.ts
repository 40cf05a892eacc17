import type { Analysis } from '../model';

type SampleAnalysis = Omit<Analysis, 'actorIds' | 'topicIds' | 'addedAt'>;

const SOURCE = 'Backstory sample analysis';

/**
 * Short prior analyses that ship with the extension so a new reader sees how Backstory links
 * the news to what they have read before. Written for Backstory; clearly labelled as samples.
 */
export const SAMPLE_ANALYSES: SampleAnalysis[] = [
  {
    id: 'sample:turkey-moscow-mediation',
    url: '',
    title: 'Sample: Fidan in Moscow and Ankara’s bid to stay the broker between Russia and Ukraine',
    source: SOURCE,
    publishedAt: '2025-06-14T09:00:00Z',
    origin: 'sample',
    text: `Hakan Fidan’s visit to Moscow was less about a breakthrough than about keeping a seat at the table. Turkey’s Foreign Minister went to the Kremlin with a simple message: the Istanbul channel, which hosted direct Russia–Ukraine talks in 2022 and again in 2025, is still the most workable venue, and Ankara expects both sides to use it.

The timing matters. Since Azerbaijan took back Nagorno-Karabakh in 2023 and a government friendly to Ankara came to power in Syria, Turkish officials see a region in which Iran and Russia have lost ground and the United States is less engaged. Erdoğan wants Washington and the European Union to treat Turkey as a power that shapes outcomes, not only as a host.

The results were thin. Moscow said it would keep talking in Istanbul, then sent a junior delegation, which Kyiv read as a sign that Russia is not serious. Fidan answered that a Russia unwilling to compromise would find itself more isolated, Turkey included.

The limits are economic. Turkey buys much of its gas from Russia, runs the Akkuyu nuclear plant with Rosatom, and needs Russian tourists and trade while its own economy struggles with inflation. Ankara can press Moscow, but only so far: its energy dependence is the ceiling on its mediation.`,
  },
  {
    id: 'sample:eu-russian-energy-sanctions',
    url: '',
    title: 'Sample: The EU’s slow exit from Russian gas and oil',
    source: SOURCE,
    publishedAt: '2025-11-03T08:00:00Z',
    origin: 'sample',
    text: `Brussels has spent three years cutting the European Union’s energy ties with Russia, and the last steps are the hardest. Pipeline gas through Ukraine stopped when the transit contract expired at the start of 2025, but liquefied natural gas from Russian Arctic projects still reaches European terminals, and Hungary and Slovakia still take Russian oil by pipeline.

The European Commission’s plan is to phase out remaining Russian gas imports by the end of 2027, using trade law rather than sanctions so that a single member state cannot veto it. Viktor Orbán’s government in Budapest calls the plan an attack on Hungarian energy security, and Bratislava has made similar complaints.

Sanctions packages keep targeting the so-called shadow fleet of old tankers that carry Russian crude past the G7 price cap. Each package lists more ships, but new ones appear, often re-flagged and insured in places that do not enforce the cap. Enforcement depends on coastal states such as Denmark and on the United States, whose policy under Donald Trump has swung between pressure on Moscow and talk of new business with it.

The Kremlin’s answer has been to sell more to India, China and Türkiye at a discount. For European readers, the question is no longer whether to leave Russian energy but how much the remaining exemptions cost the sanctions’ credibility.`,
  },
  {
    id: 'sample:us-iran-nuclear-talks',
    url: '',
    title: 'Sample: US–Iran nuclear talks and the Gulf mediators',
    source: SOURCE,
    publishedAt: '2025-05-20T10:30:00Z',
    origin: 'sample',
    text: `Washington and Tehran have not negotiated face to face in public for years, so the talks of 2025 ran through intermediaries. Oman hosted the first indirect rounds in Muscat, with its foreign minister carrying messages between Abbas Araghchi and the US envoy; later rounds moved to Rome, still with Omani mediation. Qatar, which keeps working channels with both sides, stood ready as an alternative venue in Doha.

The positions are far apart. The Trump administration wants Iran to stop enriching uranium altogether; Iranian officials say enrichment on their own soil is a right they will not give up, and that only limits and inspections are negotiable. The Supreme Leader, Ali Khamenei, has allowed the talks while warning against trusting the United States.

The International Atomic Energy Agency is central either way. Its inspectors report a growing stock of uranium enriched to 60 per cent, close to weapons grade, and less access than under the 2015 deal. European states, through the snapback clause of that deal, have their own lever: restoring UN sanctions.

Israel is the wild card. It has said it will not accept an Iranian programme that could quickly produce a weapon, and military action hangs over every round of talks. Any deal will depend on whether Gulf mediators can keep both capitals talking when that pressure peaks.`,
  },
  {
    id: 'sample:armenia-azerbaijan-peace',
    url: '',
    title: 'Sample: Armenia and Azerbaijan after Karabakh',
    source: SOURCE,
    publishedAt: '2025-08-12T07:45:00Z',
    origin: 'sample',
    text: `Two years after Azerbaijan took Nagorno-Karabakh and its Armenian population fled, Baku and Yerevan are closer to a peace treaty than at any time since the Soviet collapse. The text was agreed in March 2025, and in August Ilham Aliyev and Nikol Pashinyan met at the White House, where their foreign ministers initialled it and the leaders backed a transit route across southern Armenia, to be developed with the United States.

The route, which Azerbaijan has long called the Zangezur corridor, links the main part of the country to its Nakhchivan exclave and, beyond it, to Turkey. For Ankara this is the missing piece of an east–west link to Central Asia. For Iran, which borders the route, it raises fears of losing its own transit role, and Tehran has said so loudly.

Obstacles remain. Aliyev wants Armenia to change its constitution, whose preamble refers to unification with Karabakh, before signing; Pashinyan faces elections in 2026 and a nationalist opposition and church that call the deal a capitulation.

Russia is the loser of the process so far. Its peacekeepers left Karabakh in 2024, Armenia has frozen its participation in the CSTO, and the mediating role Moscow held since the 1990s has passed to Washington and, on the ground, to bilateral talks.`,
  },
  {
    id: 'sample:opec-plus-output',
    url: '',
    title: 'Sample: Saudi Arabia opens the taps',
    source: SOURCE,
    publishedAt: '2025-07-08T12:00:00Z',
    origin: 'sample',
    text: `For two years OPEC+ held back supply to keep prices up, and Saudi Arabia carried most of the cost by pumping well below its capacity. In 2025 Riyadh changed course: the group began returning the barrels it had withheld, in monthly steps larger than the market expected.

Several motives meet here. The Saudis were tired of losing market share to members that ignored their quotas, such as Kazakhstan and Iraq, and the extra barrels punish them. Lower prices also please Donald Trump, who asked the Gulf producers for cheaper oil, and they arrive while Washington weighs its policy on Iran and Russia, both rival exporters.

The cost falls on budgets. Saudi Arabia needs a higher oil price than the market now offers to fund Mohammed bin Salman’s Vision 2030 projects, so the kingdom is borrowing more. Russia, the other pillar of OPEC+, earns less per barrel while sanctions already force it to sell at a discount, which squeezes the money available for its war in Ukraine.

For importers such as India, Türkiye and the European Union, cheaper crude eases inflation. The open question is how long Riyadh will accept lower revenue for market share, and whether OPEC+ will hold together if prices fall further.`,
  },
  {
    id: 'sample:germany-election',
    url: '',
    title: 'Sample: Germany’s snap election and the Merz coalition',
    source: SOURCE,
    publishedAt: '2025-05-08T18:00:00Z',
    origin: 'sample',
    text: `Germany’s February 2025 election came early, after Olaf Scholz’s three-party coalition broke up over the budget. The result was clear at the top and messy below: the CDU/CSU under Friedrich Merz came first, the far-right AfD doubled its share to come second, and the Social Democrats fell to their worst result since the war.

Merz ruled out governing with the AfD, which left a coalition with the SPD as the only realistic majority. Even before taking office he pushed a change to the debt brake through the outgoing Bundestag, freeing large sums for defence and infrastructure. That was a signal to NATO allies and to Kyiv that Berlin intends to carry more of Europe’s security burden as American support becomes less predictable.

Foreign policy will be run more from the Chancellery than before, with Merz promising a national security council and closer coordination with Paris, Warsaw and London. Johann Wadephul, a defence specialist from Merz’s party, takes the foreign ministry.

The election also showed a divided country. The AfD won most constituencies in the east, and tensions over migration, energy prices and support for Ukraine will shape what the new government can do. Watch the regional elections of 2026 for how far that divide has grown.`,
  },
];
