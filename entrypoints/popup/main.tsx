import { render } from 'preact';
import { PopupContainer } from '../../containers/PopupContainer';
import './popup.css';

render(<PopupContainer />, document.getElementById('app')!);
