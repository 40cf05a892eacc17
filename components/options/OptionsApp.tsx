import { useEffect, useState } from 'preact/hooks';
import { Section } from '../popup/Section';
import { ShortcutList } from '../ShortcutList';
import { AboutPanel } from './AboutPanel';
import { ActorsPanel } from './ActorsPanel';
import { ExportButtons } from './ExportButtons';
import { HighlightsPanel } from './HighlightsPanel';
import { ImportForm } from './ImportForm';
import { SearchPanel } from './SearchPanel';
import { SitesPanel } from './SitesPanel';
import { SourcesPanel } from './SourcesPanel';
import type { OptionsServices } from './services';

/**
 * The options page: search the library, manage actors, import and export, and the sites where
 * Backstory is off. Everything it shows from the library is rendered as text.
 */
export function OptionsApp({ services }: { services: OptionsServices }) {
  const [persistent, setPersistent] = useState<boolean | null>(null);
  useEffect(() => {
    // Asked once: browsers remember the answer, and asking again does not change it.
    services.requestPersistence().then(setPersistent, () => setPersistent(false));
  }, [services]);

  return (
    <main class="bs-options">
      <header class="bs-options-header">
        <h1>Backstory library</h1>
        <p class="bs-meta" data-testid="persistence">
          {persistent === null
            ? ''
            : persistent
              ? 'Your library is stored persistently: the browser will not clear it to free space.'
              : 'Your library is stored, but the browser may clear it when space runs low. Export a backup now and then.'}
        </p>
        <nav aria-label="Sections">
          <a href="#search">Search</a> · <a href="#actors">Actors</a> ·{' '}
          <a href="#import">Import and export</a> · <a href="#sources">Sources</a> ·{' '}
          <a href="#highlights">Highlights</a> · <a href="#sites">Sites</a> ·{' '}
          <a href="#shortcuts">Shortcuts</a> · <a href="#about">About</a>
        </nav>
      </header>
      <div id="search">
        <Section title="Search">
          <SearchPanel services={services} />
        </Section>
      </div>
      <div id="actors">
        <Section title="Actors">
          <ActorsPanel services={services} />
        </Section>
      </div>
      <div id="import">
        <Section title="Import">
          <ImportForm services={services} />
        </Section>
        <Section title="Export">
          <ExportButtons services={services} />
        </Section>
      </div>
      {services.sources && (
        <div id="sources">
          <Section title="Sources">
            <SourcesPanel sources={services.sources} />
          </Section>
        </div>
      )}
      <div id="highlights">
        <Section title="Highlights">
          <HighlightsPanel services={services} />
        </Section>
      </div>
      <div id="sites">
        <Section title="Sites and pause">
          <SitesPanel services={services} />
        </Section>
      </div>
      {services.shortcuts && (
        <div id="shortcuts">
          <Section title="Keyboard shortcuts">
            <ShortcutList load={services.shortcuts} hint={services.shortcutHint ?? ''} />
          </Section>
        </div>
      )}
      <div id="about">
        <Section title="About the knowledge base">
          <AboutPanel services={services} />
        </Section>
      </div>
    </main>
  );
}
