import type { Creator } from '../../lib/contracts/creator';
import { PanelSection } from './figure-list';
import { SafeLink } from './safe-link';

/** The bio as the page shows it, emails as plain text (to copy), links only when http(s). */
export function ContactSection({ creator }: { creator: Creator }) {
  const none = creator.emails.length === 0 && creator.links.length === 0;
  return (
    <PanelSection id="contact" title="Bio and contact" aside={none ? 'no email or link' : undefined}>
      {creator.bio && (
        <p className="bio" data-testid="panel-bio">
          <bdi>{creator.bio}</bdi>
        </p>
      )}
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
