import type { Creator } from '../../lib/contracts/creator';
import { PanelSection } from './figure-list';
import { SafeLink } from './safe-link';

/** Emails as plain text (to copy), links only when http(s). */
export function ContactSection({ creator }: { creator: Creator }) {
  const none = creator.emails.length === 0 && creator.links.length === 0;
  return (
    <PanelSection id="contact" title="Contact">
      {none ? (
        <p className="muted">No email or link shown on the profile.</p>
      ) : (
        <ul className="plain contact" data-testid="contact">
          {creator.emails.map((email) => (
            <li key={`e:${email}`} className="email">
              <bdi>{email}</bdi>
            </li>
          ))}
          {creator.links.map((link) => (
            <li key={`l:${link}`}>
              <SafeLink href={link} />
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}
