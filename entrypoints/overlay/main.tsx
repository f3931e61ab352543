import { createRoot } from 'react-dom/client';
import { frameLink } from './frame-connection';
import { framesPost } from './frame-platform';
import { OverlayConnector } from './overlay-connector';
import { PostConnector } from './post-connector';
import '../../components/overlay/overlay.css';

// Listen for the content script's channel before anything else: its offer comes once, at load.
void frameLink();
const root = document.getElementById('root');
if (root) createRoot(root).render(framesPost() ? <PostConnector /> : <OverlayConnector />);
