import type { ReactNode } from 'react';
import { Link as RouterLink, type LinkProps } from 'react-router';

/** A router link with the NL Design System link style (Utrecht's Link is a plain anchor). */
export function AppLink({ children, className, ...props }: LinkProps & { children: ReactNode }) {
  return (
    <RouterLink {...props} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')}>
      {children}
    </RouterLink>
  );
}

/** A router link that looks like a button (Utrecht's ButtonLink style). */
export function AppButtonLink({ children, className, primary, ...props }: LinkProps & { children: ReactNode; primary?: boolean }) {
  const appearance = primary ? 'utrecht-button-link--primary-action' : 'utrecht-button-link--secondary-action';
  return (
    <RouterLink {...props} className={['utrecht-button-link', 'utrecht-button-link--html-a', appearance, className].filter(Boolean).join(' ')}>
      {children}
    </RouterLink>
  );
}
