import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
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
        <h1>{t('optionsTitle')}</h1>
        <p class="bs-meta" data-testid="persistence">
          {persistent === null ? '' : t(persistent ? 'optionsPersistent' : 'optionsNotPersistent')}
        </p>
        <nav aria-label={t('optionsSections')}>
          <a href="#search">{t('search')}</a> · <a href="#actors">{t('actors')}</a> ·{' '}
          <a href="#import">{t('navImportExport')}</a> · <a href="#sources">{t('sources')}</a> ·{' '}
          <a href="#highlights">{t('highlights')}</a> · <a href="#sites">{t('navSites')}</a> ·{' '}
          <a href="#shortcuts">{t('navShortcuts')}</a> · <a href="#about">{t('navAbout')}</a>
        </nav>
      </header>
      <div id="search">
        <Section title={t('search')}>
          <SearchPanel services={services} />
        </Section>
      </div>
      <div id="actors">
        <Section title={t('actors')}>
          <ActorsPanel services={services} />
        </Section>
      </div>
      <div id="import">
        <Section title={t('import')}>
          <ImportForm services={services} />
        </Section>
        <Section title={t('export')}>
          <ExportButtons services={services} />
        </Section>
      </div>
      {services.sources && (
        <div id="sources">
          <Section title={t('sources')}>
            <SourcesPanel sources={services.sources} />
          </Section>
        </div>
      )}
      <div id="highlights">
        <Section title={t('highlights')}>
          <HighlightsPanel services={services} />
        </Section>
      </div>
      <div id="sites">
        <Section title={t('sitesTitle')}>
          <SitesPanel services={services} />
        </Section>
      </div>
      {services.shortcuts && (
        <div id="shortcuts">
          <Section title={t('keyboardShortcuts')}>
            <ShortcutList load={services.shortcuts} hint={services.shortcutHint ?? ''} />
          </Section>
        </div>
      )}
      <div id="about">
        <Section title={t('aboutTitle')}>
          <AboutPanel services={services} />
        </Section>
      </div>
    </main>
  );
}
