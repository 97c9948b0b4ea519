import { startPopup } from '../../src/popup/popup';
import './style.css';

const mount = document.getElementById('app');
if (mount) void startPopup(mount, location.search);
