import { mountPage } from '../../containers/mount';
import { PopupContainer } from '../../containers/PopupContainer';
import './popup.css';

mountPage('actionTitle', <PopupContainer />);
