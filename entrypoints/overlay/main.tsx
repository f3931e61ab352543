import { createRoot } from 'react-dom/client';
import { OverlayConnector } from '../../components/overlay/overlay-connector';
import '../../components/overlay/overlay.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<OverlayConnector />);
