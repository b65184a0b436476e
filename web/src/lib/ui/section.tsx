import { Heading } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** A titled part of a page: its heading names it for assistive technology (aria-labelledby). */
export function Section({ headingId, heading, level = 2, children }: {
  headingId: string;
  heading: ReactNode;
  level?: 1 | 2 | 3 | 4 | 5 | 6;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className="doorbraak-section">
      <Heading level={level} id={headingId}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
