import { createRoot } from 'react-dom/client';
import { OverlayConnector } from './overlay-connector';
import '../../components/overlay/overlay.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<OverlayConnector />);
