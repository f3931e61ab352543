import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardApp } from './dashboard-app';
import { keyFromHash } from '../../lib/shortlist-view/key-hash';
import { createDashboardServices } from './dashboard-wiring';
import '../../components/shared/theme.css';
import '../../components/dashboard/dashboard.css';

const services = createDashboardServices();

/** Follows `#key=…` (the overlay's and the popup's links) while the page stays open. */
function Dashboard() {
  const [focusKey, setFocusKey] = useState(() => keyFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setFocusKey(keyFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return <DashboardApp services={services} focusKey={focusKey} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Dashboard />);
