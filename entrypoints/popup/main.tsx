import { createRoot } from 'react-dom/client';
import { PopupApp } from './popup-app';
import { createPopupServices } from './popup-wiring';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupApp services={createPopupServices()} />);
