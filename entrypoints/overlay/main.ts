import { frameLink } from './frame-connection';
import { startProfileOverlay } from './first-paint';
import { framesPost } from './frame-platform';
import '../../components/overlay/overlay.css';

// Listen for the content script's channel before anything else: its offer comes once, at load.
void frameLink();
const root = document.getElementById('root');
// No React in this chunk: the profile badge is plain DOM; React comes with the panel or a post's view.
if (root && framesPost()) void import('./post-app').then(({ mountPostView }) => mountPostView(root));
else if (root) startProfileOverlay(root, () => import('./panel-app').then((m) => m.mountPanel));
