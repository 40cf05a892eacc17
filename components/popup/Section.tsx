import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** A titled part of the popup, labelled by its heading so screen readers can jump between parts. */
export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 class="bs-section-title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
